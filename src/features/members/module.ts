import { CONVERSATIONS, DIRECTORY } from '../../store/conversation-refs.ts';
import type { FeatureModule } from '../feature-module.ts';
import { helpCommand } from './help.ts';
import { markAbsentCommand, markPresentCommand } from './mark-absent.ts';
import { whoamiCommand } from './whoami.ts';

/** The committee's people: help, who am I, and a head marked absent so the deputy acts (Điều 2.1). */
export const membersModule: FeatureModule = {
  name: 'members',
  commands: [
    { name: 'help', phrases: ['tro giup', 'giup do', 'huong dan', 'help', '?'], allow: ['help'], handler: helpCommand },
    { name: 'whoami', phrases: ['toi la ai', 'whoami', 'who am i'], allow: ['whoami'], handler: whoamiCommand },
    { name: 'markAbsent', phrases: ['vang', 'absent'], allow: ['unit.markAbsent'], handler: markAbsentCommand },
    { name: 'markPresent', phrases: ['co mat', 'present'], allow: ['unit.markAbsent'], handler: markPresentCommand },
  ],
  collections: [DIRECTORY, CONVERSATIONS],
};
