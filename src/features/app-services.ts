import type { Config } from '../config.ts';
import type { WorkingCalendar } from '../domain/calendar/index.ts';
import type { CycleRepo } from '../store/cycle-repo.ts';
import type { Roster } from '../domain/committee/committee.ts';
import type { Logger } from '../logging/logger.ts';
import type { ConversationRefs } from '../store/conversation-refs.ts';
import type { Coordination } from '../store/coordination.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { MemberSettings } from '../store/member-settings.ts';
import type { BackgroundTasks } from './background-tasks.ts';
import type { Clock } from './clock.ts';
import type { MeetingCalendar } from './meetings/meeting-calendar.ts';
import type { ChannelMessenger, FileShelf, Mailer, Messenger } from './ports.ts';
import type { Repositories } from './repositories.ts';
import type { FeatureRegistry } from './registry.ts';

/** Everything a feature needs, wired once in main.ts; tests wire fakes of the ports. */
export interface AppServices {
  config: Config;
  roster: Roster;
  store: DocumentStore;
  /** Delivery dedupe, leases and the Teams budget shared with the other instances on the same store. */
  coordination: Coordination;
  refs: ConversationRefs;
  cycles: CycleRepo;
  /** What the feature modules serve (commands, verbs, jobs), for the help card. */
  registry: FeatureRegistry;
  /** Typed repositories of the other documents features own; features never call `store` directly. */
  repos: Repositories;
  /** What members chose for themselves (their language). */
  memberSettings: MemberSettings;
  /** Working days and holidays of Việt Nam (data/holidays.json). */
  calendar: WorkingCalendar;
  messenger: Messenger;
  /** Posts and edits in the committee's team channel, under the same rate budget as `messenger`. */
  channelMessenger: ChannelMessenger;
  mailer: Mailer;
  /** Files handed over without a mailbox (local mode). */
  shelf: FileShelf;
  clock: Clock;
  logger: Logger;
  /** Jobs that continue after a turn answered (fan-out of report cards). */
  tasks: BackgroundTasks;
  /** Meeting invitations: Graph calendar, or .ics outbox in local mode; absent means meetings are unavailable. */
  meetingCalendar?: MeetingCalendar;
}
