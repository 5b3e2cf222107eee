import { CYCLES } from '../../store/cycle-repo.ts';
import type { DocKey } from '../../store/document-store.ts';
import { planKey } from '../plan/plan-repo.ts';
import { cardForm, cardRef, cardText } from '../card-schemas.ts';
import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { adhocCommand, createAdhocAction } from './adhoc.ts';
import { autoOpenQuarter } from './auto-open.ts';
import { compileCommand } from './compile.ts';
import { loadIndicatorsAtStart } from './indicator-list.ts';
import { openQuarterCommand } from './open-quarter.ts';
import { settleQueuedReports } from './report-mail-watch.ts';
import { retryFormsJob, retryUndelivered } from './send-report-cards.ts';
import { sendLaterAction, sendReportAction } from './send-report.ts';
import { statusCommand } from './status.ts';
import { editReportAction, submitReportAction } from './submit-report.ts';

/** A card naming a cycle and, for a unit's form, the unit; the other inputs are the form's answers. */
const unitForm = cardForm({ cycleId: cardRef, unitId: cardRef });
const cycleCard = cardForm({ cycleId: cardRef });

/** A report form's handler reads the cycle it names and, for a quarter, that year's plan: read with the member's documents. */
const formReads = (data: unknown): DocKey[] => {
  const cycleId = (data as { cycleId?: unknown } | undefined)?.cycleId;
  if (typeof cycleId !== 'string' || !/^[a-z0-9][a-z0-9-]{0,63}$/.test(cycleId)) return [];
  const year = /^(\d{4})-q[1-4]$/.exec(cycleId)?.[1];
  return [{ collection: CYCLES, id: cycleId, shared: true }, ...(year ? [planKey(Number(year))] : [])];
};

/** The reporting cycle (Điều 9): open, fan out the forms, collect, status, compile and send. */
export const cyclesModule: FeatureModule = {
  name: 'cycles',
  commands: [
    { name: 'openQuarter', phrases: ['mo bao cao quy', 'mo bao cao', 'open quarterly', 'open quarter'], allow: ['cycle.open'], handler: openQuarterCommand },
    { name: 'adhoc', phrases: ['bao cao dot xuat', 'ad-hoc report', 'adhoc report', 'ad hoc report', 'ad-hoc', 'adhoc'], allow: ['cycle.adhoc'], handler: adhocCommand },
    { name: 'status', phrases: ['tinh hinh', 'tien do', 'status'], allow: ['status.all', 'status.own'], handler: statusCommand },
    { name: 'compile', phrases: ['tong hop', 'compile'], allow: ['compile'], handler: compileCommand },
  ],
  verbs: [
    defineVerb({ verb: 'report.submit', allow: ['report.submit'], schema: unitForm, handler: submitReportAction, reads: formReads }),
    defineVerb({ verb: 'report.edit', allow: ['report.submit'], schema: unitForm, handler: editReportAction, reads: formReads }),
    defineVerb({ verb: 'report.send', allow: ['report.send'], schema: cycleCard, handler: sendReportAction }),
    defineVerb({ verb: 'report.later', allow: ['report.send'], schema: cycleCard, handler: sendLaterAction }),
    defineVerb({ verb: 'adhoc.create', allow: ['cycle.adhoc'], schema: cardForm({ token: cardText }), handler: createAdhocAction }),
  ],
  jobs: [
    { name: 'mail/retry', when: 'always', order: 0, run: (ctx) => settleQueuedReports(ctx, ctx.retryMail) },
    { name: 'auto/open', when: 'working-hours', order: 10, run: autoOpenQuarter },
    { name: 'cycles/retry-undelivered', when: 'working-hours', order: 60, run: async (ctx) => retryFormsJob(ctx.app, await ctx.cycles(), ctx.retryForms) },
  ],
  collections: [CYCLES],
  onStart: loadIndicatorsAtStart,
  onMemberReachable: async (memberId, app) => {
    app.tasks.run(`deliver-waiting:${memberId}`, () => retryUndelivered(app, memberId));
  },
};
