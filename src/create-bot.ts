import { warmCardTemplating } from './cards/render-card.ts';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Config } from './config.ts';
import { createRoster } from './domain/committee/committee.ts';
import type { AppServices } from './features/app-services.ts';
import { BackgroundTasks } from './features/background-tasks.ts';
import { buildRegistry } from './features/registry.ts';
import { reconcileMeetings } from './features/meetings/complete-meeting.ts';
import { systemClock, type Clock } from './features/clock.ts';
import { DurableMailer } from './graph/durable-mailer.ts';
import { GraphMeetingCalendar } from './graph/calendar-events.ts';
import { GraphApi } from './graph/graph-api.ts';
import { IcsOutboxCalendar } from './graph/ics-outbox-calendar.ts';
import type { MeetingCalendar } from './features/meetings/meeting-calendar.ts';
import { GraphMailTransport } from './graph/graph-mail-transport.ts';
import type { MailTransport } from './graph/mail-transport.ts';
import { MsalTokenProvider } from './graph/msal-token-provider.ts';
import { OutboxTransport } from './graph/outbox-transport.ts';
import type { TokenProvider } from './graph/token-provider.ts';
import { configSecrets, createLogger, type Logger } from './logging/logger.ts';
import { readCommitteeFile } from './store/committee-file.ts';
import { ConversationRefs } from './store/conversation-refs.ts';
import { CycleRepo } from './store/cycle-repo.ts';
import { createRepositories } from './features/repositories.ts';
import { OutboxShelf } from './graph/outbox-shelf.ts';
import { MemberSettings } from './store/member-settings.ts';
import { loadWorkingCalendar } from './store/holidays-file.ts';
import type { DocumentStore } from './store/document-store.ts';
import { coordinationFor } from './store/coordination.ts';
import { openStore } from './store/open-store.ts';
import { createActivityRouter } from './teams/activity-router.ts';
import { createAdapter, proactiveIdentity } from './teams/create-adapter.ts';
import { createHttpApp } from './teams/http-server.ts';
import { createTabRouter } from './tab/create-tab-router.ts';
import type { JWTVerifyGetKey } from 'jose';
import { checkReadiness } from './teams/readiness.ts';
import { readinessChecks } from './teams/readiness-checks.ts';
import { ProactiveSender } from './teams/proactive-sender.ts';
import { RateLimiter } from './teams/rate-limiter.ts';
import { Scheduler } from './scheduler/scheduler.ts';

/** Replaceable parts, for tests and benchmarks; production uses the defaults. */
/**
 * App-wide Bot Connector starts per second for one instance, under Teams' 50/s: evenly spaced starts and a hard
 * cap of this many in any sliding second leave one request of headroom for arrival jitter (measured at N = 3,000 on
 * the Connector double: 0–4 × 429, each retried after Retry-After). Several instances share a lower budget
 * (SHARED_RATE_PER_SECOND in src/store/coordination.ts).
 */
const CONNECTOR_RATE_PER_SECOND = 49;

export interface BotOverrides {
  clock?: Clock;
  logger?: Logger;
  store?: DocumentStore;
  graphTokens?: TokenProvider;
  /** App-wide Bot Connector calls per second (Teams allows 50). */
  connectorRatePerSecond?: number;
  /** Signing keys for the tab's SSO tokens (tests: a local JWKS); default the tenant's Entra JWKS. */
  tabKeys?: JWTVerifyGetKey;
}

export interface RunningBot {
  server: Server;
  url: string;
  app: AppServices;
  /** Reminders and automatic jobs; ticks on config.schedulerCron when set, and tests call scheduler.tick(now). */
  scheduler: Scheduler;
  stop(): Promise<void>;
}

