import { helpCommand } from './help.ts';
import type { FeatureRegistry } from './registry.ts';
import { whoamiCommand } from './whoami.ts';

/** Every command and card verb the bot serves. */
export function buildRegistry(): FeatureRegistry {
  return {
    commands: {
      help: helpCommand,
      whoami: whoamiCommand,
    },
    actions: {},
  };
}
