import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';
const CARD_RESPONSE = 'application/vnd.microsoft.card.adaptive';

/**
 * Answers a card action with a short message: a verb's message result, and the turns no verb reaches (an
 * unknown verb, a refusal raised in an earlier step, an error) so Teams still shows the user why.
 */
export async function sendInvokeMessage(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE, value: text } } } as Activity);
}

/** Answers a card action with the card that replaces the clicked one (what the SDK's actionExecute sends for a returned card). */
export async function sendInvokeCard(context: TurnContext, card: unknown): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: CARD_RESPONSE, value: card } } } as Activity);
}
