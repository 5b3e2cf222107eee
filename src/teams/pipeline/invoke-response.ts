import type { Activity } from '@microsoft/agents-activity';
import type { TurnContext } from '@microsoft/agents-hosting';

const MESSAGE_RESPONSE = 'application/vnd.microsoft.activity.message';

/**
 * Answers a card action with a short message. The SDK's actionExecute sends the response for
 * handlers that return; this is for the turns it never reaches (an unknown verb, a refusal raised
 * in an earlier step, an error) so Teams still shows the user why.
 */
export async function sendInvokeMessage(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body: { statusCode: 200, type: MESSAGE_RESPONSE, value: text } } } as Activity);
}
