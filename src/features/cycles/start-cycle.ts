import type { Cycle } from '../../domain/cycles/cycle.ts';
import { cycleState } from '../../domain/cycles/cycle.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import type { Reply } from '../ports.ts';
import { progressCard, sendReportCards } from './send-report-cards.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import { publish } from '../app-events.ts';

/**
 * Stores a new cycle (or returns the one already stored under its id), posts the opener's
 * progress card and starts sending the forms in the background; the turn answers at once.
 */
export async function startCycle(app: AppServices, cycle: Cycle, locale: Locale): Promise<Reply[]> {
  const s = CYCLE[locale];
  const { cycle: stored, created } = await app.cycles.createIfAbsent(cycle);
  if (!created) return [{ type: 'text', text: s.alreadyOpen(stored.label, s.cycleStates[cycleState(stored, app.clock())], formatDate(stored.unitDeadline)) }];
  const progress = await app.messenger.send(cycle.openedBy, { type: 'card', card: progressCard(app, cycle, new Map(), locale, false) });
  if (progress.ok) await app.cycles.update(cycle.id, (c) => ({ ...c, progress: { memberId: cycle.openedBy, activityId: progress.activityId } }));
  app.tasks.run(`send-report-cards:${cycle.id}`, () => sendReportCards(app, cycle.id));
  publish(app, { type: 'cycle.opened', cycleId: cycle.id });
  return [{ type: 'text', text: s.opened(cycle.label, formatDate(cycle.unitDeadline), cycle.targetUnits.length) }];
}
