import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:https';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { createLocalJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JSONWebKeySet, type JWTPayload, type CryptoKey } from 'jose';
import { generate } from 'selfsigned';

/** One request to the token endpoint (the secret itself is never kept, only whether it matched). */
export interface TokenRequest {
  tenant: string;
  clientId: string;
  scope: string;
  grantType: string;
  secretMatched: boolean;
  at: number;
}

export interface EntraDoubleOptions {
  tenantId: string;
  clientId: string;
  clientSecret: string;
}

/** What a verified bearer token says, or why it was refused. */
export type Verdict = { ok: true; claims: JWTPayload } | { ok: false; reason: string };

/**
 * A Microsoft Entra ID double over HTTPS on loopback: per-tenant OpenID configuration, JWKS and a
 * client-credentials token endpoint issuing RS256 JWTs for the requested scope. Its self-signed
 * certificate is written to `caFile` for the bot's NODE_EXTRA_CA_CERTS. It also signs the tokens
 * Azure Bot Service puts on inbound activities, and verifies tokens for the Connector and Graph doubles.
 */
export class EntraDouble {
  readonly tokenRequests: TokenRequest[] = [];
  /** Answer the token endpoint with this status instead of a token (an outage of Entra ID). */
  failTokens?: number;
  url = '';
  caFile = '';
  #server?: Server;
  #dir = '';
  #kid = `kid-${randomUUID()}`;
  #privateKey?: CryptoKey;
  #jwks?: JSONWebKeySet;

  constructor(readonly options: EntraDoubleOptions) {}

  /** The issuer of every token this double signs: `<host>/<tenant>/v2.0`, as Entra ID v2 does. */
  get issuer(): string {
    return `${this.url}/${this.options.tenantId}/v2.0`;
  }

  async start(): Promise<this> {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
    this.#privateKey = privateKey;
    this.#jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: this.#kid, use: 'sig', alg: 'RS256' }] };
    // node:crypto makes the TLS key pair (native, fast); selfsigned only signs the certificate.
    const tls = generateKeyPairSync('rsa', { modulusLength: 2048, publicKeyEncoding: { type: 'spki', format: 'pem' }, privateKeyEncoding: { type: 'pkcs8', format: 'pem' } });
    const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
      keyPair: { privateKey: tls.privateKey, publicKey: tls.publicKey },
      extensions: [{ name: 'subjectAltName', altNames: [{ type: 7, ip: '127.0.0.1' }, { type: 2, value: 'localhost' }] }],
    });
    this.#dir = await mkdtemp(path.join(os.tmpdir(), 'cchc-entra-'));
    this.caFile = path.join(this.#dir, 'entra-double-ca.pem');
    await writeFile(this.caFile, pems.cert);

    const app = express();
    app.use(express.urlencoded({ extended: false }));
    app.get('/:tenant/v2.0/.well-known/openid-configuration', (req, res) => {
      const base = `${this.url}/${req.params.tenant}`;
      res.json({
        issuer: `${base}/v2.0`,
        authorization_endpoint: `${base}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
        subject_types_supported: ['pairwise'],
        id_token_signing_alg_values_supported: ['RS256'],
      });
    });
    app.get('/:tenant/discovery/v2.0/keys', (_req, res) => {
      res.json(this.#jwks);
    });
    app.post('/:tenant/oauth2/v2.0/token', async (req, res) => {
      const body = req.body as Record<string, string | undefined>;
      const request: TokenRequest = {
        tenant: req.params.tenant,
        clientId: body.client_id ?? '',
        scope: body.scope ?? '',
        grantType: body.grant_type ?? '',
        secretMatched: body.client_secret === this.options.clientSecret,
        at: Date.now(),
      };
      this.tokenRequests.push(request);
      if (this.failTokens) {
        res.status(this.failTokens).json({ error: 'temporarily_unavailable', error_description: 'injected outage' });
        return;
      }
      if (request.tenant !== this.options.tenantId || request.clientId !== this.options.clientId || !request.secretMatched) {
        res.status(401).json({ error: 'invalid_client', error_description: 'AADSTS7000215: Invalid client secret provided.' });
        return;
      }
      if (request.grantType !== 'client_credentials') {
        res.status(400).json({ error: 'unsupported_grant_type' });
        return;
      }
      // Client credentials ask for `<resource>/.default` (MSAL may add openid/profile/offline_access).
      const resource = request.scope.split(' ').find((s) => s.endsWith('/.default'))?.slice(0, -'/.default'.length);
      if (!resource) {
        res.status(400).json({ error: 'invalid_scope', error_description: 'AADSTS1002012: scope must be <resource>/.default' });
        return;
      }
      const accessToken = await this.sign({ aud: resource, appid: request.clientId, azp: request.clientId, tid: request.tenant, ver: '2.0', roles: [] });
      res.json({ token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: accessToken });
    });

    this.#server = createServer({ key: pems.private, cert: pems.cert }, app);
    await new Promise<void>((resolve) => this.#server!.listen(0, '127.0.0.1', resolve));
    const address = this.#server.address();
    this.url = `https://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return this;
  }

  /** A JWT signed with this double's key, issued by it, valid for ten minutes. */
  async sign(claims: JWTPayload): Promise<string> {
    return new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'RS256', kid: this.#kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setIssuedAt()
      .setNotBefore('0s')
      .setExpirationTime('10m')
      .setJti(randomUUID())
      .sign(this.#privateKey!);
  }

  /** The token Azure Bot Service puts on an activity it delivers to the bot. */
  channelToken(serviceUrl: string, overrides: JWTPayload = {}): Promise<string> {
    return this.sign({ aud: this.options.clientId, serviceurl: serviceUrl, tid: this.options.tenantId, ver: '2.0', ...overrides });
  }

  /** Checks an Authorization header: signed by this double, for `audience`, issued to the bot's client id. */
  async verify(authorization: string | undefined, audience: string): Promise<Verdict> {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return { ok: false, reason: 'no bearer token' };
    try {
      const { payload } = await jwtVerify(token, createLocalJWKSet(this.#jwks!), { issuer: this.issuer, audience, algorithms: ['RS256'] });
      if (payload.appid !== this.options.clientId && payload.azp !== this.options.clientId) return { ok: false, reason: `issued to ${String(payload.appid)}` };
      return { ok: true, claims: payload };
    } catch (error) {
      return { ok: false, reason: (error as Error).message };
    }
  }

  /** Token requests for one resource (e.g. https://api.botframework.com). */
  requestsFor(resource: string): TokenRequest[] {
    return this.tokenRequests.filter((r) => r.scope.split(' ').includes(`${resource}/.default`));
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.#server ? this.#server.close(() => resolve()) : resolve()));
    this.#server?.closeAllConnections();
    if (this.#dir) await rm(this.#dir, { recursive: true, force: true });
  }
}
