import type { Cycle, Delivery } from '../../domain/cycles/cycle.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import { renderCard } from '../../cards/render-card.ts';
import { readAbsentHeads } from '../absences.ts';
import type { AppServices } from '../app-services.ts';
import { localeOf } from '../member-locale.ts';
import { actingMember } from './acting-member.ts';
import { cyclePlan, formPlanOf } from './form-plan.ts';
import { indicatorsOfUnit } from './indicator-list.ts';
import { reportFormCard } from './report-cards.ts';

/**
 * How often the opener's progress card is refreshed while sending: every edit is a Connector call from the same
 * app-wide budget as the forms (at 1.5 s it was 1.4 % of a 3,000-unit fan-out), and every 3 s still reads as live.
 */
const PROGRESS_EVERY_MS = 3000;
/** Undelivered units listed by name on the progress card. */
const MAX_LISTED = 40;
/** Sends in flight at once; the sender paces them to Teams' rate limit. */
const PARALLEL = 48;

/** Runs `work` over items with at most `limit` in flight. */
async function pool<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(workers);
}

/** The progress card shown to the opener: "Đã gửi 9/12 đơn vị" and who could not be reached, with why. */
export function progressCard(app: AppServices, cycle: Cycle, deliveries: Map<string, Delivery>, locale: 'vi' | 'en', finished: boolean) {
  const s = CYCLE[locale].progress;
  const sent = [...deliveries.values()].filter((d) => d.status === 'sent').length;
  const undelivered = [...deliveries.values()]
    .filter((d) => d.status !== 'sent' && d.status !== 'sending')
    .map((d) => ({ unit: app.roster.unit(d.unitId)?.name ?? d.unitId, head: app.roster.member(d.memberId)?.name ?? d.memberId, reason: s.reasons[d.status as 'no-reference' | 'blocked' | 'failed'] }));
  // Keep the card under Teams' message size at city scale; the status card has the full list.
  const shown = undelivered.length > MAX_LISTED ? [...undelivered.slice(0, MAX_LISTED), { unit: s.more(undelivered.length - MAX_LISTED), head: '…', reason: '' }] : undelivered;
  return renderCard('cycle-progress', {
    title: s.title(cycle.label),
    counter: s.sent(sent, cycle.targetUnits.length),
    finished: finished ? s.finished : '',
    undeliveredTitle: s.undelivered,
    undelivered: shown,
  });
}

/**
 * Sends the report form to every target unit that has not received it yet (a restart resumes
 * where it stopped; units reached earlier are skipped), updating the opener's progress card.
 */
export async function sendReportCards(app: AppServices, cycleId: string, onlyUnits?: string[]): Promise<Map<string, Delivery>> {
  // One fan-out per cycle at a time: a scheduler retry must not race the fan-out started by the command.
  // A request made meanwhile runs after it instead of sharing its result: it may name a unit the running
  // fan-out already found unreachable (the member just installed the app) or a new acting deputy, and
  // units reached by then are skipped, so nothing goes twice.
  const key = `${app.config.dataDir}|${cycleId}`;
  const job = (RUNNING.get(key) ?? Promise.resolve()).then(() => underLease(app, cycleId, (stillOwner) => fanOut(app, cycleId, onlyUnits, stillOwner)));
  // The queue entry never rejects; the caller still gets the failure through `job`.
  const queued = job.then(
    () => undefined,
    () => undefined,
  );
  RUNNING.set(key, queued);
  void queued.then(() => {
    if (RUNNING.get(key) === queued) RUNNING.delete(key);
  });
  return job;
}

const RUNNING = new Map<string, Promise<void>>();

/** A fan-out is one instance's for this long, renewed while it runs; an instance killed mid-way is taken over once it lapses. */
export const FAN_OUT_LEASE_MS = 30_000;

/**
 * Runs a cycle's fan-out holding its lease, so two instances never send the same cycle's forms at once. When
 * another live instance holds it, that one is sending: this call returns the deliveries recorded so far.
 */
