import type { FeatureModule } from '../feature-module.ts';
import { planCommand } from './plan-command.ts';
import { importPlanFilesAtStart } from './plan-files-at-start.ts';
import { PLANS } from './plan-repo.ts';
import { planUpload } from './plan-upload.ts';

/** The annual CCHC plan (Điều 3.1, 2.3): imported from a spreadsheet, viewed and filtered by unit, quarter and status. */
export const planModule: FeatureModule = {
  name: 'plan',
  commands: [{ name: 'plan', phrases: ['ke hoach', 'ke hoach cchc', 'plan'], allow: ['plan.viewAll', 'plan.viewOwn'], handler: planCommand }],
  files: [{ name: 'planImport', extensions: ['.xlsx', '.csv'], allow: ['plan.import'], handler: planUpload }],
  collections: [PLANS],
  onStart: importPlanFilesAtStart,
};
