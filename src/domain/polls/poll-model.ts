/** A member's answer to a written poll (Điều 7.3, Điều 6.1.b). */
export interface PollAnswer {
  /** Index into the poll's options. */
  choice: number;
  comment: string;
  at: string;
}

/** The chief's decision on a poll, kept with the majority it followed or departed from. */
export interface PollDecision {
  /** Index into the options, the decided view. */
  choice: number;
  /** Required when the decision departs from the majority of members (or no option had one). */
  reason: string;
  by: string;
  /** True when the deputy chief decided under delegation ("thay mặt Trưởng Ban Chỉ đạo"). */
  onBehalfOfChief: boolean;
  at: string;
}

/** A written poll of the committee's members: the chief decides on the agreed view of a majority of all members. */
export interface Poll {
  id: string;
  question: string;
  /** The options offered; the default set is agree / disagree / another view. */
  options: string[];
  /** Last day to answer, yyyy-mm-dd; answers are taken until the end of that day (Vietnam time). */
  deadline: string;
  /** Who is asked: every committee member, counted for the majority. */
  memberIds: string[];
  createdBy: string;
  createdAt: string;
  answers: Record<string, PollAnswer>;
  /** Activity id of each member's card, updated in place when they answer. */
  cards: Record<string, string>;
  /** Cards being sent: member → when the send was claimed; a claim older than the lease is a crashed send, sent again. */
  sending?: Record<string, string>;
  /** Members whose card Teams refused (no reference yet, blocked): sent again when they become reachable. */
  undelivered?: Record<string, string>;
  /** Asked of a group only (Điều 7.3 "thành viên" of a group): the units whose heads were asked. */
  groupUnitIds?: string[];
  /** Tied to an item of a meeting's agenda. */
  meeting?: { id: string; date: string; item: number; text: string; kind: 'regular' | 'adhoc' | 'group' };
  status: 'open' | 'closed' | 'decided';
  decision?: PollDecision;
}

/** What the tally says: counts per option against all members asked, and the option with a majority of them, if any. */
export interface PollTally {
  counts: number[];
  answered: number;
  members: number;
  notAnswered: string[];
  /** The option chosen by more than half of all members asked (not of those who answered). */
  majority?: number;
  comments: Array<{ memberId: string; choice: number; comment: string }>;
}
