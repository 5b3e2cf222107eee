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

type Answer = { status: number; body?: unknown; headers?: Record<string, string> };

interface FileAttachment {
  '@odata.type': string;
  name: string;
  contentType: string;
  contentBytes: string;
}

/** An upload session Graph opened for one attachment of a draft. */
interface UploadSession {
  messageId: string;
  name: string;
  contentType: string;
  size: number;
  received: Buffer[];
  next: number;
}

/** A PUT of one upload chunk, as it reached the double's upload URL. */
export interface UploadChunk {
  session: string;
  range: string;
  bytes: number;
  authorization?: string;
  status: number;
}

const MiB = 1024 * 1024;
/** Graph refuses a request over 4 MB, and inline attachments of 3 MB or more (the upload session's floor). */
const REQUEST_LIMIT = 4 * MiB;
const INLINE_LIMIT = 3 * MiB;
const CHUNK_UNIT = 320 * 1024;

/**
 * A Microsoft Graph double on loopback: drafts and their send (messages, messages/{id}/send, GET
 * messages/{id}; a draft with 3 MB or more inline refused with 413), attachments added to a draft (list,
 * POST, createUploadSession and the PUT of chunks to its pre-authenticated upload URL), events (201 with `transactionId` honoured, PATCH 200, cancel 202) and a token endpoint,
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
  readonly #sessions = new Map<string, UploadSession>();
  /** Every PUT that reached an upload URL, accepted or refused. */
  readonly uploads: UploadChunk[] = [];
  /** A scripted fault for an upload chunk; with `afterWork` the chunk is taken first (a lost answer). */
  chunkFault: (chunk: UploadChunk) => GraphFault | undefined = () => undefined;
  #server?: Server;
  #counter = 0;
  url = '';

  async start(): Promise<this> {
    const app = express();
    // Large enough to read a too-large draft and refuse it as Graph does, rather than fail in the parser.
    app.use(express.json({ limit: '40mb' }));
    app.put('/upload/:session', express.raw({ type: () => true, limit: '8mb' }), async (req, res) => {
      const bytes = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
      const fault = this.chunkFault({ session: req.params.session, range: String(req.headers['content-range'] ?? ''), bytes: bytes.length, status: 0 });
      const answer = fault && !fault.afterWork ? undefined : this.#chunk(req.params.session, req.headers, bytes);
      if (fault) {
        if (!answer) this.uploads.push({ session: req.params.session, range: String(req.headers['content-range'] ?? ''), bytes: bytes.length, status: fault.status });
        res.status(fault.status).json({ error: { code: 'Injected', message: `injected ${fault.status} on an upload chunk` } });
        return;
      }
      res.status(answer!.status).set(answer!.headers ?? {}).json(answer!.body);
    });
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
      const answer = this.#perform(call, Number(req.headers['content-length'] ?? 0));
      if (this.onWorkDone) await this.onWorkDone(call);
      if (fault?.afterWork) {
        // The work is done; the answer comes late (a timeout) or as a gateway error.
        if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
        this.refused.push({ ...call, status: fault.status });
        res.status(fault.status).set(fault.headers ?? {}).json({ error: { code: 'GatewayTimeout', message: `injected ${fault.status} after the work was done` } });
        return;
      }
      if (answer.body === undefined) res.status(answer.status).set(answer.headers ?? {}).end();
      else res.status(answer.status).set(answer.headers ?? {}).json(answer.body);
    });
    this.#server = createServer(app);
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  #perform(call: GraphCall, requestBytes: number): Answer {
    const { method, path, body } = call;
    const notFound: Answer = { status: 404, body: { error: { code: 'ErrorItemNotFound', message: 'The specified object was not found in the store.' } } };
    const tooLarge: Answer = { status: 413, body: { error: { code: 'RequestEntityTooLarge', message: 'The maximum request length supported is 4MB.' } } };
    if (method === 'POST' && /\/messages$/.test(path)) {
      const inline = ((body.attachments ?? []) as FileAttachment[]).reduce((sum, a) => sum + Buffer.from(a.contentBytes, 'base64').length, 0);
      if (requestBytes > REQUEST_LIMIT || inline >= INLINE_LIMIT) return tooLarge;
      const id = `msg-${++this.#counter}`;
      // A copy: attachments added later belong to the message, not to the recorded request.
      this.#messages.set(id, { id, body: { ...body, attachments: [...((body.attachments ?? []) as FileAttachment[])] }, isDraft: true, sendRequests: 0 });
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
    const createSession = /\/messages\/([^/]+)\/attachments\/createUploadSession$/.exec(path);
    if (method === 'POST' && createSession) {
      const message = this.#messages.get(createSession[1]!);
      if (!message) return notFound;
      if (!message.isDraft) return { status: 400, body: { error: { code: 'ErrorInvalidOperation', message: 'A sent message cannot be changed.' } } };
      const item = (body.AttachmentItem ?? {}) as { attachmentType?: string; name?: string; size?: number; contentType?: string };
      if (item.attachmentType !== 'file' || !item.name || typeof item.size !== 'number') return { status: 400, body: { error: { code: 'ErrorInvalidRequest', message: 'AttachmentItem needs attachmentType file, name and size.' } } };
      if (item.size < INLINE_LIMIT) return { status: 400, body: { error: { code: 'ErrorAttachmentSizeShouldNotBeLessThanMinimumSize', message: 'Attachment size should not be less than 3 MB.' } } };
      const sessionId = `session-${++this.#counter}`;
      this.#sessions.set(sessionId, { messageId: message.id, name: item.name, contentType: item.contentType ?? 'application/octet-stream', size: item.size, received: [], next: 0 });
      return { status: 201, body: { uploadUrl: `${this.url}/upload/${sessionId}?authtoken=pre-authenticated`, expirationDateTime: '2099-01-01T00:00:00Z', nextExpectedRanges: ['0-'] } };
    }
    const attachments = /\/messages\/([^/]+)\/attachments$/.exec(path);
    if (attachments) {
      const message = this.#messages.get(attachments[1]!);
      if (!message) return notFound;
      const list = (message.body.attachments ??= []) as FileAttachment[];
      if (method === 'POST' && !message.isDraft) return { status: 400, body: { error: { code: 'ErrorInvalidOperation', message: 'A sent message cannot be changed.' } } };
      if (method === 'GET') return { status: 200, body: { value: list.map((a) => ({ name: a.name, size: Buffer.from(a.contentBytes, 'base64').length })) } };
      if (method === 'POST') {
        if (requestBytes > REQUEST_LIMIT) return tooLarge;
        list.push(body as unknown as FileAttachment);
        return { status: 201, body: { id: `att-${++this.#counter}`, name: body.name } };
      }
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

  /** One PUT to an upload URL, checked as Graph checks it: no bearer token, bytes in order, chunk sizes, the declared length. */
  #chunk(sessionId: string, headers: Record<string, string | string[] | undefined>, bytes: Buffer): Answer {
    const chunk: UploadChunk = { session: sessionId, range: String(headers['content-range'] ?? ''), bytes: bytes.length, authorization: headers.authorization as string | undefined, status: 0 };
    const refuse = (status: number, code: string, message: string): Answer => {
      chunk.status = status;
      this.uploads.push(chunk);
      return { status, body: { error: { code, message } } };
    };
    // The upload URL carries its own token (audience outlook.office.com); a Graph bearer token is refused.
    if (chunk.authorization) return refuse(401, 'InvalidAudienceForResource', 'The audience claim value is invalid for current resource.');
    const session = this.#sessions.get(sessionId);
    if (!session) return refuse(404, 'ErrorItemNotFound', 'The upload session does not exist or has expired.');
    const range = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(chunk.range);
    if (!range) return refuse(400, 'ErrorInvalidRequest', 'Content-Range is required: bytes start-end/total.');
    const [start, end, total] = [Number(range[1]), Number(range[2]), Number(range[3])];
    if (total !== session.size) return refuse(400, 'ErrorInvalidRequest', `Content-Range total ${total} is not the session's size ${session.size}.`);
    if (start !== session.next) return refuse(416, 'ErrorInvalidRange', `Expected bytes from ${session.next}.`);
    if (end - start + 1 !== bytes.length || Number(headers['content-length']) !== bytes.length) return refuse(400, 'ErrorInvalidRequest', 'Content-Range, Content-Length and the body disagree.');
    if (bytes.length > REQUEST_LIMIT) return refuse(413, 'RequestEntityTooLarge', 'A chunk must not exceed 4 MB.');
    const last = end === total - 1;
    if (!last && bytes.length % CHUNK_UNIT !== 0) return refuse(400, 'ErrorInvalidRequest', 'A chunk other than the last must be a multiple of 320 KiB.');
    session.received.push(Buffer.from(bytes));
    session.next = end + 1;
    chunk.status = last ? 201 : 200;
    this.uploads.push(chunk);
    if (!last) return { status: 200, body: { expirationDateTime: '2099-01-01T00:00:00Z', nextExpectedRanges: [`${session.next}-`] } };
    this.#sessions.delete(sessionId);
    const message = this.#messages.get(session.messageId);
    if (!message) return refuse(404, 'ErrorItemNotFound', 'The message no longer exists.');
    const id = `att-${++this.#counter}`;
    ((message.body.attachments ??= []) as FileAttachment[]).push({ '@odata.type': '#microsoft.graph.fileAttachment', name: session.name, contentType: session.contentType, contentBytes: Buffer.concat(session.received).toString('base64') });
    return { status: 201, body: {}, headers: { Location: `${this.url}/v1.0/messages/${session.messageId}/attachments/${id}` } };
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
