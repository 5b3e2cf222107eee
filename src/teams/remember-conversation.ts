import type { TurnContext } from '@microsoft/agents-hosting';
import type { AppServices } from '../features/app-services.ts';
import type { Caller } from '../features/turn.ts';

/** Stores the member's 1:1 conversation reference so the bot can write to them later; true when it is their first. */
export async function rememberConversation(context: TurnContext, caller: Caller, app: AppServices): Promise<boolean> {
  const a = context.activity;
  const conversationType = a.conversation?.conversationType;
  if (!caller.member || !a.serviceUrl || !a.conversation?.id || (conversationType && conversationType !== 'personal')) return false;
  const channelData = a.channelData as { tenant?: { id?: string } } | undefined;
  return app.refs.save({
    memberId: caller.member.id,
    serviceUrl: a.serviceUrl,
    channelId: a.channelId ?? 'msteams',
    tenantId: channelData?.tenant?.id ?? a.conversation.tenantId,
    conversationId: a.conversation.id,
    userId: caller.userId,
    aadObjectId: caller.aadObjectId,
    botId: a.recipient?.id ?? '',
    botName: a.recipient?.name,
    // The client's language, not the turn's: localeOf decides from it with the member's choice and the policy.
    locale: caller.clientLocale ?? caller.locale,
    updatedAt: app.clock().toISOString(),
  });
}
