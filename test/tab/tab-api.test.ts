import { expect } from 'chai';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JWTPayload } from 'jose';
import ExcelJS from 'exceljs';
import { statusTotals } from '../../src/domain/cycles/unit-status.ts';
import { PAR_AREA_TITLES } from '../../src/domain/par-areas.ts';
import { countTasks, filterTasks } from '../../src/domain/plan/plan-progress.ts';
import { newSynthesis } from '../../src/domain/synthesis/synthesis.ts';
import type { DashboardView } from '../../src/features/dashboard/dashboard-view.ts';
import { getPlan } from '../../src/features/plan/plan-repo.ts';
import { reportId } from '../../src/features/self-assessment/self-assessment-repo.ts';
import { SynthesisRepo } from '../../src/features/synthesis/synthesis-repo.ts';
import { SELF_ASSESSMENT } from '../../src/i18n/self-assessment-strings.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { readDocx } from '../report/read-docx.ts';
import { createInitiative, markDone, openSelfAssessment, score, storeInitiatives } from './tab-fixtures.ts';

const NOW = new Date('2026-12-01T02:00:00Z');
const TENANT = '00000000-0000-4000-8000-0000000000ff';
const CLIENT = 'a1b2c3d4-e5f6-4789-8abc-def012345678';
const AUDIENCE = `api://cchc-bot.example.gov.vn/${CLIENT}`;
const ISSUER = `https://login.microsoftonline.com/${TENANT}/v2.0`;

