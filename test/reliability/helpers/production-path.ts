import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EntraDouble } from '../../helpers/entra-double.ts';
import { FakeConnector } from '../../helpers/fake-connector.ts';
import { FakeGraph } from '../../helpers/fake-graph.ts';
import { BotProcess } from './bot-process.ts';
import { CLIENT_ID, PRODUCTION_SECRET, productionEnv, TENANT_ID } from './production.ts';

/** The scope Azure Bot Service's Connector accepts tokens for. */
export const CONNECTOR_RESOURCE = 'https://api.botframework.com';

/**
 * The production path on loopback: an Entra ID double over HTTPS, a Bot Connector double and a
 * Graph double that both accept only tokens that double issued to the bot, and the bot as a
 * child process with NODE_ENV=production whose every inbound activity carries a channel token.
 */
export class ProductionPath {
  readonly entra = new EntraDouble({ tenantId: TENANT_ID, clientId: CLIENT_ID, clientSecret: PRODUCTION_SECRET });
  readonly connector = new FakeConnector();
  readonly graph = new FakeGraph();
  bot!: BotProcess;
  dataDir = '';

  async start(env: Record<string, string> = {}): Promise<this> {
    await this.entra.start();
    await this.connector.start();
    await this.graph.start();
    this.connector.authorize = async (header) => refusal(await this.entra.verify(header, CONNECTOR_RESOURCE));
    this.graph.authorize = async (header) => refusal(await this.entra.verify(header, this.graph.url));
    this.dataDir = await mkdtemp(path.join(os.tmpdir(), 'cchc-prod-path-'));
    await this.startBot(env);
    return this;
  }

  /** (Re)starts the child on the same data directory. */
  async startBot(env: Record<string, string> = {}): Promise<BotProcess> {
    this.bot = await BotProcess.start({ dataDir: this.dataDir, env: this.env(env), headersFor: (activity) => this.signed(activity) });
    return this.bot;
  }

  /** The child's environment: production credentials, the doubles' hosts and the double's CA. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return productionEnv({ AZURE_AUTHORITY_HOST: this.entra.url, GRAPH_BASE_URL: this.graph.url, NODE_EXTRA_CA_CERTS: this.entra.caFile, ...extra });
  }

  /** The Authorization header Azure Bot Service would send with this activity. */
  async signed(activity: unknown): Promise<Record<string, string>> {
    const serviceUrl = (activity as { serviceUrl?: string } | undefined)?.serviceUrl ?? this.connector.url;
    return { authorization: `Bearer ${await this.entra.channelToken(serviceUrl)}` };
  }

  async stop(): Promise<void> {
    await this.bot?.kill('SIGTERM');
    await this.connector.stop();
    await this.graph.stop();
    await this.entra.stop();
    if (this.dataDir) await rm(this.dataDir, { recursive: true, force: true });
  }
}

function refusal(verdict: { ok: true } | { ok: false; reason: string }): string | undefined {
  return verdict.ok ? undefined : verdict.reason;
}
