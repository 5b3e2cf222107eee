import { renderCard, type AdaptiveCardJson } from '../../cards/render-card.ts';
import type { Roster, Unit } from '../../domain/committee/committee.ts';
import type { Cycle } from '../../domain/cycles/cycle.ts';
import type { Locale } from '../../i18n/locale.ts';
import { REMINDER } from '../../i18n/reminder-strings.ts';
import { formatDate } from '../../domain/calendar/index.ts';
import type { AbsentHeads } from '../absences.ts';
import { actingMember } from '../cycles/acting-member.ts';

/** A unit's personal reminder: deadline, working days left or overdue, and "Mở phiếu báo cáo". */
export function reminderCard(cycle: Cycle, unit: Unit, deadline: string, workingDaysLeft: number, locale: Locale, note = ''): AdaptiveCardJson {
  const s = REMINDER[locale];
  return renderCard('reminder', {
    title: s.reminderTitle(cycle.label),
    color: workingDaysLeft < 0 ? 'Attention' : workingDaysLeft === 0 ? 'Warning' : 'Default',
    message: s.reminderMessage(unit.name, workingDaysLeft),
    facts: [
      { label: s.facts.unit, value: unit.name },
      { label: s.facts.period, value: cycle.label },
      { label: s.facts.deadline, value: formatDate(deadline) },
      { label: s.facts.timeLeft, value: s.timeLeft(workingDaysLeft) },
    ],
    note,
    openLabel: s.openForm,
    cycleId: cycle.id,
    unitId: unit.id,
  });
}

/** Who acts in the late-units card: unit deputies standing in for absent heads, and the deputy chief acting for the chief. */
export interface ActingPeople {
  absent: AbsentHeads;
  /** Name of the deputy chief who receives the chief's summary under delegation (Điều 5.1). */
  actingForChief?: string;
}

/**
 * The card listing late units and whoever answers for each (the head, or the deputy acting while the
 * head is away): escalation to the deputy chief and standing member, or the chief's summary, which
 * under delegation goes to the deputy chief and says so.
 */
export function lateUnitsCard(kind: 'escalation' | 'chief-summary', cycle: Cycle, unitIds: string[], deadline: string, roster: Roster, locale: Locale, acting: ActingPeople = { absent: {} }): AdaptiveCardJson {
  const s = REMINDER[locale];
  const rows = unitIds.map((id) => {
    const unit = roster.unit(id);
    if (!unit) return { unit: id, head: '' };
    const now = actingMember(unit, acting.absent, roster);
    const name = (memberId: string) => roster.member(memberId)?.name ?? memberId;
    return { unit: unit.name, head: now.onBehalfOf ? s.actingDeputy(name(now.memberId), name(now.onBehalfOf)) : name(unit.head) };
  });
  const escalation = kind === 'escalation';
  const compileDeadline = formatDate(cycle.compileDeadline < deadline ? deadline : cycle.compileDeadline);
  const delegated = !escalation && acting.actingForChief ? s.actingForChief(acting.actingForChief) : '';
  return renderCard('escalation', {
    title: escalation ? s.escalationTitle(cycle.label) : s.chiefSummaryTitle(cycle.label),
    intro: [escalation ? s.escalationIntro(rows.length, formatDate(deadline)) : s.chiefSummaryIntro(rows.length, compileDeadline), delegated].filter(Boolean).join(' '),
    facts: [{ label: s.facts.deadline, value: formatDate(deadline) }],
    columns: s.columns,
    rows,
    footer: escalation ? s.escalationFooter : '',
  });
}
