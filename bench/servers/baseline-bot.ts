/**
 * The yardsticks for submission latency: a minimal Microsoft 365 Agents SDK bot (CloudAdapter +
 * express, the SDK's JWT middleware in anonymous mode) that answers every Action.Execute invoke
 * with the same static card. With BENCH_FLOOR it is also the floor of a durable acknowledgement:
 * before answering it stores the submission the cheapest durable way and nothing else —
 * `file`: one JSON file per submission in BENCH_FLOOR_DIR, written, fsynced, and its directory
 * fsynced (a new file's name is durable only then); `postgres`: one INSERT, committed (autocommit,
 * synchronous commit) on DATABASE_URL. Started as a child process by bench/submissions.ts.
 */
import express from 'express';
import { createServer } from 'node:http';
import type { Activity } from '@microsoft/agents-activity';
import { authorizeJWT, CloudAdapter, type AuthConfiguration, type Request as AgentsRequest } from '@microsoft/agents-hosting';
import { serveUntilStopped } from '../lib/child.ts';
import { durableFloor } from '../lib/durable-floor.ts';

const auth = {} as AuthConfiguration;
const adapter = new CloudAdapter(auth);
const STATIC_CARD = {
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body: [
    { type: 'TextBlock', text: '✅ Đã nhận báo cáo CCHC — Quý IV/2026', weight: 'Bolder', size: 'Medium', wrap: true, style: 'heading', color: 'Good' },
    { type: 'FactSet', facts: [{ title: 'Phiên bản', value: '1' }, { title: 'Thời hạn', value: 'Đúng hạn' }] },
  ],
};

const floor = await durableFloor(process.env);
const app = express();
app.post('/api/messages', authorizeJWT(auth) as unknown as express.RequestHandler, express.json({ limit: 256 * 1024 }), async (req, res) => {
  await adapter.process(req as unknown as AgentsRequest, res as never, async (context) => {
    if (context.activity.type !== 'invoke') return;
    const data = (context.activity.value as { action?: { data?: { unitId?: string } } } | undefined)?.action?.data;
    if (floor) await floor.store(String(data?.unitId ?? context.activity.id), JSON.stringify(data ?? {}));
    const body = { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: STATIC_CARD };
    await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } } as Activity);
  });
});
const server = createServer(app);
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  serveUntilStopped(`http://127.0.0.1:${port}/api/messages`, async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await floor?.close();
  });
});
