import type { Activity } from '@microsoft/agents-activity';
import type { TurnConversation } from '../features/turn.ts';

interface TeamsChannelData {
  tenant?: { id?: string };
  team?: { id?: string; name?: string };
  channel?: { id?: string; name?: string };
}

/** The activity's conversation as plain data for the features (which never see the SDK's types). */
export function turnConversation(activity: Activity): TurnConversation | undefined {
  const conversation = activity.conversation;
  if (!conversation?.id || !activity.serviceUrl) return undefined;
  const data = (activity.channelData ?? {}) as TeamsChannelData;
  const kind = conversation.conversationType;
  const type = kind === 'channel' ? 'channel' : kind === 'groupChat' ? 'groupChat' : 'personal';
  // A message in a channel thread carries "<channel id>;messageid=<root>": the channel itself is the part before.
  const id = type === 'channel' ? (data.channel?.id ?? conversation.id.split(';')[0]!) : conversation.id;
  return {
    type,
    id,
    serviceUrl: activity.serviceUrl,
    tenantId: data.tenant?.id ?? conversation.tenantId,
    botId: activity.recipient?.id ?? '',
    botName: activity.recipient?.name,
    teamId: data.team?.id,
    teamName: data.team?.name,
    channelName: data.channel?.name,
  };
}
