import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { FileStore } from '../../src/store/file-store.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { freshDatabase } from './pg-schema.ts';

const run = promisify(execFile);

/** Runs `npm run migrate-store -- --from … --to …` as an operator would; resolves with exit code and output. */
async function migrate(from: string, to: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', 'scripts/migrate-store.ts', '--from', from, '--to', to], { cwd: path.resolve(import.meta.dirname, '../..') });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

describe('npm run migrate-store', function () {
  this.timeout(120_000);

  it('copies a file store into PostgreSQL with counts and checksums verified; a second run changes nothing; a differing row fails the check', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'migrate-store-'));
    const db = await freshDatabase();
    try {
      const files = new FileStore(dir);
      await files.update('cycles', '2026-q4', () => ({ id: '2026-q4', label: 'Quý IV/2026', targetUnits: ['kinh-te', 'van-xa'] }));
      for (const unit of ['kinh-te', 'van-xa']) {
        await files.update(`cycles/2026-q4/submissions`, unit, () => ({ unitId: unit, versions: [{ version: 1, answers: { areas: { 'the-che': 'Rà soát văn bản quy phạm pháp luật' }, taskNote: 'Đúng tiến độ' } }] }));
      }
      await files.update('conversations', 'thuong-truc', () => ({ memberId: 'thuong-truc', locale: 'vi' }));

      const first = await migrate(dir, db.url);
      expect(first.code, first.out).to.equal(0);
      expect(first.out).to.match(/cycles\/2026-q4\/submissions\t2\t2\t2\tok/).and.match(/cycles\t1\t1\t1\tok/).and.include('copied and verified');

      const second = await migrate(dir, db.url);
      expect(second.code, second.out).to.equal(0);
      expect(second.out, 'nothing copied twice').to.match(/cycles\/2026-q4\/submissions\t2\t2\t0\tok/);

      const store = await PostgresStore.open(db.url);
      const { rows } = await store.pool.query('SELECT collection, id, version FROM documents ORDER BY collection, id');
      expect(rows.map((r: { version: string }) => Number(r.version)), 'each row written once').to.deep.equal([1, 1, 1, 1]);
      expect(await store.get('cycles/2026-q4/submissions', 'van-xa')).to.deep.equal(await files.get('cycles/2026-q4/submissions', 'van-xa'));
      await store.update('conversations', 'thuong-truc', () => ({ memberId: 'thuong-truc', locale: 'en' }));
      await store.close();
      const third = await migrate(dir, db.url);
      expect(third.code).to.equal(1);
      expect(third.out).to.match(/conversations\t1\t1\t0\tDIFFERENT/).and.include('thuong-truc');
    } finally {
      await db.drop();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
