import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { readConfig, type Config } from '../../src/config.ts';
import { startBot, type BotOverrides, type RunningBot } from '../../src/create-bot.ts';
import { createLogger } from '../../src/logging/logger.ts';
import type { Member } from '../../src/domain/committee/committee.ts';
import { createFileMessage, createInstall, createInvoke, createMessage, createUser, type TeamsUser } from './activities.ts';
import { FakeConnector } from './fake-connector.ts';
import { FakeGraph } from './fake-graph.ts';

export interface TestBotOptions {
  env?: Record<string, string>;
  /** Use Microsoft Graph (the fake) instead of the local outbox. */
  withGraph?: boolean;
  now?: () => Date;
  overrides?: BotOverrides;
  dataDir?: string;
}

/** A started bot wired to a fake Bot Connector and (optionally) a fake Graph, all on loopback. */
export class TestBot {
  readonly logLines: string[] = [];
  bot!: RunningBot;
  config!: Config;
  connector = new FakeConnector();
  graph = new FakeGraph();
  dataDir = '';
  #ownDataDir = false;

  static async start(options: TestBotOptions = {}): Promise<TestBot> {
    const t = new TestBot();
    await t.connector.start();
    await t.graph.start();
    t.#ownDataDir = !options.dataDir;
    t.dataDir = options.dataDir ?? (await mkdtemp(path.join(os.tmpdir(), 'cchc-test-')));
    const env: Record<string, string> = { DATA_DIR: t.dataDir, PORT: '0', SCHEDULER_CRON: '', LOG_LEVEL: 'debug', ...options.env };
    if (options.withGraph) {
      Object.assign(env, { GRAPH_CLIENT_ID: 'graph-app', GRAPH_CLIENT_SECRET: 'graph-secret-value', GRAPH_TENANT_ID: 'tenant-demo', MAIL_SENDER: 'thuongtruc@vanphong.example.gov.vn', GRAPH_BASE_URL: t.graph.url });
    }
    t.config = readConfig(env);
    const sink = new Writable({
      write: (chunk, _enc, done) => {
        t.logLines.push(...String(chunk).split('\n').filter(Boolean));
        done();
      },
    });
    t.bot = await startBot(t.config, {
      logger: createLogger('debug', sink),
      clock: options.now,
      graphTokens: t.graph.tokenProvider(),
      ...options.overrides,
    });
    return t;
  }

  /** The Teams user of a roster member (ids derived from their Entra object id). */
  user(memberId: string, locale = 'vi-VN'): TeamsUser {
    const member: Member | undefined = this.bot.app.roster.member(memberId);
    if (!member) throw new Error(`no member ${memberId}`);
    return createUser({ aadObjectId: member.aadObjectId, name: member.name, locale });
  }

  async post(activity: Record<string, unknown>): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : undefined };
  }

  say(user: TeamsUser, text: string) {
    return this.post(createMessage(user, text, this.connector.url));
  }

  /** Sends a file in the user's 1:1 chat; the fake connector serves it at the attachment's downloadUrl. */
  sendFile(user: TeamsUser, name: string, content: Buffer) {
    const key = `${this.connector.files.size + 1}-${encodeURIComponent(name)}`;
    this.connector.files.set(key, content);
    return this.post(createFileMessage(user, { name, downloadUrl: `${this.connector.url}files/${encodeURIComponent(key)}` }, this.connector.url));
  }

  install(user: TeamsUser) {
    return this.post(createInstall(user, this.connector.url));
  }

  /** Clicks an Action.Execute button; returns the invoke response body (card or message). */
  async click(user: TeamsUser, verb: string, data: Record<string, unknown>): Promise<{ status: number; type?: string; value?: unknown }> {
    const { status, body } = await this.post(createInvoke(user, verb, data, this.connector.url));
    const b = (body ?? {}) as { type?: string; value?: unknown };
    return { status, type: b.type, value: b.value };
  }

  async stop(): Promise<void> {
    await this.bot.stop();
    await this.connector.stop();
    await this.graph.stop();
    if (this.#ownDataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}
