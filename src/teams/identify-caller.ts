import type { TurnContext } from '@microsoft/agents-hosting';
import type { Member } from '../domain/committee/committee.ts';
import type { AppServices } from '../features/app-services.ts';
import type { Caller } from '../features/turn.ts';
import { toLocale } from '../i18n/locale.ts';

/** The user's Teams locale: the activity's, else the clientInfo entity's. */
export function activityLocale(context: TurnContext): string | undefined {
  const activity = context.activity;
  if (activity.locale) return activity.locale;
  const clientInfo = activity.entities?.find((e) => e.type === 'clientInfo') as { locale?: string } | undefined;
  return clientInfo?.locale;
}

/**
 * Finds the roster member behind an activity: by Entra object id, by an id learned earlier, or
 * by the email/UPN Teams reports for the user (then the object id is remembered).
 */
export async function identifyCaller(context: TurnContext, app: AppServices): Promise<Caller> {
  const from = context.activity.from;
  const aadObjectId = from?.aadObjectId?.toLowerCase();
  const clientLocale = toLocale(activityLocale(context));
  // The turn's language is the language step's decision; the client's is kept for it and for proactive messages.
  const caller: Caller = { userId: from?.id ?? '', aadObjectId, name: from?.name, locale: clientLocale, clientLocale };
  let member: Member | undefined = aadObjectId ? app.roster.byAadObjectId(aadObjectId) : undefined;
  if (!member && aadObjectId) {
    const linked = await app.refs.linkedMember(aadObjectId);
    member = linked ? app.roster.member(linked) : undefined;
  }
  if (!member && from?.id && context.activity.conversation?.id) {
    const email = await lookUpEmail(context, from.id, app);
    const byEmail = email ? app.roster.byEmail(email) : undefined;
    if (byEmail && aadObjectId && (!byEmail.aadObjectId || byEmail.aadObjectId === aadObjectId)) {
      await app.refs.link(aadObjectId, byEmail.id);
      member = byEmail;
    }
  }
  caller.member = member;
  return caller;
}

/** Asks the Bot Connector for the user's email/UPN (Teams returns them for conversation members). */
async function lookUpEmail(context: TurnContext, userId: string, app: AppServices): Promise<string | undefined> {
  const client = context.turnState.get(context.adapter.ConnectorClientKey) as
    | { getConversationMember(userId: string, conversationId: string): Promise<{ email?: string; userPrincipalName?: string; properties?: { email?: string } }> }
    | undefined;
  if (!client) return undefined;
  try {
    const account = await client.getConversationMember(userId, context.activity.conversation!.id);
    return account.email ?? account.userPrincipalName ?? account.properties?.email;
  } catch (error) {
    // The user stays a guest for this turn; the next message tries again.
    app.logger.warn({ err: error, activityId: context.activity.id }, 'could not look up the member email from the Bot Connector');
    return undefined;
  }
}
