import { expect } from 'chai';
import { mkdir, mkdtemp, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileStore } from '../../src/store/file-store.ts';
import { StoreCorruptError } from '../../src/store/store-errors.ts';

interface Counter {
  n: number;
}

/** Runs `work` expecting it to reject with a StoreCorruptError and returns the error. */
async function corruptError(work: () => Promise<unknown>): Promise<StoreCorruptError> {
  try {
    await work();
  } catch (error) {
    expect(error).to.be.instanceOf(StoreCorruptError);
    return error as StoreCorruptError;
  }
  throw new Error('expected a StoreCorruptError');
}

/** Runs `work` expecting it to reject, and returns the error message. */
async function rejection(work: () => Promise<unknown>): Promise<string> {
  try {
    await work();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('expected a rejection');
}

describe('FileStore', () => {
  let root: string;
  let dir: string;
  let n = 0;
  before(async () => {
    root = await mkdtemp(join(tmpdir(), 'file-store-'));
  });
  after(async () => {
    await rm(root, { recursive: true, force: true });
  });
  beforeEach(() => {
    n += 1;
    dir = join(root, `case-${n}`);
  });

  it('returns undefined for a missing document and creates nothing on disk', async () => {
    const store = new FileStore(dir);
    expect(await store.get('meetings', 'm1')).to.equal(undefined);
    expect(await store.update('meetings', 'm1', () => undefined)).to.equal(undefined);
    expect(await store.list('meetings')).to.deep.equal([]);
  });

  it('serialises updates: 100 concurrent increments give 100', async () => {
    const store = new FileStore(dir);
    await Promise.all(Array.from({ length: 100 }, () => store.update<Counter>('counters', 'c', (cur) => ({ n: (cur?.n ?? 0) + 1 }))));
    expect(await store.get<Counter>('counters', 'c')).to.deep.equal({ n: 100 });
    expect(JSON.parse(await readFile(join(dir, 'counters', 'c.json'), 'utf8'))).to.deep.equal({ n: 100 });
  });

  it('is durable: a new FileStore on the same folder reads what an update acknowledged', async () => {
    const first = new FileStore(dir);
    await first.update('cycles/2026-q4/submissions', 'kinh-te', () => ({ text: 'Báo cáo quý IV', late: false }));
    const second = new FileStore(dir);
    expect(await second.get('cycles/2026-q4/submissions', 'kinh-te')).to.deep.equal({ text: 'Báo cáo quý IV', late: false });
    expect(await second.list('cycles/2026-q4/submissions')).to.deep.equal(['kinh-te']);
  });

  it('keeps only the version of a large new document it wrote: read back from disk at that version, while a small one stays in memory', async () => {
    const store = new FileStore(dir);
    const report = { text: 'Kết quả thực hiện nhiệm vụ. '.repeat(400) };
    const v1 = await store.write('cycles/2026-q4/submissions', 'u1', report, 0);
    await store.write('counters', 'small', { n: 1 }, 0);
    // Changed behind the store's back (a test only: the process owns its folder), to see which copy a read gives.
    await writeFile(join(dir, 'cycles', '2026-q4', 'submissions', 'u1.json'), JSON.stringify({ text: 'từ đĩa' }));
    await writeFile(join(dir, 'counters', 'small.json'), JSON.stringify({ n: 99 }));
    expect(await store.read('cycles/2026-q4/submissions', 'u1'), 'the large one comes from disk, at the version its write returned').to.deep.equal({ doc: { text: 'từ đĩa' }, version: v1 });
    expect(await store.get('counters', 'small'), 'the small one from memory').to.deep.equal({ n: 1 });
    const v2 = await store.write('cycles/2026-q4/submissions', 'u1', { text: 'bản 2' }, v1);
    expect(v2).to.not.equal(v1);
    expect(await store.read('cycles/2026-q4/submissions', 'u1')).to.deep.equal({ doc: { text: 'bản 2' }, version: v2 });
  });

  it('is atomic: no temporary files are left after many writes', async () => {
    const store = new FileStore(dir);
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.update<Counter>('tasks', `t${i % 4}`, (cur) => ({ n: (cur?.n ?? 0) + 1 }))));
    const files = await readdir(join(dir, 'tasks'));
    expect(files.sort()).to.deep.equal(['t0.json', 't1.json', 't2.json', 't3.json']);
  });

  it('hands out copies: changing a returned document does not change the store', async () => {
    const store = new FileStore(dir);
    const saved = await store.update('meetings', 'm1', () => ({ attendees: ['a'] }));
    (saved as { attendees: string[] }).attendees.push('mutated');
    const read = await store.get<{ attendees: string[] }>('meetings', 'm1');
    read?.attendees.push('mutated too');
    expect(await store.get('meetings', 'm1')).to.deep.equal({ attendees: ['a'] });
  });

  it('keeps the document when fn returns undefined or throws', async () => {
    const store = new FileStore(dir);
    await store.update('meetings', 'm1', () => ({ v: 1 }));
    expect(await store.update('meetings', 'm1', () => undefined)).to.deep.equal({ v: 1 });
    expect(await rejection(() => store.update('meetings', 'm1', () => Promise.reject(new Error('handler failed'))))).to.equal('handler failed');
    expect(await store.get('meetings', 'm1')).to.deep.equal({ v: 1 });
  });

  it('keeps the last good copy as .bak when a file from an earlier run is rewritten', async () => {
    await new FileStore(dir).update('meetings', 'm1', () => ({ v: 1 }));
    expect(await readdir(join(dir, 'meetings'))).to.deep.equal(['m1.json']);
    const later = new FileStore(dir);
    await later.update('meetings', 'm1', () => ({ v: 2 }));
    await later.update('meetings', 'm1', () => ({ v: 3 }));
    expect(JSON.parse(await readFile(join(dir, 'meetings', 'm1.json.bak'), 'utf8'))).to.deep.equal({ v: 1 });
    expect(await later.get('meetings', 'm1')).to.deep.equal({ v: 3 });
    expect(await later.list('meetings')).to.deep.equal(['m1']);
  });

  it('refuses to read or overwrite a corrupt file and names it', async () => {
    await new FileStore(dir).update('meetings', 'm1', () => ({ title: 'Họp tháng 12', attendees: ['a', 'b'] }));
    const file = join(dir, 'meetings', 'm1.json');
    const good = await readFile(file, 'utf8');
    const truncated = good.slice(0, Math.floor(good.length / 2));
    await writeFile(file, truncated);

    const store = new FileStore(dir);
    const onGet = await corruptError(() => store.get('meetings', 'm1'));
    expect(onGet.file).to.equal(file);
    expect(onGet.message).to.contain(file).and.contain('.bak');
    const onUpdate = await corruptError(() => store.update('meetings', 'm1', () => ({ title: 'ghi đè' })));
    expect(onUpdate.file).to.equal(file);
    const onVerify = await corruptError(() => store.verify(['meetings']));
    expect(onVerify.file).to.equal(file);
    expect((await corruptError(() => store.getAll('meetings'))).file, 'a bulk read').to.equal(file);
    expect(await readFile(file, 'utf8')).to.equal(truncated);
    expect(await readdir(join(dir, 'meetings'))).to.deep.equal(['m1.json']);
  });

  it('answers a missing document from the folder listing, and sees documents it writes and deletes itself', async () => {
    const store = new FileStore(dir);
    expect(await store.get('member-settings', 'a')).to.equal(undefined);
    await store.update('member-settings', 'b', () => ({ locale: 'en-US' }));
    expect(await store.get('member-settings', 'b')).to.deep.equal({ locale: 'en-US' });
    expect(await store.get('member-settings', 'a'), 'still missing').to.equal(undefined);
    await store.update('member-settings', 'a', () => ({ locale: 'vi-VN' }));
    expect(await store.get('member-settings', 'a')).to.deep.equal({ locale: 'vi-VN' });
    await store.delete('member-settings', 'a');
    expect(await store.get('member-settings', 'a')).to.equal(undefined);
    expect(await new FileStore(dir).get('member-settings', 'a'), 'gone on disk too').to.equal(undefined);
    expect(await new FileStore(dir).get('member-settings', 'b'), 'a second process lists the folder afresh').to.deep.equal({ locale: 'en-US' });
  });

  it('keeps a bounded cache: thousands of documents read once are all still read right', async () => {
    const store = new FileStore(dir);
    const big = 'đ'.repeat(20_000);
    await Promise.all(Array.from({ length: 1500 }, (_, i) => store.update('cycles/2026-q4/submissions', `u${i}`, () => ({ i, big }))));
    const fresh = new FileStore(dir);
    for (let round = 0; round < 2; round++) {
      const docs = await Promise.all(Array.from({ length: 1500 }, (_, i) => fresh.get<{ i: number; big: string }>('cycles/2026-q4/submissions', `u${i}`)));
      expect(docs.every((d, i) => d?.i === i && d.big === big)).to.equal(true);
    }
  });

  it('treats an empty file as corrupt too', async () => {
    await mkdir(join(dir, 'tasks'), { recursive: true });
    await writeFile(join(dir, 'tasks', 't1.json'), '');
    const store = new FileStore(dir);
    expect((await corruptError(() => store.get('tasks', 't1'))).file).to.equal(join(dir, 'tasks', 't1.json'));
    expect((await corruptError(() => store.verify(['tasks']))).file).to.equal(join(dir, 'tasks', 't1.json'));
  });

  it('verifies good collections, including missing ones', async () => {
    const store = new FileStore(dir);
    await store.update('meetings', 'm1', () => ({ v: 1 }));
    await store.verify(['meetings', 'tasks', 'cycles/2026-q4/submissions']);
    expect(await store.get('meetings', 'm1')).to.deep.equal({ v: 1 });
  });

  it('refuses unsafe keys', async () => {
    const store = new FileStore(dir);
    const unsafe: Array<[string, string]> = [
      ['meetings', '../x'],
      ['meetings', 'a/b'],
      ['meetings', '..'],
      ['meetings', ''],
      ['meetings', '.hidden'],
      ['../outside', 'x'],
      ['meetings/../..', 'x'],
      ['/etc', 'passwd'],
      ['meetings', 'a\\b'],
    ];
    for (const [collection, id] of unsafe) {
      const where = `${collection}/${id}`;
      expect(await rejection(() => store.get(collection, id)), where).to.match(/unsafe store key/);
      expect(await rejection(() => store.update(collection, id, () => ({ v: 1 }))), where).to.match(/unsafe store key/);
      expect(await rejection(() => store.delete(collection, id)), where).to.match(/unsafe store key/);
    }
    expect(await rejection(() => store.list('../outside'))).to.match(/unsafe store key/);
    expect(await readdir(root)).to.not.include('outside');
  });

  it('lists ids only, ignoring temp, backup and hidden files and sub-collections', async () => {
    const store = new FileStore(dir);
    await store.update('cycles', '2026-q4', () => ({ v: 1 }));
    await store.update('cycles/2026-q4/submissions', 'kinh-te', () => ({ v: 1 }));
    const folder = join(dir, 'cycles');
    await writeFile(join(folder, '.2026-q3.json.tmp'), '{"v":');
    await writeFile(join(folder, '2026-q4.json.bak'), '{"v":0}');
    await writeFile(join(folder, '.hidden.json'), '{}');
    await writeFile(join(folder, 'notes.txt'), 'x');
    expect(await store.list('cycles')).to.deep.equal(['2026-q4']);
    expect(await store.getAll('cycles'), 'a bulk read skips the same files').to.deep.equal([{ id: '2026-q4', doc: { v: 1 } }]);
    await store.verify(['cycles']);
  });

  it('deletes a document; deleting a missing one is not an error', async () => {
    const store = new FileStore(dir);
    await store.update('tasks', 't1', () => ({ v: 1 }));
    await store.delete('tasks', 't1');
    await store.delete('tasks', 'never-existed');
    expect(await store.get('tasks', 't1')).to.equal(undefined);
    expect(await store.list('tasks')).to.deep.equal([]);
    expect(await new FileStore(dir).get('tasks', 't1')).to.equal(undefined);
  });

  it('does not serve data from a write that failed', async () => {
    const store = new FileStore(dir);
    await store.update('tasks', 't1', () => ({ v: 1 }));
    // A directory where the writer puts its temp file makes the next write fail.
    const blocker = join(dir, 'tasks', '.t1.json.tmp');
    await mkdir(blocker);
    const message = await rejection(() => store.update('tasks', 't1', () => ({ v: 2 })));
    expect(message).to.match(/EISDIR|EEXIST|directory/i);
    expect(await store.get('tasks', 't1')).to.deep.equal({ v: 1 });
    await rmdir(blocker);
    await store.update<{ v: number }>('tasks', 't1', (cur) => ({ v: (cur?.v ?? 0) + 10 }));
    expect(await new FileStore(dir).get('tasks', 't1')).to.deep.equal({ v: 11 });
  });
  it('finishes a several-document decision that a crash cut short: the journal is replayed at start', async () => {
    // As if the process died after the journal was synced and only the first of two documents was written.
    await mkdir(join(dir, '.journal'), { recursive: true });
    await mkdir(join(dir, 'accounts'), { recursive: true });
    await writeFile(join(dir, 'accounts', 'a.json'), JSON.stringify({ n: 7 }));
    await writeFile(join(dir, 'accounts', 'b.json'), JSON.stringify({ n: 0 }));
    const journal = [
      { collection: 'accounts', id: 'a', doc: { n: 7 } },
      { collection: 'accounts', id: 'b', doc: { n: 3 } },
    ];
    await writeFile(join(dir, '.journal', 'decision.json'), JSON.stringify(journal));
    const store = new FileStore(dir);
    await store.verify(['accounts']);
    expect([await store.get('accounts', 'a'), await store.get('accounts', 'b')]).to.deep.equal([{ n: 7 }, { n: 3 }]);
    expect(await readdir(join(dir, '.journal'))).to.deep.equal([]);
    expect(await store.list('accounts'), 'the journal is not a document').to.have.members(['a', 'b']);
  });
});
