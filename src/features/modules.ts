import { channelModule } from './channel/module.ts';
import { cyclesModule } from './cycles/module.ts';
import { delegationModule } from './delegation/module.ts';
import { documentsModule } from './documents/module.ts';
import type { FeatureModule } from './feature-module.ts';
import { historyModule } from './history/module.ts';
import { initiativesModule } from './initiatives/module.ts';
import { inspectionsModule } from './inspections/module.ts';
import { languageModule } from './language/module.ts';
import { meetingsModule } from './meetings/module.ts';
import { membersModule } from './members/module.ts';
import { planModule } from './plan/module.ts';
import { selfAssessmentModule } from './self-assessment/module.ts';
import { pollsModule } from './polls/module.ts';
import { remindersModule } from './reminders/module.ts';
import { synthesisModule } from './synthesis/module.ts';

/**
 * Every feature the bot serves, one line each. Commands, card verbs, the help card, scheduled
 * jobs and the collections verified at start are all derived from this list (features/registry.ts).
 */
export const FEATURES: readonly FeatureModule[] = [membersModule, cyclesModule, remindersModule, meetingsModule, historyModule, delegationModule, pollsModule, documentsModule, planModule, selfAssessmentModule, languageModule, synthesisModule, initiativesModule, inspectionsModule, channelModule];
