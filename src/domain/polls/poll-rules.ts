import type { Poll, PollTally } from './poll-model.ts';

/** Whether answers are still taken on `today` (yyyy-mm-dd, Vietnam): until the end of the deadline day. */
export function pollOpenOn(poll: Poll, today: string): boolean {
  return poll.status === 'open' && today <= poll.deadline;
}

/**
 * Counts the answers against all members asked (Điều 7.3: "ý kiến thống nhất của đa số thành viên"):
 * an option has a majority only when more than half of every member asked chose it, so members
 * who did not answer count against every option.
 */
export function tallyPoll(poll: Poll): PollTally {
  const counts = poll.options.map(() => 0);
  const comments: PollTally['comments'] = [];
  let answered = 0;
  for (const memberId of poll.memberIds) {
    const answer = poll.answers[memberId];
    if (!answer || answer.choice < 0 || answer.choice >= counts.length) continue;
    counts[answer.choice]! += 1;
    answered += 1;
    if (answer.comment) comments.push({ memberId, choice: answer.choice, comment: answer.comment });
  }
  const members = poll.memberIds.length;
  const top = counts.findIndex((n) => n * 2 > members);
  return { counts, answered, members, notAnswered: poll.memberIds.filter((id) => !poll.answers[id]), ...(top >= 0 ? { majority: top } : {}), comments };
}

/** A decision other than the majority's view (or with no majority at all) must state its reason. */
export function decisionNeedsReason(tally: PollTally, choice: number): boolean {
  return tally.majority !== choice;
}

/** Reads the options written after "|" and separated by ";"; fewer than two means the default set. */
export function parseOptions(text: string): string[] {
  const options = text.split(/[;\n]/).map((o) => o.trim()).filter(Boolean);
  return options.length >= 2 ? [...new Set(options)] : [];
}