async function underLease(app: AppServices, cycleId: string, work: (stillOwner: () => boolean) => Promise<Map<string, Delivery>>): Promise<Map<string, Delivery>> {
  const { leases, instanceId } = app.coordination;
  const name = `fan-out/${cycleId}`;
  if (!(await leases.acquire(name, instanceId, FAN_OUT_LEASE_MS))) {
    app.logger.info({ cycleId }, 'another instance is sending this cycle’s forms');
    return app.cycles.deliveries(cycleId);
  }
  // Sends stop a margin before the lease could lapse unrenewed (a stalled process, a database outage): never two senders.
  let ownedUntil = Date.now() + FAN_OUT_LEASE_MS * 0.8;
  const renew = setInterval(() => {
    const asked = Date.now();
    leases.acquire(name, instanceId, FAN_OUT_LEASE_MS).then(
      (held) => {
        if (held) ownedUntil = asked + FAN_OUT_LEASE_MS * 0.8;
        else {
          ownedUntil = 0;
          app.logger.error({ cycleId }, 'fan-out lease lost to another instance; this one stops sending');
        }
      },
      (error: unknown) => app.logger.warn({ err: error, cycleId }, 'fan-out lease not renewed; retrying'),
    );
  }, FAN_OUT_LEASE_MS / 3);
  try {
    return await work(() => Date.now() < ownedUntil);
  } finally {
    clearInterval(renew);
    await leases.release(name, instanceId);
  }
}

async function fanOut(app: AppServices, cycleId: string, onlyUnits: string[] | undefined, stillOwner: () => boolean): Promise<Map<string, Delivery>> {
  const cycle = await app.cycles.get(cycleId);
  if (!cycle) throw new Error(`cycle ${cycleId} not found`);
  const deliveries = await app.cycles.deliveries(cycleId);
  const absent = await readAbsentHeads(app);
  const submitted = new Set((await app.cycles.submissions(cycleId)).keys());
  const todo = cycle.targetUnits.filter((u) => {
    const unit = app.roster.unit(u);
    if (!unit || (onlyUnits && !onlyUnits.includes(u))) return false;
    return needsForm(deliveries.get(u), actingMember(unit, absent, app.roster).memberId, submitted.has(u));
  });
  const plan = await cyclePlan(app, cycle);
  const opener = cycle.progress?.memberId ?? cycle.openedBy;
  const openerLocale = await localeOf(app, opener);
  let lastProgress = 0;
  const refreshProgress = async (finished: boolean) => {
    if (!cycle.progress) return;
    const outcome = await app.messenger.update(cycle.progress.memberId, cycle.progress.activityId, { type: 'card', card: progressCard(app, cycle, deliveries, openerLocale, finished) });
    if (!outcome.ok) app.logger.warn({ cycleId, reason: outcome.reason }, 'progress card not updated');
  };
  await pool(todo, PARALLEL, async (unitId) => {
    const unit = app.roster.unit(unitId);
    // Units not tried stay for the instance that takes the lease over.
    if (!unit || !stillOwner()) return;
    const { memberId, onBehalfOf } = actingMember(unit, absent, app.roster);
    const ref = await app.refs.get(memberId);
    const card = reportFormCard(cycle, unit, await localeOf(app, memberId), {
      onBehalfOfName: onBehalfOf ? app.roster.member(onBehalfOf)?.name : undefined,
      plan: formPlanOf(plan, cycle, unit),
      indicators: indicatorsOfUnit(app, cycle, unit),
      now: app.clock(),
    });
    // The intent is durable before the card goes on the wire: only a unit a killed instance left 'sending' can have had it already.
    const beforeCall = () => app.cycles.saveDelivery(cycleId, { unitId, memberId, status: 'sending', at: app.clock().toISOString() });
    const outcome = await app.messenger.send(memberId, { type: 'card', card }, { beforeCall });
    const delivery: Delivery = outcome.ok
      ? { unitId, memberId, status: 'sent', activityId: outcome.activityId, conversationId: outcome.conversationId, at: app.clock().toISOString() }
      : { unitId, memberId, status: outcome.reason, detail: outcome.detail, at: app.clock().toISOString() };
    const before = deliveries.get(unitId);
    // An unchanged failure (still no reference) is not rewritten on every retry.
    if (ref || !before || before.status !== delivery.status || before.memberId !== delivery.memberId) {
      await app.cycles.saveDelivery(cycleId, delivery);
    }
    deliveries.set(unitId, delivery);
    if (Date.now() - lastProgress > PROGRESS_EVERY_MS) {
      lastProgress = Date.now();
      await refreshProgress(false);
    }
  });
  await refreshProgress(true);
  return deliveries;
}

