import { formatDate } from '../../domain/calendar/index.ts';
import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Meeting, MeetingTask } from '../../domain/meetings/index.ts';
import type { Locale } from '../../i18n/locale.ts';
import { MEETING } from '../../i18n/meeting-strings.ts';
import type { AppServices } from '../app-services.ts';
import { nameOf } from './meeting-repo.ts';
import { meetingFacts, meetingSubject } from './meeting-view.ts';

/** The invitation card of one invitee, showing their answer (and whose place a deputy takes); buttons while the meeting is on. */
export function inviteCard(meeting: Meeting, memberId: string, locale: Locale, app: Pick<AppServices, 'roster'>): AdaptiveCardJson {
  const s = MEETING[locale];
  const open = meeting.status === 'scheduled';
  const status = open ? s.statusLabel[meeting.responses[memberId]?.status ?? 'none'] : s.statusLabel.cancelled;
  const standsFor = meeting.substitutes?.[memberId];
  return renderCard('meeting-invite', {
    title: meetingSubject(meeting, locale),
    facts: [...meetingFacts(meeting, locale), ...(standsFor ? [{ label: s.fields.attendsFor, value: nameOf(app, standsFor) }] : [])],
    agendaLabel: s.fields.agenda,
    agenda: meeting.agenda.map((a, i) => `${i + 1}. ${a}`),
    status,
    joinUrl: open ? (meeting.joinUrl ?? '') : '',
    joinLabel: s.join,
    attendLabel: s.attend,
    leaveLabel: s.leave,
    meetingId: meeting.id,
    open,
  });
}

/** A titled card with text, facts and bulleted sections: notices, digests, conclusions, lists. */
export function infoCard(title: string, text: string, facts: Array<{ label: string; value: string }> = [], sections: Array<{ heading: string; items: string[] }> = []): AdaptiveCardJson {
  return renderCard('meeting-info', { title, text, facts, sections: sections.filter((x) => x.items.length > 0) });
}

/** The card a unit owner updates a task on; `notice` is a reminder line. */
export function taskCard(task: MeetingTask, app: AppServices, locale: Locale, notice = ''): AdaptiveCardJson {
  const s = MEETING[locale];
  return renderCard('task-card', {
    title: s.taskTitle,
    notice,
    facts: [
      { label: s.taskFields.content, value: task.content },
      { label: s.taskFields.unit, value: app.roster.unit(task.unitId)?.name ?? task.unitId },
      { label: s.taskFields.deadline, value: formatDate(task.deadline) },
      { label: s.taskFields.status, value: s.taskStatus[task.status] },
    ],
    progress: task.progress.map((p) => `${formatDate(p.at)} ${nameOf(app, p.by)}: ${p.text}`),
    progressLabel: s.taskProgressInput,
    doneLabel: s.taskDoneToggle,
    updateLabel: s.taskUpdate,
    taskId: task.id,
    open: task.status === 'open',
  });
}
