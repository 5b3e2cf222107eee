import { cardForm, cardRef } from '../card-schemas.ts';
import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { historyCommand, mailCopyAction } from './history-command.ts';
import { exportStatsAction, statsCommand } from './stats-command.ts';

/** Past reports and statistics (on time / late / missing per unit, CSV). */
export const historyModule: FeatureModule = {
  name: 'history',
  commands: [
    { name: 'history', phrases: ['bao cao quy', 'bao cao', 'report'], allow: ['report.history'], handler: historyCommand },
    { name: 'stats', phrases: ['thong ke', 'stats', 'statistics'], allow: ['report.stats'], handler: statsCommand },
  ],
  verbs: [
    defineVerb({ verb: 'report.mailCopy', allow: ['report.history'], schema: cardForm({ cycleId: cardRef }), handler: mailCopyAction }),
    defineVerb({ verb: 'stats.exportCsv', allow: ['report.stats'], schema: cardForm({}), handler: exportStatsAction }),
  ],
};
