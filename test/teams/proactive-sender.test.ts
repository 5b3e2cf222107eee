// Tests src/teams/proactive-sender.ts with a fake adapter whose sendActivity follows a script, a
// recording limiter and a recording sleep: outcomes, attempts and chosen delays, no waiting.
import type { CloudAdapter } from '@microsoft/agents-hosting';
import { expect } from 'chai';
import { createLogger } from '../../src/logging/logger.ts';
import { ConversationRefs } from '../../src/store/conversation-refs.ts';
import { MemoryStore } from '../../src/store/memory-store.ts';
import { ProactiveSender, type ProactiveSenderOptions } from '../../src/teams/proactive-sender.ts';
import type { RateLimiter } from '../../src/teams/rate-limiter.ts';

/** One scripted answer of the connector: an activity id, an HTTP error, a socket error, or no answer at all. */
type Step = { id: string } | { status: number; retryAfter?: string } | { socket: string } | 'hang';

function httpError(status: number, retryAfter?: string): Error {
  return Object.assign(new Error(`HTTP ${status}`), { response: { status, headers: retryAfter ? { 'retry-after': retryAfter } : {} } });
}

async function createSender(script: Step[], options: ProactiveSenderOptions = {}) {
  const calls: Array<{ kind: 'send' | 'update' | 'post'; conversationId: string; activity: Record<string, unknown> }> = [];
  const acquired: string[] = [];
  const slept: number[] = [];
  const answer = (): Promise<{ id: string }> => {
    const step = script.shift() ?? { id: 'unscripted' };
    if (step === 'hang') return new Promise(() => {});
    if ('id' in step) return Promise.resolve(step);
    if ('socket' in step) return Promise.reject(Object.assign(new Error('socket hang up'), { code: step.socket }));
    return Promise.reject(httpError(step.status, step.retryAfter));
  };
  const adapter = {
    async continueConversation(_identity: unknown, ref: { conversation: { id: string } }, logic: (context: unknown) => Promise<void>) {
      const conversationId = ref.conversation.id;
      // A new channel post goes straight to the connector client (POST …/activities, no reply-to id).
      const client = {
        sendToConversation: (id: string, activity: Record<string, unknown>) => {
          calls.push({ kind: 'post', conversationId: id, activity });
          return answer();
        },
      };
      await logic({
        adapter: { ConnectorClientKey: 'connector' },
        turnState: new Map([['connector', client]]),
        activity: { conversation: { id: conversationId } },
        sendActivity: (activity: Record<string, unknown>) => {
          calls.push({ kind: 'send', conversationId, activity });
          return answer();
        },
        updateActivity: (activity: Record<string, unknown>) => {
          calls.push({ kind: 'update', conversationId, activity });
          return answer();
        },
      });
    },
  } as unknown as CloudAdapter;
  const limiter = { acquire: async (id: string) => void acquired.push(id) } as unknown as RateLimiter;
  const refs = new ConversationRefs(new MemoryStore());
  await refs.save({
    memberId: 'truong-van-xa',
    serviceUrl: 'http://127.0.0.1:1/',
    channelId: 'msteams',
    tenantId: 'tenant',
    conversationId: 'conv-van-xa',
    userId: '29:van-xa',
    botId: '28:bot',
    locale: 'vi',
    updatedAt: '2026-12-01T00:00:00.000Z',
  });
  const sender = new ProactiveSender(adapter, 'app-id', refs, limiter, createLogger('silent'), {
    retry: { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 60_000 },
    sleep: async (ms) => void slept.push(ms),
    ...options,
  });
  return { sender, calls, acquired, slept };
}

const TEXT = { type: 'text', text: 'Kính gửi Anh/Chị' } as const;

