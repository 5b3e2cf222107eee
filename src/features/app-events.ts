import type { AppServices } from './app-services.ts';

/** Something that happened which other features may show elsewhere (the committee channel's board and posts). */
export type AppEvent =
  | { type: 'cycle.opened'; cycleId: string }
  | { type: 'report.submitted'; cycleId: string; unitId: string }
  | { type: 'cycle.reminded'; cycleId: string; unitIds: string[] }
  | { type: 'cycle.escalated'; cycleId: string; unitIds: string[] }
  | { type: 'cycle.compiled'; cycleId: string }
  | { type: 'cycle.sent'; cycleId: string }
  | { type: 'meeting.invited'; meetingId: string }
  | { type: 'meeting.concluded'; meetingId: string };

/**
 * Tells every feature's `onEvent` about an event, after the turn or job that caused it (it never
 * delays or fails that work); each failure is logged. Tests await `app.tasks.idle()`.
 */
export function publish(app: Pick<AppServices, 'tasks' | 'registry'>, event: AppEvent): void {
  app.tasks.run(`event:${event.type}`, () => app.registry.onEvent(event, app as AppServices));
}
