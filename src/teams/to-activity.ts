import { MessageFactory, CardFactory } from '@microsoft/agents-hosting';
import type { Activity } from '@microsoft/agents-activity';
import type { Reply } from '../features/ports.ts';

/** Turns a feature reply into a Bot Framework activity. */
export function toActivity(reply: Reply): Activity {
  if (reply.type === 'text') return MessageFactory.text(reply.text);
  return MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) as Activity;
}
