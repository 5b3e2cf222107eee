import { defineVerb, type FeatureModule } from '../feature-module.ts';
import { INITIATIVE_EXPORT, INITIATIVE_FORM, INITIATIVE_REF } from './card-payloads.ts';
import { exportInitiativesAction } from './export-initiatives.ts';
import { INITIATIVES } from './initiative-repo.ts';
import { initiativesCommand } from './initiatives-command.ts';
import { initiativeFormAction, submitInitiativeAction } from './register-initiative.ts';
import { openInitiativeAction, reviewInitiativeAction } from './review-initiative.ts';

/** Initiatives (sáng kiến, mô hình; Điều 3.2, 6 mục 2.9): registered by members, reviewed by the unit the roster names, recognised yearly. */
export const initiativesModule: FeatureModule = {
  name: 'initiatives',
  commands: [{ name: 'initiatives', phrases: ['sang kien', 'mo hinh', 'initiative', 'initiatives'], allow: ['initiative.register', 'initiative.viewAll'], handler: initiativesCommand }],
  verbs: [
    defineVerb({ verb: 'initiative.form', allow: ['initiative.register'], schema: INITIATIVE_FORM, handler: initiativeFormAction }),
    defineVerb({ verb: 'initiative.submit', allow: ['initiative.register'], schema: INITIATIVE_FORM, handler: submitInitiativeAction }),
    defineVerb({ verb: 'initiative.open', allow: ['initiative.register', 'initiative.viewAll'], schema: INITIATIVE_REF, handler: openInitiativeAction }),
    defineVerb({ verb: 'initiative.review', allow: ['initiative.review'], schema: INITIATIVE_REF, handler: reviewInitiativeAction }),
    defineVerb({ verb: 'initiative.export', allow: ['initiative.viewAll'], schema: INITIATIVE_EXPORT, handler: exportInitiativesAction }),
  ],
  collections: [INITIATIVES],
};
