import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import type { Poll } from '../../domain/polls/poll-model.ts';
import { tallyPoll } from '../../domain/polls/poll-rules.ts';
import type { Locale } from '../../i18n/locale.ts';
import { POLL } from '../../i18n/poll-strings.ts';
import type { AppServices } from '../app-services.ts';
import { nameOf } from '../meetings/meeting-repo.ts';
import { meetingSubject } from '../meetings/meeting-view.ts';

const choicesOf = (poll: Poll) => poll.options.map((title, i) => ({ title, value: String(i) }));

/** A member's poll card: the question, the options with their current answer, and the written opinion. */
export function pollVoteCard(poll: Poll, memberId: string, locale: Locale, app: AppServices, open: boolean, status = ''): AdaptiveCardJson {
  const s = POLL[locale];
  const answer = poll.answers[memberId];
  return renderCard('poll-vote', {
    title: s.cardTitle,
    question: poll.question,
    facts: [
      { label: s.deadlineLabel, value: formatDate(poll.deadline) },
      { label: s.askedByLabel, value: nameOf(app, poll.createdBy) },
      ...(poll.groupUnitIds ? [{ label: s.groupLabel, value: poll.groupUnitIds.map((u) => app.roster.unit(u)?.name ?? u).join(', ') }] : []),
      ...(poll.meeting ? [{ label: s.meetingLabel, value: s.meetingItem(meetingSubject(poll.meeting, locale), poll.meeting.item, poll.meeting.text) }] : []),
    ],
    choiceLabel: s.choiceLabel,
    chooseOne: s.chooseOne,
    choice: answer ? String(answer.choice) : '',
    choices: choicesOf(poll),
    commentLabel: s.commentLabel,
    commentHint: s.commentHint,
    comment: answer?.comment ?? '',
    status,
    submitLabel: s.submit,
    pollId: poll.id,
    open,
  });
}

/** The tally for the chief (or the deputy chief under delegation), with the decision inputs while undecided. */
export function pollResultCard(poll: Poll, locale: Locale, app: AppServices, options: { open: boolean; onBehalfOfChief: boolean; status?: string }): AdaptiveCardJson {
  const s = POLL[locale];
  const tally = tallyPoll(poll);
  return renderCard('poll-result', {
    title: s.resultTitle,
    question: poll.question,
    counts: poll.options.map((o, i) => s.optionCount(o, tally.counts[i] ?? 0, tally.members)),
    majority: tally.majority !== undefined ? s.majority(poll.options[tally.majority]!, tally.counts[tally.majority]!, tally.members) : s.noMajority(tally.members),
    notAnsweredLabel: s.notAnsweredLabel(tally.notAnswered.length),
    notAnswered: tally.notAnswered.map((id) => nameOf(app, id)).join(', '),
    commentsLabel: s.commentsLabel,
    comments: tally.comments.map((c) => `${nameOf(app, c.memberId)} (${poll.options[c.choice]}): ${c.comment}`),
    onBehalfNote: options.onBehalfOfChief ? s.onBehalfNote : '',
    decisionLabel: s.decisionLabel,
    chooseOne: s.chooseOne,
    suggested: tally.majority !== undefined ? String(tally.majority) : '',
    choices: choicesOf(poll),
    reasonLabel: s.reasonLabel,
    reasonHint: s.reasonHint,
    status: options.status ?? '',
    decideLabel: s.decide,
    pollId: poll.id,
    open: options.open,
  });
}
