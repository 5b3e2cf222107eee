/** Samples of the committee's-year cards (plan, self-assessment, initiatives), merged into CARD_SAMPLES. */
import { PLAN } from '../../src/i18n/plan-strings.ts';
import type { CardSample } from './card-samples.ts';

const plan = PLAN.vi;

export const YEAR_CARD_SAMPLES: Record<string, CardSample> = {
  'plan-tasks': {
    data: {
      title: plan.title(2026),
      illustrative: plan.illustrative,
      scope: 'Phòng Kinh tế · Quý II',
      summary: plan.summary({ total: 2, done: 1, inProgress: 1, notStarted: 0, overdue: 1 }),
      tasks: [
        {
          heading: '2. Rà soát quy định về đầu tư công',
          facts: [
            { label: plan.columns.area, value: 'Cải cách thể chế' },
            { label: plan.lead, value: 'Phòng Kinh tế' },
            { label: plan.deadline, value: '30/04/2026' },
          ],
          status: `${plan.statuses['in-progress']} — ${plan.overdue} (30/04/2026)`,
          color: 'Attention',
        },
      ],
      empty: plan.noTasks,
      more: plan.shownOf(40, 52),
    },
    shows: plan.title(2026),
  },
};
