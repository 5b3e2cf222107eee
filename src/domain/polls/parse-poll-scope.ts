import { isIsoDate } from '../calendar/index.ts';

/** Who a poll asks and what it is about, as written before the colon of the command line. */
export interface PollScope {
  /** Unit names as written after `nhóm` / `group` (resolved by the feature). */
  group?: string[];
  /** The meeting (its date) and the agenda item (1-based) the poll is tied to. */
  meeting?: { date: string; item?: number };
}

export type ParsedPollScope = { ok: true; scope: PollScope; line: string } | { ok: false; problem: 'bad-date'; text: string };

const MEETING = /(?:^|\s)(?:họp|hop|meeting)\s+(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+(?:mục|muc|item)\s+(\d{1,2}))?/iu;
const GROUP = /(?:^|\s)(?:nhóm|nhom|group)\s+(.+?)(?=\s+(?:hạn|han|due|họp|hop|meeting)\s|$)/iu;

/**
 * Takes the optional scope out of a poll line's head (the text before the first colon):
 * `nhóm <đơn vị>, <đơn vị>` (`group …`) asks those units' heads only; `họp dd/mm/yyyy [mục N]`
 * (`meeting … [item N]`) ties the poll to that meeting's agenda item. Returns the line without them.
 */
export function parsePollScope(text: string): ParsedPollScope {
  const colon = text.indexOf(':');
  let head = colon >= 0 ? text.slice(0, colon) : text;
  const body = colon >= 0 ? text.slice(colon) : '';
  const scope: PollScope = {};
  const meeting = MEETING.exec(head);
  if (meeting) {
    const date = `${meeting[3]}-${meeting[2]!.padStart(2, '0')}-${meeting[1]!.padStart(2, '0')}`;
    if (!isIsoDate(date)) return { ok: false, problem: 'bad-date', text: `${meeting[1]}/${meeting[2]}/${meeting[3]}` };
    scope.meeting = { date, ...(meeting[4] ? { item: Number(meeting[4]) } : {}) };
    head = head.slice(0, meeting.index) + ' ' + head.slice(meeting.index + meeting[0].length);
  }
  const group = GROUP.exec(head);
  if (group) {
    scope.group = group[1]!.split(/[,;]/).map((u) => u.trim()).filter(Boolean);
    head = head.slice(0, group.index) + ' ' + head.slice(group.index + group[0].length);
  }
  return { ok: true, scope, line: `${head.replace(/\s+/g, ' ').trim()}${body}` };
}
