import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import type { ChannelAddress, ChannelPost } from '../features/ports.ts';
import { toActivity } from './to-activity.ts';

/**
 * The reference of the committee channel, or of one thread in it: Teams addresses a reply to a post
 * as "<channel id>;messageid=<post id>", and a new post (or an edit) to the channel id itself.
 */
export function channelReference(channel: ChannelAddress, inThreadOf?: string): ConversationReference {
  const id = inThreadOf ? `${channel.conversationId};messageid=${inThreadOf}` : channel.conversationId;
  return {
    channelId: 'msteams',
    serviceUrl: channel.serviceUrl,
    conversation: { id, conversationType: 'channel', tenantId: channel.tenantId, isGroup: true } as ConversationReference['conversation'],
    agent: { id: channel.botId, name: channel.botName },
  } as ConversationReference;
}

/** A channel post as an activity, with a Teams mention entity for each person its text names as `<at>name</at>`. */
export function channelActivity(post: ChannelPost): Activity {
  const activity = toActivity(post.reply);
  if (post.mentions?.length) {
    activity.entities = post.mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: { id: m.id, name: m.name } }));
  }
  return activity;
}
