import { JOBS } from '../../scheduler/job-ledger.ts';
import type { FeatureModule } from '../feature-module.ts';
import { runCycleJobs } from './cycle-jobs.ts';
import { reportFailures } from './failure-report.ts';
import { remindCommand } from './remind-command.ts';

/** Reminders on working days, escalation, automatic compile and the chief's summary (the ladder). */
export const remindersModule: FeatureModule = {
  name: 'reminders',
  commands: [{ name: 'remind', phrases: ['nhac nho', 'nhac', 'remind'], allow: ['remind'], handler: remindCommand }],
  jobs: [
    { name: 'cycles', when: 'working-hours', order: 20, run: runCycleJobs },
    // Last: it reports what the jobs before it in this tick left failed or half done.
    { name: 'failures/report', when: 'working-hours', order: 100, run: reportFailures },
  ],
  collections: [JOBS],
};
