import express from 'express';
import { createServer, type Server } from 'node:http';
import type { TokenProvider } from '../../src/graph/token-provider.ts';

export interface GraphCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization?: string;
  /** Request headers the bot chose (Prefer). */
  prefer?: string;
}

/** A scripted fault; with `afterWork` Graph does the work first and then answers the fault (a 504 from a gateway). */
export interface GraphFault {
  status: number;
  headers?: Record<string, string>;
  delayMs?: number;
  afterWork?: boolean;
}

/** A mail Graph delivered: the draft as it was sent, and how many send requests reached it. */
export interface SentMessage {
  id: string;
  message: Record<string, unknown>;
  sendRequests: number;
}

interface StoredMessage {
  id: string;
  body: Record<string, unknown>;
  isDraft: boolean;
  sendRequests: number;
}

type Answer = { status: number; body?: unknown };

/**
 * A Microsoft Graph double on loopback: drafts and their send (messages, messages/{id}/send, GET
 * messages/{id}), events (201 with `transactionId` honoured, PATCH 200, cancel 202) and a token endpoint,
 * with scripted faults (429 with Retry-After, 503, 401, work done then 504).
 */
export class FakeGraph {
  /** Requests that reached the work (including those answered with an `afterWork` fault). */
  readonly calls: GraphCall[] = [];
  /** Rejected attempts (faults), kept apart from accepted calls. */
  readonly refused: Array<GraphCall & { status: number }> = [];
  faultFor: (call: GraphCall) => GraphFault | undefined = () => undefined;
  /** Awaited after the work of an accepted request is done and before it is answered (a test kills the bot here). */
  onWorkDone?: (call: GraphCall) => Promise<void>;
  /** Awaited when a request arrives, before any work (a test kills the bot here). */
  onArrival?: (call: GraphCall) => Promise<void>;
  /** When set, replaces the fixed-token check: a returned reason answers 401 (e.g. a JWT check by the Entra double). */
  authorize?: (authorization: string | undefined) => Promise<string | undefined>;
  tokensIssued = 0;
  validToken = 'token-1';
  readonly #messages = new Map<string, StoredMessage>();
  readonly #events = new Map<string, Record<string, unknown>>();
  #server?: Server;
  #counter = 0;
  url = '';

