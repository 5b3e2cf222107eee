import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { TASK_FORM } from './card-payloads.ts';
import { cancelTaskAction, saveTaskAction, taskFormAction } from './edit-task-actions.ts';
import { planCommand } from './plan-command.ts';
import { importPlanFilesAtStart } from './plan-files-at-start.ts';
import { PLANS } from './plan-repo.ts';
import { planUpload } from './plan-upload.ts';
import { remindPlanTasks } from './task-reminders.ts';

/** The annual CCHC plan (Điều 3.1, 2.3): imported from a spreadsheet, viewed and filtered by unit, quarter and status; tasks added, edited and cancelled by card. */
export const planModule: FeatureModule = {
  name: 'plan',
  commands: [{ name: 'plan', phrases: ['ke hoach', 'ke hoach cchc', 'plan'], allow: ['plan.viewAll', 'plan.viewOwn'], handler: planCommand }],
  verbs: [
    defineVerb({ verb: 'plan.taskForm', allow: ['plan.edit'], schema: TASK_FORM, handler: taskFormAction }),
    defineVerb({ verb: 'plan.saveTask', allow: ['plan.edit'], schema: TASK_FORM, handler: saveTaskAction }),
    defineVerb({ verb: 'plan.cancelTask', allow: ['plan.edit'], schema: TASK_FORM, handler: cancelTaskAction }),
  ],
  files: [{ name: 'planImport', extensions: ['.xlsx', '.csv'], allow: ['plan.import'], handler: planUpload }],
  jobs: [{ name: 'plan/task-reminders', when: 'working-hours', order: 55, run: remindPlanTasks }],
  collections: [PLANS],
  onStart: importPlanFilesAtStart,
};
