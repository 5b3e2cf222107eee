import type { DelegationBook } from '../domain/delegation/delegation.ts';
import type { Inspection } from '../domain/inspections/inspection-model.ts';
import type { Meeting, MeetingTask } from '../domain/meetings/index.ts';
import type { AnnualPlan } from '../domain/plan/plan-model.ts';
import type { Poll } from '../domain/polls/poll-model.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { AbsentHeads } from './absences.ts';
import type { BoardRecord, ChannelLink, PostRecord } from './channel/channel-docs.ts';
import { MEETING_SHAPE, TASK_SHAPE } from '../store/shapes/meeting-shapes.ts';
import { repository, singleDocument, type Repository, type SingleDocument } from './repository.ts';

/** The repositories of the documents features own (cycles have their own CycleRepo). */
export interface Repositories {
  meetings: Repository<Meeting>;
  tasks: Repository<MeetingTask>;
  /** Units whose head is marked absent (Điều 2.1). */
  absentHeads: SingleDocument<AbsentHeads>;
  /** The chief's delegations to the deputy chief, in one document so an overlap is checked in the same update (Điều 5.1). */
  delegations: SingleDocument<DelegationBook>;
  /** Annual CCHC plans, one document per year. */
  plans: Repository<AnnualPlan>;
  /** Written polls of the members and the chief's decisions on them (Điều 7.3). */
  polls: Repository<Poll>;
  /** Inspections by a team of members (Điều 8): self-reports, findings, the chief's conclusion. */
  inspections: Repository<Inspection>;
  /** The committee channel (gắn kênh), its status boards per cycle and its one-off posts. */
  channelLink: SingleDocument<ChannelLink>;
  channelBoards: Repository<BoardRecord>;
  channelPosts: Repository<PostRecord>;
}

/** Binds every repository to one store. */
export function createRepositories(store: DocumentStore): Repositories {
  return {
    meetings: repository<Meeting>(store, 'meetings', MEETING_SHAPE),
    tasks: repository<MeetingTask>(store, 'tasks', TASK_SHAPE),
    absentHeads: singleDocument<AbsentHeads>(store, 'directory', 'absent-heads'),
    delegations: singleDocument<DelegationBook>(store, 'delegations', 'chief'),
    plans: repository<AnnualPlan>(store, 'plans'),
    polls: repository<Poll>(store, 'polls'),
    inspections: repository<Inspection>(store, 'inspections'),
    channelLink: singleDocument<ChannelLink>(store, 'channel', 'link'),
    channelBoards: repository<BoardRecord>(store, 'channel-boards'),
    channelPosts: repository<PostRecord>(store, 'channel-posts'),
  };
}