describe('ProactiveSender (fake adapter, no waiting)', () => {
  it('delivers once and returns the activity and conversation ids; every attempt goes through the limiter', async () => {
    const t = await createSender([{ id: 'act-1' }]);
    expect(await t.sender.send('truong-van-xa', TEXT)).to.deep.equal({ ok: true, activityId: 'act-1', conversationId: 'conv-van-xa' });
    expect(t.calls).to.have.length(1);
    expect(t.calls[0]!.activity.text).to.equal('Kính gửi Anh/Chị');
    expect(t.acquired).to.deep.equal(['conv-van-xa']);
  });

  it('says "no-reference" for a member who never opened a chat, without calling the connector', async () => {
    const t = await createSender([]);
    const outcome = await t.sender.send('truong-kinh-te', TEXT);
    expect(outcome).to.include({ ok: false, reason: 'no-reference' });
    expect(t.calls).to.deep.equal([]);
    expect(t.acquired).to.deep.equal([]);
  });

  it('waits out Retry-After on 429 and delivers exactly once', async () => {
    const t = await createSender([{ status: 429, retryAfter: '3' }, { id: 'act-2' }]);
    expect(await t.sender.send('truong-van-xa', TEXT)).to.include({ ok: true, activityId: 'act-2' });
    expect(t.slept).to.deep.equal([3000]);
    expect(t.acquired).to.deep.equal(['conv-van-xa', 'conv-van-xa']);
  });

  it('retries gateway errors and socket failures with backoff', async () => {
    const t = await createSender([{ status: 503 }, { socket: 'ECONNRESET' }, { status: 502 }, { id: 'act-3' }]);
    expect(await t.sender.send('truong-van-xa', TEXT)).to.include({ ok: true, activityId: 'act-3' });
    expect(t.calls).to.have.length(4);
    expect(t.slept).to.have.length(3);
    t.slept.forEach((ms, attempt) => expect(ms, `delay ${attempt}`).to.be.within(250 * 2 ** attempt, 500 * 2 ** attempt));
  });

  it('treats a connector that does not answer in time as a network failure and retries it', async () => {
    const t = await createSender(['hang', { id: 'act-4' }], { timeoutMs: 5 });
    expect(await t.sender.send('truong-van-xa', TEXT)).to.include({ ok: true, activityId: 'act-4' });
    expect(t.calls).to.have.length(2);
  });

  it('reports "blocked" on 403 at once (the member blocked the bot), without retrying', async () => {
    const t = await createSender([{ status: 403 }]);
    const outcome = await t.sender.send('truong-van-xa', TEXT);
    expect(outcome).to.include({ ok: false, reason: 'blocked' });
    expect(t.calls).to.have.length(1);
    expect(t.slept).to.deep.equal([]);
  });

  it('gives up with "failed" on a non-transient error, and after maxAttempts on endless 429s', async () => {
    const refused = await createSender([{ status: 400 }]);
    expect(await refused.sender.send('truong-van-xa', TEXT)).to.include({ ok: false, reason: 'failed' });
    expect(refused.calls).to.have.length(1);

    const throttled = await createSender(Array.from({ length: 10 }, () => ({ status: 429, retryAfter: '1' })));
    const outcome = await throttled.sender.send('truong-van-xa', TEXT);
    expect(outcome).to.include({ ok: false, reason: 'failed' });
    expect(throttled.calls).to.have.length(4);
    expect(throttled.slept).to.deep.equal([1000, 1000, 1000]);
  });

  it('updates an earlier message in place: same activity id, same conversation', async () => {
    const t = await createSender([{ id: 'ignored' }]);
    const outcome = await t.sender.update('truong-van-xa', 'act-9', { type: 'card', card: { type: 'AdaptiveCard', version: '1.5', body: [] } });
    expect(outcome).to.deep.equal({ ok: true, activityId: 'act-9', conversationId: 'conv-van-xa' });
    expect(t.calls[0]!.kind).to.equal('update');
    expect(t.calls[0]!.activity).to.include({ id: 'act-9' });
    expect(t.calls[0]!.activity.conversation).to.deep.equal({ id: 'conv-van-xa' });
  });

  it('posts in the committee channel through the same limiter and retries, with mention entities, in a thread when asked', async () => {
    const t = await createSender([{ status: 429, retryAfter: '2' }, { id: 'act-20' }, { id: 'act-21' }, { id: 'act-20' }]);
    const channel = { serviceUrl: 'http://127.0.0.1:1/', conversationId: '19:kenh@thread.tacv2', tenantId: 'tenant', botId: '28:bot' };
    expect(await t.sender.post(channel, { reply: TEXT })).to.deep.equal({ ok: true, activityId: 'act-20', conversationId: '19:kenh@thread.tacv2' });
    expect(t.slept).to.deep.equal([2000]);
    const mention = { reply: { type: 'text', text: '<at>Phạm Văn Xã</at> — Phòng Văn xã' } as const, mentions: [{ id: '29:van-xa', name: 'Phạm Văn Xã' }], inThreadOf: 'act-20' };
    expect(await t.sender.post(channel, mention)).to.include({ ok: true, activityId: 'act-21' });
    expect(await t.sender.replace(channel, 'act-20', { reply: TEXT })).to.include({ ok: true, activityId: 'act-20' });
    // Every attempt counts in the channel's own windows (and the app-wide budget behind the limiter).
    expect(t.acquired).to.deep.equal(['19:kenh@thread.tacv2', '19:kenh@thread.tacv2', '19:kenh@thread.tacv2', '19:kenh@thread.tacv2']);
    expect(t.calls.map((c) => [c.kind, c.conversationId])).to.deep.equal([
      ['post', '19:kenh@thread.tacv2'],
      ['post', '19:kenh@thread.tacv2'],
      ['post', '19:kenh@thread.tacv2;messageid=act-20'],
      ['update', '19:kenh@thread.tacv2'],
    ]);
    expect(t.calls[0]!.activity.replyToId).to.equal(undefined);
    expect(t.calls[2]!.activity.entities).to.deep.equal([{ type: 'mention', text: '<at>Phạm Văn Xã</at>', mentioned: { id: '29:van-xa', name: 'Phạm Văn Xã' } }]);
  });
});
