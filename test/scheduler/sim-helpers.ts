import { atLocal, addDays } from '../../src/domain/calendar/index.ts';
import { conversationOf } from '../helpers/activities.ts';
import { FakeConnector, type ConnectorCall } from '../helpers/fake-connector.ts';
import type { TestBot } from '../helpers/test-bot.ts';

/** A mutable clock the TestBot reads through `now: () => clock.now`. */
export class SimClock {
  constructor(public now: Date) {}
  set(date: string, time: string): Date {
    this.now = atLocal(date, time);
    return this.now;
  }
}

export const UNITS = ['tong-hop', 'kinh-te', 'van-xa', 'kiem-soat-tthc', 'du-an', 'do-thi', 'noi-chinh-phap-che', 'tiep-cong-dan', 'hanh-chinh-to-chuc', 'quan-tri-tai-vu', 'trung-tam-tin-hoc', 'trung-tam-cong-bao'];
export const OFFICERS = ['truong-ban', 'pho-truong-ban', 'thuong-truc', 'thu-ky'];

/** Heads of every unit plus the committee officers. */
export function everyone(t: TestBot): string[] {
  return [...new Set([...OFFICERS, ...UNITS.map((u) => t.bot.app.roster.unit(u)!.head)])];
}

/** What a proactive message is, from its text. */
export function kindOf(call: ConnectorCall): string {
  const text = FakeConnector.textOf(call);
  // Plan task deadlines ride the same ladder (the shipped illustrative 2026 plan has tasks due in Q4).
  if (text.includes('Nhắc nhiệm vụ Kế hoạch CCHC')) return 'plan-reminder';
  if (text.includes('trong Kế hoạch CCHC đã quá hạn')) return 'plan-escalation';
  if (text.includes('Nhắc hạn nộp báo cáo CCHC')) return 'reminder';
  if (text.includes('Đơn vị chưa nộp báo cáo —')) return 'escalation';
  if (text.includes('đơn vị còn thiếu')) return 'chief-summary';
  if (text.includes('"verb":"report.submit"')) return 'form';
  if (text.includes('Xem trước báo cáo tổng hợp')) return 'preview';
  if (text.includes('tự động mở kỳ báo cáo')) return 'auto-opened';
  if (text.includes('chưa có lịch họp')) return 'meeting-nudge';
  if (text.includes('không gửi được một số tin')) return 'failure-report';
  if (text.includes('Tổng hợp thành phần')) return 'meeting-digest';
  if (text.includes('Hạn gửi báo cáo CCHC')) return 'sending-reminder';
  if (text.includes('Đã gửi') && text.includes('đơn vị')) return 'progress';
  return 'other';
}

/** Records every message the bot posts, labelled with the simulated time and the recipient's member id. */
export class MessageLog {
  #seen = 0;
  readonly entries: Array<{ at: string; member: string; kind: string; text: string }> = [];

  constructor(private readonly t: TestBot) {}

  /** Picks up the calls made since the last collect, stamped with `at`. */
  collect(at: string): void {
    const byConversation = new Map(everyone(this.t).map((m) => [conversationOf(this.t.user(m)), m]));
    const calls = this.t.connector.calls;
    for (; this.#seen < calls.length; this.#seen++) {
      const call = calls[this.#seen]!;
      if (call.method === 'PUT') continue;
      this.entries.push({ at, member: byConversation.get(call.conversationId) ?? call.conversationId, kind: kindOf(call), text: FakeConnector.textOf(call) });
    }
  }

  /** "date member" lines of one kind, in order. */
  lines(kind: string): string[] {
    return this.entries.filter((e) => e.kind === kind).map((e) => `${e.at} ${e.member}`);
  }

  /** Skips what was sent so far (e.g. welcome messages). */
  skip(): void {
    this.#seen = this.t.connector.calls.length;
  }
}

/** Every date from `from` to `to` inclusive. */
export function* days(from: string, to: string): Generator<string> {
  for (let d = from; d <= to; d = addDays(d, 1)) yield d;
}

/** Submits a unit's report through the card verb, as its head. */
export async function submit(t: TestBot, unitId: string, cycleId = '2026-q4'): Promise<void> {
  const unit = t.bot.app.roster.unit(unitId)!;
  const res = await t.click(t.user(unit.head), 'report.submit', { cycleId, unitId, [`area_${unit.parAreas[0]}`]: `Kết quả của ${unitId}` });
  if (!JSON.stringify(res.value).includes('Đã nhận báo cáo CCHC')) throw new Error(`submission of ${unitId} refused: ${JSON.stringify(res.value).slice(0, 300)}`);
}

/** Heads (or acting members) of units, as the reminder recipients. */
export function headsOf(t: TestBot, units: string[]): string[] {
  return units.map((u) => t.bot.app.roster.unit(u)!.head);
}
