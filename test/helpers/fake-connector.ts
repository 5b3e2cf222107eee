import express from 'express';
import { createServer, type Server } from 'node:http';

/** One request the bot made to the Bot Connector. */
export interface ConnectorCall {
  method: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown>;
  at: number;
}

/** A scripted fault: answer this status (and headers) instead of succeeding. */
export interface Fault {
  status: number;
  headers?: Record<string, string>;
  /** Milliseconds to wait before answering (to simulate a slow or hung connector). */
  delayMs?: number;
}

/**
 * A Bot Connector double on loopback: records every activity the bot posts or updates, answers
 * member look-ups, and can be told to fail (429 with Retry-After, 5xx, 403, slow answers).
 */
export class FakeConnector {
  readonly calls: ConnectorCall[] = [];
  readonly members = new Map<string, { id: string; name?: string; email?: string; userPrincipalName?: string; aadObjectId?: string }>();
  /** Decides a fault per request; return undefined to succeed. */
  faultFor: (call: ConnectorCall) => Fault | undefined = () => undefined;
  /** When set, checks each request's Authorization header; a returned reason answers 401. */
  authorize?: (authorization: string | undefined) => Promise<string | undefined>;
  /** Requests refused by `authorize`, with the reason. */
  readonly unauthorized: Array<{ path: string; reason: string }> = [];
  /** Files served at /files/<name>, as Teams serves a sent file's downloadUrl (pre-authorised, no token). */
  readonly files = new Map<string, Buffer>();
  #server?: Server;
  #counter = 0;
  url = '';

  async start(): Promise<this> {
    const app = express();
    app.get('/files/:name', (req, res) => {
      const file = this.files.get(req.params.name);
      if (!file) res.status(404).end();
      else res.type('application/octet-stream').send(file);
    });
    app.use(express.json({ limit: '5mb' }));
    app.use(async (req, res, next) => {
      const reason = this.authorize ? await this.authorize(req.headers.authorization) : undefined;
      if (!reason) return next();
      this.unauthorized.push({ path: req.path, reason });
      res.status(401).json({ message: 'Authorization has been denied for this request.' });
    });
    const handle = (method: string) => async (req: express.Request, res: express.Response) => {
      const call: ConnectorCall = { method, conversationId: decodeURIComponent(req.params.conv ?? ''), activityId: req.params.act, body: req.body ?? {}, at: Date.now() };
      const fault = this.faultFor(call);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault && fault.status >= 300) {
        res.status(fault.status).set(fault.headers ?? {}).json({ error: { code: 'Fault', message: `injected ${fault.status}` } });
        return;
      }
      this.calls.push(call);
      res.status(200).json({ id: call.activityId && method === 'PUT' ? call.activityId : `act-${++this.#counter}` });
    };
    app.post('/v3/conversations/:conv/activities', handle('POST'));
    app.post('/v3/conversations/:conv/activities/:act', handle('REPLY'));
    app.put('/v3/conversations/:conv/activities/:act', handle('PUT'));
    app.get('/v3/conversations/:conv/members/:user', (req, res) => {
      const member = this.members.get(decodeURIComponent(req.params.user));
      if (!member) res.status(404).json({ error: { code: 'MemberNotFound' } });
      else res.json(member);
    });
    this.#server = createServer(app);
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
    return this;
  }

  /** Messages (posts and replies) sent to one conversation, in order. */
  messagesTo(conversationId: string): ConnectorCall[] {
    return this.calls.filter((c) => c.conversationId === conversationId && c.method !== 'PUT');
  }

  /** Text of every TextBlock in the Adaptive Cards of a call, plus the plain text. */
  static textOf(call: ConnectorCall): string {
    return JSON.stringify(call.body);
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
  }
}
