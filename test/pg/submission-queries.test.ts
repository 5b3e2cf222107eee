import { expect } from 'chai';
import type { Pool } from 'pg';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { databaseUrl, dropSchema, freshSchema } from './pg-schema.ts';

/** Every statement text the pool sends (pool.query goes through the clients it hands out too). */
function recordStatements(pool: Pool): string[] {
  const sent: string[] = [];
  pool.on('acquire', (client) => {
    const marked = client as unknown as { recorded?: boolean; query: (...args: unknown[]) => unknown };
    if (marked.recorded) return;
    marked.recorded = true;
    const clientQuery = client.query.bind(client) as (...args: unknown[]) => unknown;
    marked.query = (...args) => {
      sent.push(String(args[0]));
      return clientQuery(...args);
    };
  });
  return sent;
}

describe('PostgreSQL: round trips of a card submission over HTTP', function () {
  this.timeout(120_000);
  const schema = freshSchema();
  let store: PostgresStore;
  let t: TestBot;
  let sent: string[];
  const now = new Date('2026-12-01T02:00:00Z');

  before(async () => {
    store = await PostgresStore.open(databaseUrl(), { schema, maxConnections: 4 });
    sent = recordStatements(store.pool);
    t = await TestBot.start({ now: () => now, overrides: { store } });
    for (const id of ['truong-van-xa', 'truong-kinh-te', 'truong-du-an', 'thuong-truc']) await t.install(t.user(id));
    await t.say(t.user('thuong-truc'), 'mở báo cáo quý IV/2026 hạn 10/12/2026');
    await t.bot.app.tasks.idle();
  });
  after(async () => {
    await t?.stop();
    await store?.close();
    await dropSchema(schema);
  });

  const submit = async (unitId: string) => {
    const unit = t.bot.app.roster.unit(unitId)!;
    sent.length = 0;
    const receipt = await t.click(t.user(unit.head), 'report.submit', { cycleId: '2026-q4', unitId, [`area_${unit.parAreas[0]}`]: `Kết quả quý IV của ${unit.name}` });
    await t.bot.app.tasks.idle();
    expect(JSON.stringify(receipt.value)).to.include('Đã nhận báo cáo CCHC');
    return [...sent];
  };

  it('two statements: the member documents and the unchanged open cycle (not sent again) in one query, the report stored once by one INSERT', async () => {
    await submit('van-xa');
    const statements = await submit('kinh-te');
    const bulk = statements.filter((s) => s.includes('unnest('));
    expect(bulk, 'settings, conversation reference, absent heads, delegations, channel link, plan and the version check of the open cycle: one query').to.have.length(1);
    expect(statements.filter((s) => s.startsWith('SELECT doc, version FROM documents WHERE collection = $1')), 'no single-document reads').to.have.length(0);
    expect(statements.filter((s) => s.includes('CASE WHEN')), 'the cycle: version-conditional, in the same query').to.have.length(1);
    const writes = statements.filter((s) => /INSERT|UPDATE|BEGIN/.test(s));
    expect(writes, 'a first submission: one INSERT, committed on its own').to.have.length(1);
    expect(writes[0]).to.match(/^INSERT INTO documents .* ON CONFLICT DO NOTHING RETURNING version$/);
    expect(statements.length, statements.join('\n')).to.equal(2);
    const { rows } = await store.pool.query<{ n: number }>("SELECT count(*)::int AS n FROM documents WHERE collection = 'cycles/2026-q4/submissions'");
    expect(rows[0]!.n).to.equal(2);
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))?.versions).to.have.length(1);
  });

  it('a second submission of the same unit decides on the stored one: an unchanged report is not stored again, a changed one appends a version', async () => {
    const unit = t.bot.app.roster.unit('kinh-te')!;
    const click = (text: string) => t.click(t.user(unit.head), 'report.submit', { cycleId: '2026-q4', unitId: 'kinh-te', [`area_${unit.parAreas[0]}`]: text });
    await click(`Kết quả quý IV của ${unit.name}`);
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))?.versions).to.have.length(1);
    await Promise.all([click('Bản sửa'), click('Bản sửa')]);
    const versions = (await t.bot.app.cycles.getSubmission('2026-q4', 'kinh-te'))?.versions;
    expect(versions?.map((v) => v.version)).to.deep.equal([1, 2]);
  });

  it('two clicks of a first submission at once store it once: the second finds the first and changes nothing', async () => {
    const unit = t.bot.app.roster.unit('du-an')!;
    const data = { cycleId: '2026-q4', unitId: 'du-an', [`area_${unit.parAreas[0]}`]: 'Cùng một báo cáo' };
    const answers = await Promise.all([t.click(t.user(unit.head), 'report.submit', data), t.click(t.user(unit.head), 'report.submit', data)]);
    for (const a of answers) expect(JSON.stringify(a.value)).to.include('Đã nhận báo cáo CCHC');
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'du-an'))?.versions).to.have.length(1);
  });

  it('a cycle changed by another instance is read afresh: a closed cycle refuses the next submission', async () => {
    const other = await PostgresStore.open(databaseUrl(), { schema, maxConnections: 1 });
    try {
      await other.update<Record<string, unknown>>('cycles', '2026-q4', (c) => ({ ...c!, state: 'closed' }));
    } finally {
      await other.close();
    }
    const unit = t.bot.app.roster.unit('van-xa')!;
    const answer = await t.click(t.user(unit.head), 'report.submit', { cycleId: '2026-q4', unitId: 'van-xa', [`area_${unit.parAreas[0]}`]: 'Bản sửa' });
    expect(JSON.stringify(answer.value)).to.not.include('Đã nhận báo cáo CCHC');
    expect((await t.bot.app.cycles.getSubmission('2026-q4', 'van-xa'))?.versions).to.have.length(1);
  });
});