  async start(): Promise<this> {
    const app = express();
    app.use(express.json({ limit: '20mb' }));
    app.post('/token', (_req, res) => {
      this.tokensIssued++;
      this.validToken = `token-${this.tokensIssued}`;
      res.json({ access_token: this.validToken, expires_in: 3600, token_type: 'Bearer' });
    });
    app.use('/v1.0', async (req, res) => {
      const call: GraphCall = { method: req.method, path: decodeURIComponent(req.path), body: req.body ?? {}, authorization: req.headers.authorization, prefer: typeof req.headers.prefer === 'string' ? req.headers.prefer : undefined };
      const refusal = this.authorize ? await this.authorize(call.authorization) : call.authorization === `Bearer ${this.validToken}` ? undefined : 'unknown token';
      if (refusal) {
        this.refused.push({ ...call, status: 401 });
        res.status(401).json({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } });
        return;
      }
      if (this.onArrival) await this.onArrival(call);
      const fault = this.faultFor(call);
      if (fault?.delayMs && !fault.afterWork) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault && !fault.afterWork) {
        this.refused.push({ ...call, status: fault.status });
        res.status(fault.status).set(fault.headers ?? {}).json({ error: { code: 'Injected', message: `injected ${fault.status}` } });
        return;
      }
      this.calls.push(call);
      const answer = this.#perform(call);
      if (this.onWorkDone) await this.onWorkDone(call);
      if (fault?.afterWork) {
        // The work is done; the answer comes late (a timeout) or as a gateway error.
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        this.refused.push({ ...call, status: fault.status });
        res.status(fault.status).set(fault.headers ?? {}).json({ error: { code: 'GatewayTimeout', message: `injected ${fault.status} after the work was done` } });
        return;
      }
      if (answer.body === undefined) res.status(answer.status).end();
      else res.status(answer.status).json(answer.body);
    });
    this.#server = createServer(app);
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  #perform(call: GraphCall): Answer {
    const { method, path, body } = call;
    const notFound: Answer = { status: 404, body: { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } } };
    if (method === 'POST' && /\/messages$/.test(path)) {
      const id = `msg-${++this.#counter}`;
      this.#messages.set(id, { id, body, isDraft: true, sendRequests: 0 });
      return { status: 201, body: { id, ...body, isDraft: true } };
    }
    const send = /\/messages\/([^/]+)\/send$/.exec(path);
    if (method === 'POST' && send) {
      const message = this.#messages.get(send[1]!);
      if (!message) return notFound;
      message.sendRequests++;
      if (!message.isDraft) return { status: 400, body: { error: { code: 'ErrorInvalidOperation', message: 'The message has already been sent.' } } };
      message.isDraft = false;
      return { status: 202 };
    }
    const get = /\/messages\/([^/]+)$/.exec(path);
    if (method === 'GET' && get) {
      const message = this.#messages.get(get[1]!);
      return message ? { status: 200, body: { id: message.id, isDraft: message.isDraft } } : notFound;
    }
    if (method === 'POST' && /\/events$/.test(path)) {
      // Graph answers a POST whose transactionId it has seen with the event it already created.
      const transactionId = typeof body.transactionId === 'string' ? body.transactionId : undefined;
      const existing = transactionId ? [...this.#events.values()].find((e) => e.transactionId === transactionId) : undefined;
      if (existing) return { status: 201, body: existing };
      const id = `event-${this.#events.size + 1}`;
      const event = { id, ...body, onlineMeeting: body.isOnlineMeeting ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` } : null };
      this.#events.set(id, event);
      return { status: 201, body: event };
    }
    const cancel = /\/events\/([^/]+)\/cancel$/.exec(path);
    if (method === 'POST' && cancel) {
      const event = this.#events.get(cancel[1]!);
      if (!event) return notFound;
      if (event.isCancelled) return { status: 400, body: { error: { code: 'ErrorInvalidRequest', message: 'The meeting has already been cancelled.' } } };
      event.isCancelled = true;
      return { status: 202 };
    }
    const eventGet = /\/events\/([^/]+)$/.exec(path);
    if (method === 'GET' && eventGet) {
      const event = this.#events.get(eventGet[1]!);
      return event ? { status: 200, body: { id: event.id, isCancelled: Boolean(event.isCancelled) } } : notFound;
    }
    if (method === 'PATCH') return { status: 200, body: { id: path.split('/').pop(), ...body } };
    return { status: 204 };
  }

  /** A request that writes mail: a draft's creation or its send (where tests inject mail faults). */
  static isMailWrite(call: GraphCall): boolean {
    return call.method === 'POST' && /\/messages(\/[^/]+\/send)?$/.test(call.path);
  }

  /** Mails Graph delivered (drafts that were sent), in the order they were created. */
  sentMails(): SentMessage[] {
    return [...this.#messages.values()].filter((m) => !m.isDraft).map((m) => ({ id: m.id, message: m.body, sendRequests: m.sendRequests }));
  }

  /** Drafts never sent (an interrupted first step leaves one; it is never delivered). */
  unsentDrafts(): number {
    return [...this.#messages.values()].filter((m) => m.isDraft).length;
  }

  /** Events that exist in the organizer's calendar. */
  events(): Array<Record<string, unknown>> {
    return [...this.#events.values()];
  }

  /** A token provider that fetches from this fake's token endpoint over HTTP (MSAL needs https). */
  tokenProvider(): TokenProvider {
    let cached: string | undefined;
    return {
      getToken: async (forceRefresh = false) => {
        if (cached && !forceRefresh) return cached;
        const response = await fetch(`${this.url}/token`, { method: 'POST' });
        cached = ((await response.json()) as { access_token: string }).access_token;
        return cached;
      },
    };
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
  }
}
