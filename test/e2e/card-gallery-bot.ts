/**
 * A throwaway test-only bot for the card gallery: it answers every activity with 200 and replies to
 * a message whose text is a card name with that card, posted to the Playground's mock Bot Connector
 * exactly as a real bot reply is. No SDK, no auth (the Playground runs anonymous).
 */
import http from 'node:http';
import { Buffer } from 'node:buffer';
import { PlaygroundHarnessError } from './playground-harness.ts';

/** The running stub bot. */
export interface CardGalleryBot {
  /** Messaging endpoint to point the Playground at. */
  url: string;
  /** Replies that could not be posted (the test fails on any). */
  problems: string[];
  close(): Promise<void>;
}

interface IncomingActivity {
  type?: string;
  id?: string;
  text?: string;
  serviceUrl?: string;
  conversation?: { id?: string };
  from?: unknown;
  recipient?: unknown;
}

/** Starts the stub on a free loopback port; `cards` maps a message text to the card sent back. */
export async function startCardGalleryBot(cards: ReadonlyMap<string, Record<string, unknown>>): Promise<CardGalleryBot> {
  const problems: string[] = [];
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{}');
      const body = Buffer.concat(chunks).toString('utf8');
      // The Playground probes the endpoint (wait-on) before posting activities; a probe has no body.
      if (req.method !== 'POST' || body.length === 0) return;
      let activity: IncomingActivity;
      try {
        activity = JSON.parse(body) as IncomingActivity;
      } catch (error) {
        problems.push(`request body is not JSON: ${String(error)}`);
        return;
      }
      const card = activity.type === 'message' ? cards.get((activity.text ?? '').trim()) : undefined;
      if (card) void reply(activity, card).catch((error: unknown) => problems.push(`reply with card "${activity.text}" failed: ${String(error)}`));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address !== 'object') throw new PlaygroundHarnessError('card gallery bot got no port');
  return {
    url: `http://127.0.0.1:${address.port}/api/messages`,
    problems,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function reply(activity: IncomingActivity, card: Record<string, unknown>): Promise<void> {
  const conversationId = activity.conversation?.id;
  if (!activity.serviceUrl || !conversationId || !activity.id) throw new PlaygroundHarnessError('message without serviceUrl, conversation or id');
  const url = `${activity.serviceUrl.replace(/\/+$/, '')}/v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(activity.id)}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      from: activity.recipient,
      recipient: activity.from,
      conversation: activity.conversation,
      replyToId: activity.id,
      attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
    }),
  });
  if (!response.ok) throw new PlaygroundHarnessError(`mock connector answered ${response.status}: ${await response.text()}`);
}
