import type { Config } from '../config.ts';
import type { Roster } from '../domain/committee/committee.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConversationRefs } from '../store/conversation-refs.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { Clock } from './clock.ts';
import type { Mailer, Messenger } from './ports.ts';

/** Everything a feature needs, wired once in main.ts; tests wire fakes of the ports. */
export interface AppServices {
  config: Config;
  roster: Roster;
  store: DocumentStore;
  refs: ConversationRefs;
  messenger: Messenger;
  mailer: Mailer;
  clock: Clock;
  logger: Logger;
}
