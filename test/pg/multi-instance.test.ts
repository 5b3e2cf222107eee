import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { cityCommittee, STANDING, writeCommitteeFile } from '../../bench/lib/roster.ts';
import { reportInputs } from '../../bench/lib/report-text.ts';
import { seedRefs, teamsUser } from '../../bench/lib/seed.ts';
import { pool } from '../../bench/lib/pool.ts';
import { createRoster } from '../../src/domain/committee/committee.ts';
import type { Delivery } from '../../src/domain/cycles/cycle.ts';
import type { UnitSubmission } from '../../src/domain/cycles/submission.ts';
import { ConversationRefs } from '../../src/store/conversation-refs.ts';
import { PostgresStore } from '../../src/store/postgres/postgres-store.ts';
import { FAN_OUT_LEASE_MS } from '../../src/features/cycles/send-report-cards.ts';
import { conversationOf, createInvoke, createMessage } from '../helpers/activities.ts';
import { FakeConnector, type ConnectorCall } from '../helpers/fake-connector.ts';
import { kindOf } from '../scheduler/sim-helpers.ts';
import { Instance } from './helpers/instances.ts';
import { freshDatabase } from './pg-schema.ts';

const UNITS = 300;
const CYCLE = '2026-q4';
/** Tuesday 1 December 2026, 09:00 in Hà Nội: a working day inside working hours. */
const OPENING = new Date('2026-12-01T02:00:00Z');
/** Monday 7 December 2026, 08:30: the "3 working days before the 10th" reminder rung. */
const REMINDER_TIME = new Date('2026-12-07T01:30:00Z');

/** The most Bot Connector calls that arrived within any one second. */
function busiestSecond(calls: ConnectorCall[]): { count: number; window: ConnectorCall[] } {
  const sorted = [...calls].sort((a, b) => a.at - b.at);
  let best = { count: 0, window: [] as ConnectorCall[] };
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]!.at - sorted[i]!.at >= 1000) i++;
    if (j - i + 1 > best.count) best = { count: j - i + 1, window: sorted.slice(i, j + 1) };
  }
  return best;
}