/** Every cell of the first sheet of an .xlsx, row by row, as text. */
async function sheetRows(bytes: Buffer): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows: string[][] = [];
  workbook.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)))));
  return rows;
}

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
    // The illustrative 2026 plan (data/plans) with task 2 done on time and task 9 done after its deadline (30/06).
    await markDone(t.bot.app, ['t-2', 't-9'], '2026-11-20', 'thuong-truc');
    // The self-assessment open; Phòng Tổng hợp scored (8.1 adjusted on review), Phòng Hành chính – Tổ chức too.
    await openSelfAssessment(t.bot.app, NOW);
    await score(t.bot.app, 'tong-hop', 'truong-tong-hop', { '1.1.2': 1, '1.2': 1, '8.1': 0.75 }, NOW, { '8.1': 0.5 });
    await score(t.bot.app, 'hanh-chinh-to-chuc', 'thuong-truc', { '1.1.1': 1, '1.1.2': 0.5 }, NOW);
    await storeInitiatives(t.bot.app, [
      createInitiative({ id: 'i-1', unitId: 'kinh-te', title: 'Một cửa số cho hồ sơ đầu tư' }),
      createInitiative({ id: 'i-2', unitId: 'van-xa', title: 'Sổ tay văn hóa công sở' }),
      createInitiative({ id: 'i-3', unitId: 'kinh-te', title: 'Sáng kiến năm trước', recognisedOn: '2025-11-02', registeredAt: '2025-10-01T02:00:00Z' }),
    ]);
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

  const view = async (memberId: string, query = '') => {
    const res = await get(`/api/tab/dashboard${query}`, await entra.sign({ oid: oid(memberId) }));
    expect(res.status).to.equal(200);
    return (await res.json()) as DashboardView;
  };

  it('shows plan progress by area: the whole plan to leaders (as `kế hoạch` counts it), a unit its own tasks', async () => {
    const plan = (await getPlan(t.bot.app, 2026))!;
    const leader = (await view('truong-ban')).plan!;
    const counts = countTasks(plan.tasks, 2026, '2026-12-01');
    expect(leader.total).to.include({ total: plan.tasks.length, done: counts.done, onTime: counts.done - counts.late, overdue: counts.overdue });
    expect(leader.total).to.include({ done: 2, onTime: 1 });
    expect(leader.areas.map((a) => a.area)).to.include.members(['chi-dao-dieu-hanh', 'the-che', 'chinh-quyen-so']);
    expect(leader.areas.find((a) => a.area === 'chinh-quyen-so')).to.include({ title: PAR_AREA_TITLES['chinh-quyen-so'].vi, total: 1, done: 1, onTime: 0, overdue: 0 });
    // Phòng Tổng hợp leads task 2 and cooperates on 1 and 10: what `kế hoạch` lists its head.
    const own = (await view('truong-tong-hop')).plan!;
    const ownTasks = filterTasks(plan, { unitIds: ['tong-hop'] }, '2026-12-01');
    expect(own.total).to.deep.equal({ total: ownTasks.length, done: 1, onTime: 1, inProgress: 0, notStarted: 2, overdue: 1 });
    expect(own.areas.map((a) => a.area)).to.deep.equal(['chi-dao-dieu-hanh']);
    expect((await view('truong-kinh-te')).plan!.areas.map((a) => a.area)).to.deep.equal(['the-che']);
    expect((await view('thu-ky')).plan, 'the secretary has no plan rights').to.equal(null);
  });

  it('shows self-assessment points vs maximum by area: the Office table to leaders, a unit its own criteria, in the member\'s language', async () => {
    const leader = (await view('thuong-truc')).selfAssessment!;
    // 1.1.1 = 1; 1.1.2 = the lower of the two units (0,5); 1.2 = 1; 8.1 waits for Trung tâm Công báo.
    expect(leader.areas[0]).to.include({ areaId: '1', points: 2.5, maxPoints: 3, itemsScored: 3, itemsTotal: 3 });
    expect(leader.total).to.include({ points: 2.5, claimed: 2.5, itemsScored: 3 });
    expect(leader.areas).to.have.length(8);
    const own = (await view('truong-tong-hop')).selfAssessment!;
    expect(own.units).to.deep.equal(['tong-hop']);
    expect(own.areas.map((a) => [a.areaId, a.points, a.claimed, a.maxPoints])).to.deep.equal([['1', 2, 2, 2], ['8', 0.5, 0.75, 1]]);
    expect(own.total).to.include({ points: 2.5, maxPoints: 3, itemsScored: 3, itemsTotal: 3 });
    expect((await view('truong-kinh-te')).selfAssessment, 'Phòng Kinh tế scores no criterion').to.equal(null);
    expect(leader.areas[1]!.title).to.equal('Cải cách thể chế (xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật)');
    await t.bot.app.memberSettings.setLocale('truong-tong-hop', 'en', NOW);
    try {
      const english = await view('truong-tong-hop');
      expect(english.locale).to.equal('en');
      expect(english.selfAssessment!.areas[0]!.title).to.equal(PAR_AREA_TITLES['chi-dao-dieu-hanh'].en);
      expect(english.plan!.areas[0]!.title).to.equal(PAR_AREA_TITLES['chi-dao-dieu-hanh'].en);
    } finally {
      await t.bot.app.memberSettings.setLocale('truong-tong-hop', 'vi', NOW);
    }
  });

  it('offers the self-assessment and initiatives files by the same rights, and answers 401 without a token', async () => {
    const leader = (await view('thuong-truc')).downloads;
    expect(leader.selfAssessment).to.deep.equal([{ year: 2026, format: 'xlsx' }]);
    expect(leader.initiatives.map((f) => f.format)).to.deep.equal(['csv', 'xlsx']);
    const head = (await view('truong-tong-hop')).downloads;
    expect(head.selfAssessment).to.deep.equal([{ year: 2026, format: 'xlsx', unitId: 'tong-hop', unit: 'Phòng Tổng hợp' }]);
    expect(head.initiatives.every((f) => f.unitId === 'tong-hop')).to.equal(true);
    for (const path of ['/api/tab/download/self-assessment-2026.xlsx', '/api/tab/download/self-assessment-2026.docx', '/api/tab/download/initiatives-2026.csv', '/api/tab/download/initiatives-2026.xlsx?unit=kinh-te']) {
      expect((await get(path)).status, path).to.equal(401);
    }
  });

  it('gives leaders the Office\'s self-assessment table (.xlsx) and, once compiled, the report (.docx)', async () => {
    const token = await entra.sign({ oid: oid('thuong-truc') });
    const xlsx = await get('/api/tab/download/self-assessment-2026.xlsx', token);
    expect(xlsx.status).to.equal(200);
    expect(xlsx.headers.get('content-disposition')).to.include('bang-tu-cham-diem-cchc-2026.xlsx');
    const rows = await sheetRows(Buffer.from(await xlsx.arrayBuffer()));
    expect(rows.find((r) => r[0] === '1')?.slice(2, 4)).to.deep.equal(['3', '2.5']);
    expect(rows.find((r) => r[0] === '1.1.2')?.[3]).to.equal('0.5');
    expect(rows.find((r) => r[1] === 'Tổng cộng')?.[3]).to.equal('2.5');
    expect((await get('/api/tab/download/self-assessment-2026.docx', token)).status, 'not compiled yet').to.equal(404);
    await new SynthesisRepo(t.bot.app.store).update(reportId(2026), () => newSynthesis(reportId(2026), { strengths: 'Hoàn thành đúng hạn', limitations: '', nextQuarter: '', proposals: '', recommendations: '' }, 'thuong-truc', NOW.toISOString()));
    expect((await view('thuong-truc')).downloads.selfAssessment.map((f) => f.format)).to.deep.equal(['xlsx', 'docx']);
    const docx = await get('/api/tab/download/self-assessment-2026.docx', token);
    expect(docx.status).to.equal(200);
    expect(docx.headers.get('content-type')).to.include('wordprocessingml');
    const { document } = readDocx(Buffer.from(await docx.arrayBuffer()));
    expect(document).to.include(SELF_ASSESSMENT.vi.report.subject(2026)).and.include('Hoàn thành đúng hạn');
    expect((await get('/api/tab/download/self-assessment-2031.xlsx', token)).status, 'no such year').to.equal(404);
  });

  it('gives a unit head their own unit\'s self-assessment sheet only: 403 for the Office\'s files or another unit\'s', async () => {
    const token = await entra.sign({ oid: oid('truong-tong-hop') });
    expect((await get('/api/tab/download/self-assessment-2026.xlsx', token)).status).to.equal(403);
    expect((await get('/api/tab/download/self-assessment-2026.docx', token)).status).to.equal(403);
    expect((await get('/api/tab/download/self-assessment-2026.xlsx?unit=hanh-chinh-to-chuc', token)).status).to.equal(403);
    expect((await get('/api/tab/download/self-assessment-2026.xlsx?unit=no-such-unit', token)).status).to.equal(404);
    const own = await get('/api/tab/download/self-assessment-2026.xlsx?unit=tong-hop', token);
    expect(own.status).to.equal(200);
    const rows = await sheetRows(Buffer.from(await own.arrayBuffer()));
    const numbers = rows.map((r) => r[0]);
    expect(numbers).to.include.members(['1.1.2', '1.2', '8.1']);
    expect(numbers).to.not.include('1.1.1');
    expect(numbers).to.not.include('2.1');
    expect(rows.find((r) => r[0] === '8.1')?.[3], 'the reviewed score counts').to.equal('0.5');
    expect(rows.some((r) => r[0]?.includes('Phòng Tổng hợp'))).to.equal(true);
  });

  it('exports the recognised initiatives: the whole list to leaders (.csv, .xlsx), a unit head their unit\'s, 403 for another unit', async () => {
    const leader = await entra.sign({ oid: oid('truong-ban') });
    const csv = await get('/api/tab/download/initiatives-2026.csv', leader);
    expect(csv.status).to.equal(200);
    const text = await csv.text();
    expect(text).to.include('Một cửa số cho hồ sơ đầu tư').and.include('Sổ tay văn hóa công sở').and.not.include('Sáng kiến năm trước');
    const xlsx = await get('/api/tab/download/initiatives-2026.xlsx', leader);
    const rows = await sheetRows(Buffer.from(await xlsx.arrayBuffer()));
    expect(rows.map((r) => r[2])).to.include.members(['Một cửa số cho hồ sơ đầu tư', 'Sổ tay văn hóa công sở']);
    expect(rows.find((r) => r[2] === 'Sổ tay văn hóa công sở')?.[1]).to.equal(t.bot.app.roster.unit('van-xa')!.name);
    const head = await entra.sign({ oid: oid('truong-kinh-te') });
    expect((await get('/api/tab/download/initiatives-2026.csv', head)).status).to.equal(403);
    expect((await get('/api/tab/download/initiatives-2026.xlsx?unit=van-xa', head)).status).to.equal(403);
    const own = await get('/api/tab/download/initiatives-2026.csv?unit=kinh-te', head);
    expect(own.status).to.equal(200);
    const ownText = await own.text();
    expect(ownText).to.include('Một cửa số cho hồ sơ đầu tư').and.not.include('Sổ tay văn hóa công sở');
  });
});
