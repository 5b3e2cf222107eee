import express from 'express';
import { createServer, type Server } from 'node:http';
import type { TokenProvider } from '../../src/graph/token-provider.ts';

export interface GraphCall {
  method: string;
  path: string;
  body: Record<string, unknown>;
  authorization?: string;
}

/**
 * A Microsoft Graph double on loopback: sendMail (202), events (201/200/204) and a token endpoint,
 * with scripted faults (429 with Retry-After, 503, 401).
 */
export class FakeGraph {
  readonly calls: GraphCall[] = [];
  /** Rejected attempts (faults), kept apart from accepted calls. */
  readonly refused: Array<GraphCall & { status: number }> = [];
  faultFor: (call: GraphCall) => { status: number; headers?: Record<string, string>; delayMs?: number } | undefined = () => undefined;
  /** When set, replaces the fixed-token check: a returned reason answers 401 (e.g. a JWT check by the Entra double). */
  authorize?: (authorization: string | undefined) => Promise<string | undefined>;
  tokensIssued = 0;
  validToken = 'token-1';
  #server?: Server;
  #events = 0;
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
      const call: GraphCall = { method: req.method, path: decodeURIComponent(req.path), body: req.body ?? {}, authorization: req.headers.authorization };
      const refusal = this.authorize ? await this.authorize(call.authorization) : call.authorization === `Bearer ${this.validToken}` ? undefined : 'unknown token';
      if (refusal) {
        this.refused.push({ ...call, status: 401 });
        res.status(401).json({ error: { code: 'InvalidAuthenticationToken', message: 'Access token has expired or is not yet valid.' } });
        return;
      }
      const fault = this.faultFor(call);
      if (fault?.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
      if (fault) {
        this.refused.push({ ...call, status: fault.status });
        res.status(fault.status).set(fault.headers ?? {}).json({ error: { code: 'Injected', message: `injected ${fault.status}` } });
        return;
      }
      this.calls.push(call);
      if (req.method === 'POST' && /\/sendMail$/.test(req.path)) res.status(202).end();
      else if (req.method === 'POST' && /\/events$/.test(req.path)) {
        const id = `event-${++this.#events}`;
        res.status(201).json({ id, ...req.body, onlineMeeting: req.body?.isOnlineMeeting ? { joinUrl: `https://teams.microsoft.com/l/meetup-join/${id}` } : null });
      } else if (req.method === 'PATCH') res.status(200).json({ id: req.path.split('/').pop(), ...req.body });
      else res.status(204).end();
    });
    this.#server = createServer(app);
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
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