const PACKAGE_VERSION = (JSON.parse(readFileSync(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../package.json'), 'utf8')) as { version: string }).version;


function mailTransport(config: Config, graph: GraphApi | undefined, app: Pick<AppServices, 'roster' | 'clock'>): MailTransport {
  if (config.graph && graph) return new GraphMailTransport(graph, config.graph.senderMailbox, config.graphTimeoutMs);
  const from = app.roster.withRole('standing')[0]?.email ?? 'cchc-bot@localhost';
  return new OutboxTransport(path.join(config.dataDir, 'outbox'), from, app.clock);
}

function meetingCalendar(config: Config, graph: GraphApi | undefined, app: Pick<AppServices, 'roster' | 'clock'>): MeetingCalendar {
  if (config.graph && graph) {
    const organizer = config.organizerMailbox ?? app.roster.withRole('secretary')[0]?.email ?? config.graph.senderMailbox;
    return new GraphMeetingCalendar(graph, organizer);
  }
  return new IcsOutboxCalendar(path.join(config.dataDir, 'outbox'), app.clock);
}

/** How long after listening the card templating library is loaded (first probes answered first). */
const TEMPLATING_WARM_AFTER_MS = 1500;

/** Wires config, roster, store, Teams and Graph into a bot and starts listening. */
export async function startBot(config: Config, overrides: BotOverrides = {}): Promise<RunningBot> {
  const logger = overrides.logger ?? createLogger(config.logLevel, undefined, configSecrets(config));
  const clock = overrides.clock ?? systemClock;
  const roster = createRoster(await readCommitteeFile(config.committeeFile));
  const store = overrides.store ?? (await openStore(config, logger));
  const registry = buildRegistry();
  // Every collection the features own (with its sub-collections, e.g. cycles/<id>/submissions) is parsed
  // at start, so a corrupt state file stops the bot before it serves anyone or overwrites that file.
  await store.verify([...registry.collections, ...DurableMailer.collections]);
  const refs = new ConversationRefs(store);
  const calendar = await loadWorkingCalendar(config.holidaysFile);
  const adapter = createAdapter(config);
  const connectorRate = overrides.connectorRatePerSecond ?? CONNECTOR_RATE_PER_SECOND;
  const coordination = await coordinationFor(store, connectorRate, logger);
  const limiter = new RateLimiter(connectorRate, undefined, undefined, undefined, coordination.rateBudget);
  const messenger = new ProactiveSender(adapter, proactiveIdentity(config), refs, limiter, logger, { timeoutMs: config.connectorTimeoutMs });
  // One Graph client (and one MSAL token cache) serves mail and calendar.
  const graphTokens = config.graph ? (overrides.graphTokens ?? new MsalTokenProvider(config.graph)) : undefined;
  const graph = config.graph && graphTokens ? new GraphApi({ baseUrl: config.graph.baseUrl, tokens: graphTokens, timeoutMs: config.graphTimeoutMs }) : undefined;
  const mailer = new DurableMailer(store, mailTransport(config, graph, { roster, clock }), clock, logger);
  const meetings = meetingCalendar(config, graph, { roster, clock });
  const app: AppServices = { config, roster, store, coordination, refs, cycles: new CycleRepo(store), memberSettings: new MemberSettings(store), registry, repos: createRepositories(store), shelf: new OutboxShelf(path.join(config.dataDir, 'outbox')), calendar, messenger, channelMessenger: messenger, mailer, clock, logger, tasks: new BackgroundTasks(logger), meetingCalendar: meetings };
  // Graph writes in doubt are retried with the mail queue on every tick: queued mail, then meetings still 'creating'.
  const retryGraphWrites = async () => {
    const mail = await mailer.retryPending();
    await reconcileMeetings(app, { atStart: false });
    return mail;
  };
  // Data files the features own (plans, criteria sets) are read before anyone is served; a bad one stops the start.
  try {
    await registry.onStart(app);
  } catch (error) {
    if (!overrides.store) await store.close();
    throw error;
  }
  const scheduler = new Scheduler(app, { registry, retryMail: retryGraphWrites });
  const route = createActivityRouter(app, registry, adapter);
  const tab = createTabRouter(app, path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/web'), overrides.tabKeys);
  const http = createHttpApp(config, adapter, route, logger, { version: PACKAGE_VERSION, readiness: () => checkReadiness(readinessChecks(config, { store, adapter, graphTokens, clock }), configSecrets(config)) }, [tab]);
  const server = createServer(http);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info({ url, mode: config.bot ? 'azure' : 'local', graph: Boolean(config.graph) }, 'CCHC Bot is listening');
  // The templating library loads after the start has answered its first probes; a card needed sooner loads it itself.
  const warmTemplating = setTimeout(warmCardTemplating, TEMPLATING_WARM_AFTER_MS);
  warmTemplating.unref();
  // A meeting whose creation a crash interrupted is finished now, not created again (same transactionId).
  app.tasks.run('meetings/reconcile-at-start', () => reconcileMeetings(app, { atStart: true }));
  if (config.schedulerCron) {
    try {
      scheduler.start(config.schedulerCron);
    } catch (error) {
      server.close();
      throw error;
    }
  }
  return {
    server,
    url,
    app,
    scheduler,
    stop: async () => {
      clearTimeout(warmTemplating);
      // Stop accepting at once (the load balancer's next request goes to another instance), even while a scheduled
      // job is finishing: stopping the scheduler first left the port open for as long as its job took.
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      // A keep-alive connection turns idle only when its in-flight turn answers; close it then, not after the 5 s keep-alive timeout.
      const sweep = setInterval(() => server.closeIdleConnections(), 50);
      server.closeIdleConnections();
      try {
        // No new scheduled job starts and the one in hand finishes; in-flight turns finish; then background sends are awaited.
        await Promise.all([scheduler.stop(), closed]);
      } finally {
        clearInterval(sweep);
      }
      await app.tasks.idle();
      // A store passed in belongs to the caller (tests share one between bots).
      if (!overrides.store) await store.close();
    },
  };
}
