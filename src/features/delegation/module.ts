import type { FeatureModule } from '../feature-module.ts';
import { delegateCommand } from './delegate-command.ts';
import { DELEGATIONS } from './delegation-repo.ts';
import { revokeDelegationCommand } from './revoke-command.ts';

/** The chief's delegation to the deputy chief for a period (Điều 5.1); decisionMaker() reads it. */
export const delegationModule: FeatureModule = {
  name: 'delegation',
  commands: [
    { name: 'delegate', phrases: ['uy quyen', 'delegate'], allow: ['delegation.manage'], handler: delegateCommand },
    { name: 'revokeDelegation', phrases: ['thu hoi uy quyen', 'revoke delegation'], allow: ['delegation.manage'], handler: revokeDelegationCommand },
  ],
  collections: [DELEGATIONS],
};
