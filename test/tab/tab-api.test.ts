import { expect } from 'chai';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import { statusTotals } from '../../src/domain/cycles/unit-status.ts';
import { TestBot } from '../helpers/test-bot.ts';

const NOW = new Date('2026-12-01T02:00:00Z');
const TENANT = '00000000-0000-4000-8000-0000000000ff';
const CLIENT = 'a1b2c3d4-e5f6-4789-8abc-def012345678';
const AUDIENCE = `api://cchc-bot.example.gov.vn/${CLIENT}`;
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

/** A local signing key and its JWKS: the tab's SSO check runs against it as it would against Entra ID's. */
async function localEntra() {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid: 'tab-test', alg: 'RS256', use: 'sig' }] };
  const sign = (claims: JWTPayload, key: CryptoKey = privateKey) =>
    new SignJWT({ tid: TENANT, scp: 'access_as_user', ver: '2.0', aud: AUDIENCE, ...claims }).setProtectedHeader({ alg: 'RS256', kid: 'tab-test' }).setIssuer(ISSUER).setIssuedAt().setExpirationTime('10m').sign(key);
  return { keys: createLocalJWKSet(jwks), sign };
}

describe('dashboard tab API over HTTP (/api/tab, SSO token checked against a local JWKS)', function () {
  this.timeout(30_000);
  let t: TestBot;
  let entra: Awaited<ReturnType<typeof localEntra>>;
  const get = (path: string, token?: string) => fetch(`${t.bot.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const oid = (memberId: string) => t.bot.app.roster.member(memberId)!.aadObjectId!;

  before(async () => {
    entra = await localEntra();
    t = await TestBot.start({
      now: () => NOW,
      env: { CLIENT_ID: CLIENT, CLIENT_SECRET: 'tab-test-secret', TENANT_ID: TENANT, BOT_DOMAIN: 'cchc-bot.example.gov.vn' },
      overrides: { tabKeys: entra.keys },
    });
    // A quarter with some reports, written through the feature code's repository as a submission would.
    await t.bot.app.cycles.createIfAbsent({
      id: '2026-q4', kind: 'quarterly', label: 'Quý IV/2026', subject: 'Báo cáo CCHC quý IV/2026', dataFrom: '2026-09-15', dataTo: '2026-12-14',
      unitDeadline: '2026-12-10', compileDeadline: '2026-12-14', targetUnits: t.bot.app.roster.committee.units.map((u) => u.id), state: 'open', openedBy: 'thuong-truc', openedAt: NOW.toISOString(),
    });
    await t.bot.app.cycles.updateSubmission('2026-q4', 'kinh-te', () => ({ cycleId: '2026-q4', unitId: 'kinh-te', versions: [{ version: 1, at: NOW.toISOString(), submittedBy: 'truong-kinh-te', late: false, answers: {} }] }) as never);
  });
  after(async () => {
    await t.stop();
  });

  it('answers 401 without a token, with a malformed one, a foreign key, another audience or tenant, or without access_as_user', async () => {
    const other = await generateKeyPair('RS256');
    const cases: Array<[string, string | undefined]> = [
      ['no token', undefined],
      ['not a JWT', 'not-a-jwt'],
      ['foreign key', await entra.sign({ oid: oid('truong-ban') }, other.privateKey)],
      ['other audience', await entra.sign({ oid: oid('truong-ban'), aud: 'api://elsewhere/x' })],
      ['other tenant', await entra.sign({ oid: oid('truong-ban'), tid: '11111111-0000-4000-8000-000000000000' })],
      ['no scope', await entra.sign({ oid: oid('truong-ban'), scp: 'User.Read' })],
    ];
    for (const [label, token] of cases) expect((await get('/api/tab/dashboard', token)).status, label).to.equal(401);
    expect((await get('/api/tab/members')).status, 'no member picker with credentials').to.equal(404);
  });

  it('answers 403 for a valid token of someone not on the roster', async () => {
    expect((await get('/api/tab/dashboard', await entra.sign({ oid: '0badf00d-0000-4000-8000-000000000000' }))).status).to.equal(403);
  });

  it('shows a leader every unit with the numbers of `tình hình` (the same status view)', async () => {
    const res = await get('/api/tab/dashboard', await entra.sign({ oid: oid('truong-ban') }));
    expect(res.status).to.equal(200);
    const view = (await res.json()) as { scope: string; cycle: { rows: unknown[]; totals: Record<string, number>; label: string } };
    expect(view.scope).to.equal('all');
    expect(view.cycle.label).to.equal('Quý IV/2026');
    const submissions = await t.bot.app.cycles.submissions('2026-q4');
    const { unitStatus } = await import('../../src/domain/cycles/unit-status.ts');
    const expected = statusTotals(t.bot.app.roster.committee.units.map((u) => unitStatus(u.id, submissions.get(u.id))));
    expect(view.cycle.totals).to.deep.equal(expected);
    expect(view.cycle.rows).to.have.length(t.bot.app.roster.committee.units.length);
  });

  it('shows a unit head only their unit, and answers 403 when they ask for another unit', async () => {
    const token = await entra.sign({ oid: oid('truong-kinh-te') });
    const own = (await (await get('/api/tab/dashboard', token)).json()) as { scope: string; cycle: { rows: Array<{ unitId: string }> }; downloads: { stats: boolean } };
    expect(own.scope).to.equal('own');
    expect(own.cycle.rows.map((r) => r.unitId)).to.deep.equal(['kinh-te']);
    expect(own.downloads.stats).to.equal(false);
    expect((await get('/api/tab/dashboard?unit=kinh-te', token)).status).to.equal(200);
    expect((await get('/api/tab/dashboard?unit=van-xa', token)).status).to.equal(403);
    expect((await get('/api/tab/download/stats.csv', token)).status).to.equal(403);
  });

  it('lets the standing member download the statistics as CSV and .xlsx', async () => {
    const token = await entra.sign({ oid: oid('thuong-truc') });
    const csv = await get('/api/tab/download/stats.csv', token);
    expect(csv.status).to.equal(200);
    expect(csv.headers.get('content-type')).to.include('text/csv');
    expect(await csv.text()).to.include('Phòng Kinh tế');
    const xlsx = await get('/api/tab/download/stats.xlsx', token);
    expect(xlsx.status).to.equal(200);
    const bytes = Buffer.from(await xlsx.arrayBuffer());
    expect(bytes.subarray(0, 2).toString()).to.equal('PK');
    expect((await get('/api/tab/download/report/2026-q4.docx', token)).status, 'not sent yet').to.equal(404);
  });
});
