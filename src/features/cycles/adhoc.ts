import { randomBytes } from 'node:crypto';
import { renderCard } from '../../cards/render-card.ts';
import { adjustDeadline, formatDate, localDate } from '../../domain/calendar/index.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import { parseDate } from '../../domain/cycles/quarter.ts';
import { CYCLE } from '../../i18n/cycle-strings.ts';
import type { Locale } from '../../i18n/locale.ts';
import type { AppServices } from '../app-services.ts';
import { cardText } from '../card-input.ts';
import { requirePermission } from '../guards.ts';
import type { Reply } from '../ports.ts';
import type { ActionResult } from '../registry.ts';
import type { ActionTurn, CommandTurn } from '../turn.ts';
import { startCycle } from './start-cycle.ts';

const MAX_QUESTIONS = 20;
const MAX_QUESTION_LENGTH = 500;

function requestCard(app: AppServices, locale: Locale, token: string, values: Record<string, string> = {}, errors: string[] = []) {
  return renderCard('adhoc-request', {
    labels: CYCLE[locale].adhoc,
    errors,
    topic: values.topic ?? '',
    questions: values.questions ?? '',
    deadline: values.deadline ?? '',
    targets: values.targets ?? '',
    units: app.roster.committee.units.map((u) => ({ id: u.id, name: u.name })),
    token,
  });
}

/** `báo cáo đột xuất`: the request form (topic, questions, deadline, units). */
export async function adhocCommand(turn: CommandTurn, app: AppServices): Promise<Reply[]> {
  await requirePermission(turn.caller, 'cycle.adhoc', app);
  return [{ type: 'card', card: requestCard(app, turn.caller.locale, randomBytes(6).toString('hex')) }];
}

/** `Gửi yêu cầu`: validates the form and opens an ad-hoc cycle; the card's token makes a double click harmless. */
export async function createAdhocAction(turn: ActionTurn, app: AppServices): Promise<ActionResult> {
  const member = await requirePermission(turn.caller, 'cycle.adhoc', app);
  const locale = turn.caller.locale;
  const s = CYCLE[locale].adhoc;
  const str = (k: string) => cardText(turn.data, k);
  const token = /^[a-f0-9]{12}$/.test(str('token')) ? str('token') : '';
  const values = { topic: str('topic'), questions: str('questions'), deadline: str('deadline'), targets: str('targets') };
  const errors: string[] = [];
  if (!token) errors.push(CYCLE[locale].cycleNotFound);
  if (!values.topic) errors.push(s.topicRequired);
  if (values.topic.length > 300) errors.push(CYCLE[locale].problems({ field: 'topic', problem: 'tooLong', limit: 300 }, s.topic));
  const questions = values.questions.split('\n').map((q) => q.trim()).filter(Boolean);
  if (questions.length === 0) errors.push(s.questionsRequired);
  if (questions.length > MAX_QUESTIONS) errors.push(s.tooManyQuestions(MAX_QUESTIONS));
  if (questions.some((q) => q.length > MAX_QUESTION_LENGTH)) errors.push(CYCLE[locale].problems({ field: 'questions', problem: 'tooLong', limit: MAX_QUESTION_LENGTH }, s.questions));
  const today = localDate(app.clock());
  const rawDeadline = parseDate(values.deadline);
  if (!rawDeadline) errors.push(values.deadline ? CYCLE[locale].badDeadline(values.deadline) : s.deadlineRequired);
  else if (rawDeadline < today) errors.push(CYCLE[locale].deadlineInPast(formatDate(rawDeadline)));
  const targets = values.targets ? values.targets.split(',').map((t) => t.trim()).filter(Boolean) : app.roster.committee.units.map((u) => u.id);
  if (targets.some((t) => !app.roster.unit(t))) errors.push(s.unknownUnits);
  if (errors.length > 0) return { card: requestCard(app, locale, token || randomBytes(6).toString('hex'), values, errors) };
  const deadline = adjustDeadline(app.calendar, rawDeadline!, app.config.quarterly.deadlinePolicy);
  const now = app.clock();
  const cycle: Cycle = {
    id: `adhoc-${token}`,
    kind: 'ad-hoc',
    label: values.topic,
    // The trích yếu under "BÁO CÁO": the topic alone, so the title does not read "Báo cáo … báo cáo".
    subject: values.topic,
    topic: values.topic,
    questions,
    dataFrom: today,
    dataTo: deadline,
    unitDeadline: deadline,
    compileDeadline: deadline,
    targetUnits: [...new Set(targets)],
    state: 'open',
    openedBy: member.id,
    openedAt: now.toISOString(),
  };
  const replies = await startCycle(app, cycle, locale);
  const text = replies[0]?.type === 'text' ? replies[0].text : s.created(values.topic, cycle.targetUnits.length);
  return { message: text };
}
