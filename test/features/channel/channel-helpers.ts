import { createInvoke, createMessage, type TeamsUser } from '../../helpers/activities.ts';
import type { TestBot } from '../../helpers/test-bot.ts';

/** The committee channel of the tests, as Teams names it. */
export const CHANNEL_ID = '19:ban-chi-dao-cchc@thread.tacv2';
/** The conversation of a channel message: the thread the user wrote in. */
export const CHANNEL_CONVERSATION = { id: `${CHANNEL_ID};messageid=1764550000000`, conversationType: 'channel', tenantId: 'tenant-demo', isGroup: true };
export const CHANNEL_DATA = { tenant: { id: 'tenant-demo' }, team: { id: '19:team-cchc@thread.tacv2', name: 'Ban Chỉ đạo CCHC' }, channel: { id: CHANNEL_ID, name: 'Chung' } };

/** Text as it appears inside a JSON body (quotes escaped). */
export const inJson = (text: string) => JSON.stringify(text).slice(1, -1);

/** A message in the committee channel that @mentions the bot. */
export function inChannel(t: TestBot, user: TeamsUser, text: string) {
  return t.post(
    createMessage(user, `<at>CCHC Bot</at> ${text}`, t.connector.url, {
      conversation: CHANNEL_CONVERSATION,
      channelData: CHANNEL_DATA,
      entities: [{ type: 'mention', text: '<at>CCHC Bot</at>', mentioned: { id: '28:cchc-bot', name: 'CCHC Bot' } }],
    }),
  );
}

/** Teams' automatic refresh of a channel card for one of its userIds (Universal Actions). */
export async function refreshInChannel(t: TestBot, user: TeamsUser, verb: string, data: Record<string, unknown>) {
  const { status, body } = await t.post(createInvoke(user, verb, data, t.connector.url, { conversation: CHANNEL_CONVERSATION, channelData: CHANNEL_DATA, value: { action: { type: 'Action.Execute', verb, data }, trigger: 'automatic' } }));
  return { status, ...(body as { statusCode: number; type: string; value: Record<string, unknown> }) };
}

/** Every Bot Connector call to the channel itself (new posts and edits; replies in threads have their own id). */
export const toChannel = (t: TestBot) => t.connector.calls.filter((c) => c.conversationId === CHANNEL_ID);
