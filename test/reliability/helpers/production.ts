import { generateKeyPairSync, sign } from 'node:crypto';

/** App id (audience) of the production test bot. */
export const CLIENT_ID = '11111111-2222-4333-8444-555555555555';
/** Tenant of the production test bot. */
export const TENANT_ID = '99999999-8888-4777-8666-555555555555';
/** The client secret that must never appear in a log line. */
export const PRODUCTION_SECRET = 'rel-test-client-secret~9f8e7d6c';

/** The environment of a production bot with credentials (nothing here reaches the internet in tests). */
export function productionEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { NODE_ENV: 'production', CLIENT_ID, CLIENT_SECRET: PRODUCTION_SECRET, TENANT_ID, MAIL_SENDER: 'thuongtruc@vanphong.example.gov.vn', HOST: '127.0.0.1', ...extra };
}

/** A JWT signed by a key of our own (not Microsoft's): every variant must be refused. */
export function forgedToken(claims: Record<string, unknown>): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  // Signed by hand with node:crypto: a well-formed RS256 token, so only the key (or a claim) makes it fail.
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const body = `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' })}.${part({ serviceurl: 'http://127.0.0.1/', iat: now, exp: now + 600, ...claims })}`;
  return `${body}.${sign('RSA-SHA256', Buffer.from(body), privateKey).toString('base64url')}`;
}
