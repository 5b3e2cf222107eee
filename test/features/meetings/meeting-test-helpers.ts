import type { Meeting } from '../../../src/domain/meetings/index.ts';
import { conversationOf, type TeamsUser } from '../../helpers/activities.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import type { TestBot } from '../../helpers/test-bot.ts';

// Friday 20/11/2026 09:00 in Hà Nội.
export const NOW = new Date('2026-11-20T02:00:00Z');
export const LINE = 'họp 04/12/2026 9:00 90 phút tại Phòng họp 2: Đánh giá kết quả CCHC quý IV; Kế hoạch năm 2027';

/** Every message the bot sent into a user's chat, as JSON text. */
export function textsTo(t: TestBot, user: TeamsUser): string[] {
  return t.connector.messagesTo(conversationOf(user)).map((c) => FakeConnector.textOf(c));
}

/** The last message the bot sent into a user's chat ('' when none). */
export function lastText(t: TestBot, user: TeamsUser): string {
  return textsTo(t, user).at(-1) ?? '';
}

/** Every stored meeting. */
export async function storedMeetings(t: TestBot): Promise<Meeting[]> {
  const ids = await t.bot.app.store.list('meetings');
  const docs = await Promise.all(ids.map((id) => t.bot.app.store.get<Meeting>('meetings', id)));
  return docs.filter((m): m is Meeting => m !== undefined);
}

/** The stored meeting held on a date (yyyy-mm-dd); throws when there is not exactly one. */
export async function meetingOn(t: TestBot, date: string): Promise<Meeting> {
  const found = (await storedMeetings(t)).filter((m) => m.date === date);
  if (found.length !== 1) throw new Error(`expected one meeting on ${date}, found ${found.length}`);
  return found[0]!;
}