async function until(check: () => boolean | Promise<boolean>, what: string, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('several instances on one PostgreSQL database', function () {
  this.timeout(240_000);
  const committee = cityCommittee(UNITS);
  const roster = createRoster(committee);
  const connector = new FakeConnector();
  const instances: Instance[] = [];
  let db: { url: string; drop: () => Promise<void> };
  let dir: string;
  let store: PostgresStore;
  let env: Record<string, string>;

  const formsTo = (conversationId: string) => connector.calls.filter((c) => c.conversationId === conversationId && c.method !== 'PUT' && kindOf(c) === 'form').length;
  const conversationOfUnit = (unitId: string) => conversationOf(teamsUser(roster.member(roster.unit(unitId)!.head)!));
  const deliveries = async () => {
    const out = new Map<string, Delivery>();
    for (const id of await store.list(`cycles/${CYCLE}/deliveries`)) out.set(id, (await store.get<Delivery>(`cycles/${CYCLE}/deliveries`, id))!);
    return out;
  };

  before(async () => {
    await connector.start();
    db = await freshDatabase();
    dir = await mkdtemp(path.join(tmpdir(), 'multi-instance-'));
    store = await PostgresStore.open(db.url, { maxConnections: 8 });
    // Every member has installed the app: their conversation references are in the shared database.
    await seedRefs(new ConversationRefs(store), roster, connector.url);
    env = { NODE_ENV: 'development', PORT: '0', DATABASE_URL: db.url, COMMITTEE_FILE: await writeCommitteeFile(dir, UNITS), DATA_DIR: path.join(dir, 'state'), SCHEDULER_CRON: '', LOG_LEVEL: process.env.INSTANCE_LOGS ? 'info' : 'warn', SIM_NOW: OPENING.toISOString() };
    // allSettled: an instance that fails to start must not leave the others running past the database.
    const started = await Promise.allSettled(['a', 'b', 'c'].map((n) => Instance.start(n, env)));
    for (const s of started) if (s.status === 'fulfilled') instances.push(s.value);
    const failed = started.find((s) => s.status === 'rejected');
    if (failed) throw failed.reason;
  });

  after(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await store?.close();
    await connector.stop();
    await db?.drop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('a quarter for 300 units: a SIGKILL mid-fan-out, submissions and reminders across instances — one card per unit, each submission and reminder once', async () => {
    const [a, b, c] = instances as [Instance, Instance, Instance];
    const standing = teamsUser(roster.member(STANDING)!);

    // A delivery Teams repeats reaches another instance: answered once.
    const status = createMessage(standing, 'trợ giúp', connector.url);
    await Promise.all([b.post(status), c.post(status)]);
    await until(() => connector.messagesTo(conversationOf(standing)).length >= 1, 'the help answer', 10_000);

    // The standing member opens the quarter on instance a; the fan-out runs there in the background.
    const opened = await a.post(createMessage(standing, 'mở báo cáo quý IV/2026 hạn 10/12/2026', connector.url));
    expect(opened.status).to.be.within(200, 299);
    const formsSoFar = () => connector.calls.filter((call) => call.method !== 'PUT' && kindOf(call) === 'form').length;
    await until(() => formsSoFar() >= 100, '100 forms from instance a', 60_000);
    await a.kill();
    const killedAt = Date.now();
    const atKill = await deliveries();
    const inFlight = new Set([...atKill.values()].filter((d) => d.status === 'sending').map((d) => d.unitId));
    const sentBeforeKill = formsSoFar();
    expect(sentBeforeKill, 'killed mid-fan-out').to.be.below(UNITS + 1);

    // An orchestrator replaces it; the three live instances tick at the same moments until the lease lapses and one resumes.
    const d = await Instance.start('d', env);
    instances.push(d);
    const live = [b, c, d];
    const resumeDeadline = Date.now() + FAN_OUT_LEASE_MS + 60_000;
    while ((await deliveries()).size < UNITS || [...(await deliveries()).values()].some((x) => x.status !== 'sent')) {
      if (Date.now() > resumeDeadline) throw new Error('the interrupted fan-out was not resumed within the lease');
      await Promise.all(live.map((i) => i.tick(new Date(OPENING.getTime() + 30 * 60_000))));
      await new Promise((r) => setTimeout(r, 1000));
    }

    const units = committee.units.map((u) => u.id);
    const twice = units.filter((u) => formsTo(conversationOfUnit(u)) > 1);
    expect(units.filter((u) => formsTo(conversationOfUnit(u)) === 0), 'no unit without its card').to.deep.equal([]);
    // Teams cannot say whether a card in flight when its sender died arrived: only those may have gone twice.
    expect(twice.filter((u) => !inFlight.has(u)), 'no unit with two cards, but for those in flight at the kill').to.deep.equal([]);
    expect(units.filter((u) => formsTo(conversationOfUnit(u)) > 2)).to.deep.equal([]);
    console.log(`      killed after ${sentBeforeKill} forms; ${inFlight.size} in flight at the kill; ${twice.length} of them arrived twice`);

    // 60 units submit through the survivors; Teams delivers each submission twice, to two different instances.
    const submitters = committee.units.slice(10, 70);
    const answers = await Promise.all(
      submitters.map(async (unit, i) => {
        const invoke = createInvoke(teamsUser(roster.member(unit.head)!), 'report.submit', { cycleId: CYCLE, unitId: unit.id, ...reportInputs(unit, 400, i) }, connector.url);
        return Promise.all([live[i % 3]!.post(invoke), live[(i + 1) % 3]!.post(invoke)]);
      }),
    );
    expect(answers.flat().map((r) => r.status)).to.satisfy((s: number[]) => s.every((x) => x === 200));
    for (const unit of submitters) {
      const doc = await store.get<UnitSubmission>(`cycles/${CYCLE}/submissions`, unit.id);
      expect(doc?.versions, `${unit.id} stored once`).to.have.length(1);
    }

    // Reminder morning: the three instances tick at the same moment, twice.
    const before = connector.calls.length;
    for (let round = 0; round < 2; round++) await Promise.all(live.map((i) => i.tick(REMINDER_TIME)));
    await pool(live, 3, (i) => i.tick(new Date(REMINDER_TIME.getTime() + 60_000)));
    const reminders = connector.calls.slice(before).filter((call) => kindOf(call) === 'reminder');
    const remindedUnits = reminders.map((call) => committee.units.find((u) => conversationOfUnit(u.id) === call.conversationId)!.id);
    const submitted = new Set(submitters.map((u) => u.id));
    expect(remindedUnits.filter((u) => submitted.has(u)), 'no reminder to a unit that reported').to.deep.equal([]);
    expect(new Set(remindedUnits).size, 'each reminder once').to.equal(remindedUnits.length);
    expect(remindedUnits.length, 'every unit that has not reported is reminded').to.equal(UNITS - submitted.size);

    // One app-wide budget: the instances together stay under Teams' 50 requests per second.
    const busiest = busiestSecond(connector.calls);
    console.log(`      busiest second: ${busiest.count} Connector calls`);
    if (busiest.count > 50) console.log(busiest.window.map((c) => `${c.at - killedAt} ${c.method} ${kindOf(c)} ${c.conversationId}`).join('\n'));
    expect(busiest.count).to.be.at.most(50);
  });
});