/**
 * Whether a unit's form must (still) go to its acting member: not yet reported, and never delivered,
 * delivery failed, or the head was marked absent/present since and the other person now reports.
 */
export function needsForm(delivery: Delivery | undefined, actingMemberId: string, submitted: boolean): boolean {
  // A unit that has reported edits from its receipt; a new form would only confuse.
  if (submitted) return false;
  if (!delivery || delivery.memberId !== actingMemberId) return true;
  return delivery.status !== 'sent';
}

/** Re-sends forms of open cycles to units whose acting member was unreachable (e.g. just installed the app). */
export async function retryUndelivered(app: AppServices, memberId?: string): Promise<number> {
  let resent = 0;
  const absent = await readAbsentHeads(app);
  for (const cycle of await app.cycles.list()) {
    if (cycle.state !== 'open') continue;
    const deliveries = await app.cycles.deliveries(cycle.id);
    const submitted = new Set((await app.cycles.submissions(cycle.id)).keys());
    const pending = cycle.targetUnits.filter((u) => {
      const unit = app.roster.unit(u);
      if (!unit) return false;
      const acting = actingMember(unit, absent, app.roster).memberId;
      const d = deliveries.get(u);
      if (memberId && acting !== memberId) return false;
      // A member who blocked the bot is retried only when they come back (install again), never by the timer.
      if (!memberId && d?.status === 'blocked' && d.memberId === acting) return false;
      return needsForm(d, acting, submitted.has(u));
    });
    if (pending.length === 0) continue;
    const after = await sendReportCards(app, cycle.id, pending);
    resent += pending.filter((u) => after.get(u)?.status === 'sent').length;
  }
  return resent;
}

/**
 * Whether an open cycle has a form worth re-sending now: a transient failure, or a unit a restart
 * interrupted before it was tried. Units without a conversation are served when they install the
 * app (onMemberReachable), so they alone do not trigger a retry (each retry also edits the progress card).
 */
export async function formsNeedRetry(app: AppServices, cycles: Cycle[]): Promise<boolean> {
  for (const cycle of cycles) {
    if (cycle.state !== 'open') continue;
    const deliveries = await app.cycles.deliveries(cycle.id);
    if (cycle.targetUnits.some((u) => !deliveries.has(u) || deliveries.get(u)!.status === 'failed' || deliveries.get(u)!.status === 'sending')) return true;
  }
  return false;
}

/**
 * The scheduler's form retry: when the periodic retry is due, and at once when a fan-out's instance died (its
 * lease lapsed unreleased); lapsed leases are then cleared, so they trigger one resume, not one per tick.
 */
export async function retryFormsJob(app: AppServices, cycles: Cycle[], periodic: boolean): Promise<void> {
  const { leases, instanceId } = app.coordination;
  const lapsed = await leases.lapsed('fan-out/');
  if (!periodic && lapsed.length === 0) return;
  if (await formsNeedRetry(app, cycles)) await retryUndelivered(app);
  for (const name of lapsed) if (await leases.acquire(name, instanceId, 1000)) await leases.release(name, instanceId);
}
