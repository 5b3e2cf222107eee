import { conversationOf } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import type { TestBot } from '../../helpers/test-bot.ts';

/** One unit's submission in a scripted quarter: who, for which unit, and when (UTC instant). */
export interface ScriptedSubmission {
  unitId: string;
  at: string;
}

/** A quarter to run through the bot: opened, some units submit at given instants, compiled. */
export interface ScriptedQuarter {
  /** "III/2026" */
  quarter: string;
  deadline: string;
  openAt: string;
  submissions: ScriptedSubmission[];
  compileAt: string;
}

/** Card of a connector call (the first Adaptive Card attachment). */
export function cardOf(call: { body: unknown }): { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> } {
  const attachments = (call.body as { attachments?: Array<{ content: unknown }> }).attachments ?? [];
  return attachments[0]?.content as { body: Array<Record<string, unknown>>; actions?: Array<Record<string, unknown>> };
}

/** What the bot last said to a member, as JSON text. */
export function lastTextTo(t: TestBot, memberId: string): string {
  return FakeConnector.textOf(t.connector.messagesTo(conversationOf(t.user(memberId))).at(-1)!);
}

/**
 * Runs a quarter as the standing member would: `mở báo cáo quý …`, unit heads click "Gửi báo cáo"
 * at the scripted times, then `tổng hợp …`. `setNow` moves the bot's clock.
 */
export async function runQuarter(t: TestBot, setNow: (iso: string) => void, q: ScriptedQuarter): Promise<void> {
  const standing = t.user('thuong-truc');
  setNow(q.openAt);
  await t.say(standing, `mở báo cáo quý ${q.quarter} hạn ${q.deadline}`);
  await t.bot.app.tasks.idle();
  const cycleId = (await t.bot.app.cycles.list())[0]!.id;
  for (const s of q.submissions) {
    setNow(s.at);
    const unit = t.bot.app.roster.unit(s.unitId)!;
    const res = await t.click(t.user(unit.head), 'report.submit', { cycleId, unitId: s.unitId, [`area_${unit.parAreas[0]}`]: `Kết quả của ${unit.name}` });
    if (!JSON.stringify(res.value).includes('Đã nhận báo cáo CCHC')) throw new Error(`submission of ${s.unitId} refused: ${JSON.stringify(res.value)}`);
  }
  setNow(q.compileAt);
  await t.say(standing, `tổng hợp ${q.quarter}`);
}
