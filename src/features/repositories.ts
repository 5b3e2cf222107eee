import type { DelegationBook } from '../domain/delegation/delegation.ts';
import type { Inspection } from '../domain/inspections/inspection-model.ts';
import type { Meeting, MeetingTask } from '../domain/meetings/index.ts';
import type { AnnualPlan } from '../domain/plan/plan-model.ts';
import type { Poll } from '../domain/polls/poll-model.ts';
import type { DocumentStore } from '../store/document-store.ts';
import type { AbsentHeads } from './absences.ts';
import { CHANNEL, CHANNEL_BOARDS, CHANNEL_POSTS, type BoardRecord, type ChannelLink, type PostRecord } from './channel/channel-docs.ts';
import { DELEGATIONS } from './delegation/delegation-repo.ts';
import { INSPECTIONS } from './inspections/inspection-repo.ts';
import { PLANS } from './plan/plan-repo.ts';
import { POLLS } from './polls/poll-repo.ts';
import { DIRECTORY } from '../store/conversation-refs.ts';
import { BOARD_SHAPE, CHANNEL_LINK_SHAPE, POST_SHAPE } from '../store/shapes/channel-shapes.ts';
import { DELEGATION_BOOK_SHAPE } from '../store/shapes/delegation-shapes.ts';
import { ABSENT_HEADS_SHAPE } from '../store/shapes/directory-shapes.ts';
import { INSPECTION_SHAPE } from '../store/shapes/inspection-shapes.ts';
import { MEETING_SHAPE, TASK_SHAPE } from '../store/shapes/meeting-shapes.ts';
import { PLAN_SHAPE } from '../store/shapes/plan-shapes.ts';
import { POLL_SHAPE } from '../store/shapes/poll-shapes.ts';
import { repository, singleDocument, type Repository, type SingleDocument } from '../store/repository.ts';

/** Meetings and their follow-up tasks, one document each. */
export const MEETINGS = 'meetings';
export const TASKS = 'tasks';

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

/** The absent-head marks of the directory (also bound per turn to the turn's store, see turn-reads.ts). */
export const absentHeadsDocument = (store: DocumentStore): SingleDocument<AbsentHeads> => singleDocument<AbsentHeads>(store, DIRECTORY, 'absent-heads', ABSENT_HEADS_SHAPE);

/** The chief's delegation book (also bound per turn to the turn's store). */
export const delegationsDocument = (store: DocumentStore): SingleDocument<DelegationBook> => singleDocument<DelegationBook>(store, DELEGATIONS, 'chief', DELEGATION_BOOK_SHAPE);

/** The committee channel's link (also bound per turn: the events after a turn read it, see turn-reads.ts). */
export const channelLinkDocument = (store: DocumentStore): SingleDocument<ChannelLink> => singleDocument<ChannelLink>(store, CHANNEL, 'link', CHANNEL_LINK_SHAPE);

/** The annual plans (also bound per turn: a report form's verb reads its year's plan ahead, see turn-reads.ts). */
export const plansRepository = (store: DocumentStore): Repository<AnnualPlan> => repository<AnnualPlan>(store, PLANS, PLAN_SHAPE);

/** Binds every repository to one store. */
export function createRepositories(store: DocumentStore): Repositories {
  return {
    meetings: repository<Meeting>(store, MEETINGS, MEETING_SHAPE),
    tasks: repository<MeetingTask>(store, TASKS, TASK_SHAPE),
    absentHeads: absentHeadsDocument(store),
    delegations: delegationsDocument(store),
    plans: plansRepository(store),
    polls: repository<Poll>(store, POLLS, POLL_SHAPE),
    inspections: repository<Inspection>(store, INSPECTIONS, INSPECTION_SHAPE),
    channelLink: channelLinkDocument(store),
    channelBoards: repository<BoardRecord>(store, CHANNEL_BOARDS, BOARD_SHAPE),
    channelPosts: repository<PostRecord>(store, CHANNEL_POSTS, POST_SHAPE),
  };
}
