import { expect } from 'chai';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createMessage } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { configSecrets, createLogger } from '../../src/logging/logger.ts';
import { BotProcess } from './helpers/bot-process.ts';
import { CycleDriver } from './helpers/cycle-driver.ts';
import { forgedToken, PRODUCTION_SECRET, productionEnv } from './helpers/production.ts';
import { rosterUser } from './helpers/roster-users.ts';
import { FakeGraph } from '../helpers/fake-graph.ts';

const GRAPH_SECRET = 'graph-secret-value';

function assertClean(lines: string[], secrets: string[]): void {
  expect(lines.length).to.be.greaterThan(0);
  for (const line of lines) {
    for (const secret of secrets) expect(line, 'a log line leaks a secret').to.not.include(secret);
    expect(line).to.not.match(/Bearer\s+(?!\[redacted\])\S/i);
    expect(line).to.not.match(/eyJ[A-Za-z0-9_-]{5,}\.eyJ/);
  }
}

describe('promise 7 — secrets never reach the logs', function () {
  this.timeout(60_000);

  it('child process in production: refused tokens, the client secret and Authorization headers never appear on stdout', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-secrets-'));
    const connector = new FakeConnector();
    await connector.start();
    const bot = await BotProcess.start({ dataDir, env: productionEnv() });
    const token = forgedToken({ aud: 'some-other-bot', iss: 'https://api.botframework.com' });
    try {
      const activity = createMessage(rosterUser('thuong-truc'), 'tình hình', connector.url);
      await bot.post(activity, { authorization: `Bearer ${token}` });
      await bot.post(activity, { authorization: 'Bearer abc.def.ghi' });
      await bot.post(undefined, { authorization: `Bearer ${token}` }, '{"broken":');
    } finally {
      expect((await bot.kill('SIGTERM')).code).to.equal(0);
      await connector.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
    expect(bot.logs().every((l) => l.app === 'cchc-bot'), 'structured JSON lines').to.equal(true);
    assertClean([...bot.stdout, ...bot.stderr], [PRODUCTION_SECRET, token, token.split('.')[2]!]);
  });

  it('local child: every turn is logged as JSON with its activity id', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-rel-actid-'));
    const connector = new FakeConnector();
    await connector.start();
    const bot = await BotProcess.start({ dataDir });
    try {
      const d = new CycleDriver(bot, connector);
      const id = 'act-trace-0001';
      await d.say('thuong-truc', 'tôi là ai', id);
      await d.until(() => bot.logs().some((l) => l.msg === 'activity received' && l.activityId === id), 'the turn log line');
      const line = bot.logs().find((l) => l.activityId === id)!;
      expect(line).to.include({ type: 'message', app: 'cchc-bot' });
      expect(JSON.stringify(line)).to.not.include('tôi là ai');
    } finally {
      await bot.kill('SIGTERM');
      await connector.stop();
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('Graph tokens and secrets stay out of the logs through 401 refresh and failures, even inside SDK error objects', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        lines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    const graphConfig = { bot: null, graph: { clientSecret: GRAPH_SECRET } } as unknown as Parameters<typeof configSecrets>[0];
    const logger = createLogger('debug', sink, configSecrets(graphConfig));
    const t = await TestBot.start({ withGraph: true, now: () => new Date('2026-12-01T02:00:00Z'), overrides: { logger } });
    const tokens: string[] = [];
    try {
      t.graph.faultFor = (call) => {
        tokens.push(t.graph.validToken);
        return FakeGraph.isMailWrite(call) ? { status: 503, headers: { 'Retry-After': '0' } } : undefined;
      };
      const mail = { key: 'probe', to: ['a@example.gov.vn'], cc: [], subject: 's', html: 'h', attachments: [] };
      await t.bot.app.mailer.send(mail);
      t.graph.validToken = 'expired-now';
      t.graph.faultFor = () => undefined;
      await t.bot.app.mailer.send({ ...mail, key: 'probe-2' });
      tokens.push(t.graph.validToken);
      // What an SDK HTTP error looks like when logged carelessly: request headers and a message quoting them.
      const sdkError = Object.assign(new Error(`request failed: Authorization: Bearer ${tokens[0]} secret=${GRAPH_SECRET}`), {
        config: { headers: { Authorization: `Bearer ${tokens[0]}` } },
        request: { headers: { authorization: `Bearer ${tokens[0]}` } },
      });
      t.bot.app.logger.error({ err: sdkError, clientSecret: GRAPH_SECRET, headers: { authorization: 'Bearer zzz' } }, 'careless log');
    } finally {
      await t.stop();
    }
    expect(lines.some((l) => l.includes('careless log'))).to.equal(true);
    expect(new Set(tokens).size).to.be.greaterThan(1);
    assertClean(lines, [GRAPH_SECRET, ...new Set(tokens)]);
  });
});
