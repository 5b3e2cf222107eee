import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** At most `limit` requests in any `windowMs`. */
interface Limit {
  limit: number;
  windowMs: number;
}

/** Teams' documented limits for a bot: per app 50 requests/s; per conversation 7/1 s, 8/2 s, 60/30 s. */
export const TEAMS_APP_LIMITS: Limit[] = [{ limit: 50, windowMs: 1000 }];
export const TEAMS_CONVERSATION_LIMITS: Limit[] = [
  { limit: 7, windowMs: 1000 },
  { limit: 8, windowMs: 2000 },
  { limit: 60, windowMs: 30_000 },
];

const LONGEST = 30_000;

/** Arrival times under a set of sliding windows; says how long until one more request is allowed. */
class Windows {
  readonly #stamps: number[] = [];

  constructor(private readonly limits: Limit[]) {}

  /** Milliseconds until a request would be within every limit (0 = now). */
  waitMs(now: number): number {
    while (this.#stamps.length > 0 && this.#stamps[0]! <= now - LONGEST) this.#stamps.shift();
    let wait = 0;
    for (const { limit, windowMs } of this.limits) {
      const inWindow = this.#stamps.filter((t) => t > now - windowMs);
      if (inWindow.length >= limit) wait = Math.max(wait, inWindow[inWindow.length - limit]! + windowMs - now);
    }
    return wait;
  }

  add(now: number): void {
    this.#stamps.push(now);
  }
}

/**
 * A Bot Connector double that enforces Teams' throttling: every request (accepted or not) counts
 * against the app-wide and its conversation's windows, and one over a limit gets 429 with
 * Retry-After (whole seconds, as Teams sends). Counts report-form cards per conversation so lost
 * and duplicated cards can be told apart.
 */
export class TeamsConnector {
  readonly #app = new Windows(TEAMS_APP_LIMITS);
  readonly #conversations = new Map<string, Windows>();
  /** report.submit cards accepted per conversation. */
  readonly forms = new Map<string, number>();
  accepted = 0;
  /** Arrival time (ms, Date.now) of every accepted call, to see the achieved rate. */
  readonly acceptedAt: number[] = [];
  throttled = 0;
  /** Of the 429s, how many because of the app-wide limit (the rest: a conversation's). */
  throttledByApp = 0;
  updates = 0;
  #server?: Server;
  #ids = 0;
  url = '';

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    this.#server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    return this;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
    if (!match) {
      res.writeHead(404, { 'content-type': 'application/json' }).end('{"error":{"code":"NotFound"}}');
      return;
    }
    const conversationId = decodeURIComponent(match[1]!);
    const now = Date.now();
    let conversation = this.#conversations.get(conversationId);
    if (!conversation) this.#conversations.set(conversationId, (conversation = new Windows(TEAMS_CONVERSATION_LIMITS)));
    const appWait = this.#app.waitMs(now);
    const wait = Math.max(appWait, conversation.waitMs(now));
    this.#app.add(now);
    conversation.add(now);
    if (wait > 0) {
      this.throttled++;
      if (appWait > 0) this.throttledByApp++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(Math.max(1, Math.ceil(wait / 1000))) });
      res.end('{"error":{"code":"TooManyRequests","message":"throttled by the benchmark connector"}}');
      return;
    }
    this.accepted++;
    this.acceptedAt.push(now);
    if (req.method === 'PUT') this.updates++;
    else if (body.includes('"verb":"report.submit"')) this.forms.set(conversationId, (this.forms.get(conversationId) ?? 0) + 1);
    const id = req.method === 'PUT' && match[2] ? decodeURIComponent(match[2]) : `act-${++this.#ids}`;
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id }));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
  }
}
