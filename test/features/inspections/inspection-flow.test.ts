import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import type { MeetingTask } from '../../../src/domain/meetings/index.ts';
import { COMMON } from '../../../src/i18n/common-strings.ts';
import { DELEGATION } from '../../../src/i18n/delegation-strings.ts';
import { DOCUMENTS } from '../../../src/i18n/document-strings.ts';
import { INSPECTION } from '../../../src/i18n/inspection-strings.ts';
import type { TeamsUser } from '../../helpers/activities.ts';
import { TestBot } from '../../helpers/test-bot.ts';
import { paragraphs, readDocx } from '../../report/read-docx.ts';
import { lastText, textsTo } from '../meetings/meeting-test-helpers.ts';
import { inJson, inspectionForm, onlyInspection } from './inspection-test-helpers.ts';

const S = INSPECTION.vi;
const click = async (t: TestBot, user: TeamsUser, verb: string, data: Record<string, unknown>) => JSON.stringify((await t.click(user, verb, data)).value);

describe('inspections (Điều 8): findings, the report through the standing member, the conclusion, tasks, the closed record, over HTTP', () => {
  // Friday 20/11/2026 09:00 in Hà Nội.
  const now = new Date('2026-11-20T02:00:00Z');
  let t: TestBot;
  let standing: TeamsUser;
  let chief: TeamsUser;
  let deputyChief: TeamsUser;
  let leader: TeamsUser;
  let deputyLeader: TeamsUser;
  let member: TeamsUser;
  let kinhTe: TeamsUser;
  let vanXa: TeamsUser;

  /** Creates the inspection; both units send their report. */
  async function started(): Promise<string> {
    await t.click(standing, 'inspection.create', inspectionForm());
    await t.bot.app.tasks.idle();
    const { id } = await onlyInspection(t);
    await t.click(kinhTe, 'inspection.selfReport', { inspectionId: id, unitId: 'kinh-te', selfReport: 'Phòng Kinh tế hoàn thành 8/10 nhiệm vụ CCHC.', evidence: 'https://vanphong.example.gov.vn/ho-so/kinh-te' });
    await t.click(vanXa, 'inspection.selfReport', { inspectionId: id, unitId: 'van-xa', selfReport: 'Phòng Văn xã hoàn thành toàn bộ nhiệm vụ.', evidence: '' });
    return id;
  }

  /** The team records both findings and the leader reports. */
  async function reported(id: string): Promise<void> {
    await t.click(deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'partly', findings: 'Chưa niêm yết đủ thủ tục hành chính tại bộ phận một cửa.', proposal: 'Niêm yết bổ sung, báo cáo Ban Chỉ đạo.' });
    await t.click(leader, 'inspection.finding', { inspectionId: id, unitId: 'van-xa', verdict: 'meets', findings: 'Thực hiện đầy đủ.', proposal: '' });
    expect(await click(t, leader, 'inspection.submit', { inspectionId: id, summary: 'Các đơn vị cơ bản thực hiện đúng Kế hoạch CCHC năm 2026.' })).to.include(inJson(S.submitted));
  }

  beforeEach(async () => {
    t = await TestBot.start({ now: () => now });
    standing = t.user('thuong-truc');
    chief = t.user('truong-ban');
    deputyChief = t.user('pho-truong-ban');
    leader = t.user('truong-tong-hop');
    deputyLeader = t.user('truong-du-an');
    member = t.user('truong-do-thi');
    kinhTe = t.user('truong-kinh-te');
    vanXa = t.user('truong-van-xa');
    for (const m of t.bot.app.roster.committee.members) await t.install(t.user(m.id));
  });
  afterEach(async () => {
    await t.stop();
  });

  it('create → team told → self-reports → findings → leader reports → standing member forwards → chief concludes → tasks and units told → closed, edits refused, the .docx opened', async () => {
    const id = await started();

    // Findings: only the team, a reason for what falls short, every unit before the leader reports.
    const outsider = await click(t, kinhTe, 'inspection.finding', { inspectionId: id, unitId: 'van-xa', verdict: 'meets', findings: 'Tự đánh giá', proposal: '' });
    expect(outsider).to.include(inJson(S.notOnTeam));
    expect((await onlyInspection(t)).findings).to.deep.equal({});
    expect(await click(t, deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'partly', findings: 'Chưa niêm yết đủ.', proposal: '' })).to.include(inJson(S.proposalRequired));
    expect(await click(t, deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'bad', findings: 'x', proposal: '' })).to.include(inJson(S.chooseVerdict));
    expect(await click(t, deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'du-an', verdict: 'meets', findings: 'x', proposal: '' })).to.include(inJson(S.unitNotInspected));
    const recorded = await click(t, deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'partly', findings: 'Chưa niêm yết đủ thủ tục hành chính tại bộ phận một cửa.', proposal: 'Niêm yết bổ sung, báo cáo Ban Chỉ đạo.' });
    expect(recorded).to.include(inJson(S.findingRecorded('Phòng Kinh tế')));
    expect(await click(t, leader, 'inspection.submit', { inspectionId: id, summary: 'x' })).to.include(inJson(S.missingFindings(['Phòng Văn xã'])));
    await t.click(member, 'inspection.finding', { inspectionId: id, unitId: 'van-xa', verdict: 'meets', findings: 'Thực hiện đầy đủ.', proposal: '' });
    expect(await click(t, member, 'inspection.submit', { inspectionId: id, summary: 'x' })).to.include(inJson(S.notLeader));
    expect(await click(t, leader, 'inspection.submit', { inspectionId: id, summary: '' })).to.include(inJson(S.summaryRequired));
    expect((await onlyInspection(t)).status).to.equal('open');
    expect(await click(t, chief, 'inspection.forward', { inspectionId: id, note: '' })).to.include(inJson(COMMON.vi.forbidden));

    // The leader reports to the chief through the standing member (Điều 8.2).
    expect(await click(t, leader, 'inspection.submit', { inspectionId: id, summary: 'Các đơn vị cơ bản thực hiện đúng Kế hoạch CCHC năm 2026.' })).to.include(inJson(S.submitted));
    expect(lastText(t, standing)).to.include('inspection.forward').and.include('Chưa niêm yết đủ thủ tục hành chính');
    for (const other of [deputyLeader, member]) expect(lastText(t, other)).to.include(inJson(S.reportedToTeam(t.bot.app.roster.member('truong-tong-hop')!.name)));
    expect(textsTo(t, chief).some((x) => x.includes('inspection.conclude'))).to.equal(false);
    expect(await click(t, deputyLeader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'meets', findings: 'x', proposal: '' })).to.include(inJson(S.notOpen));
    expect(await click(t, chief, 'inspection.conclude', { inspectionId: id, conclusion: 'x' })).to.include(inJson(S.notForwarded));

    expect(await click(t, standing, 'inspection.forward', { inspectionId: id, note: 'Đề nghị Trưởng Ban xem xét, kết luận.' })).to.include(inJson(S.forwarded(t.bot.app.roster.member('truong-ban')!.name)));
    expect(await click(t, standing, 'inspection.forward', { inspectionId: id, note: '' })).to.include(inJson(S.notReported));
    const toChief = textsTo(t, chief).filter((x) => x.includes('inspection.conclude'));
    expect(toChief).to.have.length(1);
    expect(toChief[0]).to.include('measure-kinh-te').and.include('Niêm yết bổ sung, báo cáo Ban Chỉ đạo.').and.include('Đề nghị Trưởng Ban xem xét, kết luận.');
    expect(textsTo(t, deputyChief).some((x) => x.includes('inspection.conclude'))).to.equal(false);

    // The chief adjusts the proposal for Phòng Kinh tế; a deadline in the past is refused and nothing changes.
    const conclusion = { inspectionId: id, conclusion: 'Đồng ý với báo cáo của Đoàn; điều chỉnh biện pháp đối với Phòng Kinh tế.', 'measure-kinh-te': 'Niêm yết đủ thủ tục hành chính và báo cáo kết quả trước 31/12/2026.', 'measure-van-xa': '' };
    expect(await click(t, chief, 'inspection.conclude', { ...conclusion, 'deadline-kinh-te': '2026-11-01' })).to.include(inJson(S.measureDeadlinePast('Phòng Kinh tế', '20/11/2026')));
    expect(await click(t, chief, 'inspection.conclude', { ...conclusion, 'deadline-kinh-te': '' })).to.include(inJson(S.measureDeadlineMissing('Phòng Kinh tế')));
    expect(await click(t, chief, 'inspection.conclude', { ...conclusion, conclusion: '', 'deadline-kinh-te': '2026-12-31' })).to.include(inJson(S.conclusionRequired));
    expect((await onlyInspection(t)).status).to.equal('forwarded');
    expect(await t.bot.app.repos.tasks.all()).to.deep.equal([]);

    expect(await click(t, chief, 'inspection.conclude', { ...conclusion, 'deadline-kinh-te': '2026-12-31' })).to.include(inJson(S.concluded(1)));
    const closed = await onlyInspection(t);
    expect(closed.status).to.equal('closed');
    expect(closed.conclusion).to.deep.include({ by: 'truong-ban', onBehalfOfChief: false });
    expect(closed.conclusion!.measures).to.deep.equal([{ unitId: 'kinh-te', content: conclusion['measure-kinh-te'], deadline: '2026-12-31', adjusted: true, taskId: `${id}-t1` }]);

    // Each measure is a task of the tasks feature; the units are told; the team is dissolved.
    const tasks: MeetingTask[] = await t.bot.app.repos.tasks.all();
    expect(tasks.map((x) => ({ unitId: x.unitId, content: x.content, deadline: x.deadline, status: x.status }))).to.deep.equal([{ unitId: 'kinh-te', content: conclusion['measure-kinh-te'], deadline: '2026-12-31', status: 'open' }]);
    expect(textsTo(t, kinhTe).some((x) => x.includes(inJson(S.conclusionTitle(closed.content))) && x.includes('trước 31/12/2026'))).to.equal(true);
    expect(lastText(t, kinhTe)).to.include('task.update').and.include(tasks[0]!.id);
    expect(textsTo(t, vanXa).some((x) => x.includes(inJson(S.noMeasure)))).to.equal(true);
    for (const who of [leader, deputyLeader, member, standing]) expect(lastText(t, who)).to.include(inJson(S.dissolved(closed.content)));
    await t.say(kinhTe, 'nhiệm vụ');
    expect(textsTo(t, kinhTe).slice(-2).join('')).to.include('trước 31/12/2026');
    expect(JSON.stringify((await t.click(kinhTe, 'task.update', { taskId: tasks[0]!.id, progress: 'Đã niêm yết 5/7 thủ tục', done: 'false' })).value)).to.include('Đã niêm yết 5/7 thủ tục');

    // Closed: nothing more can be edited, and it says why.
    const before = JSON.stringify(await onlyInspection(t));
    const edits: Array<[TeamsUser, string, Record<string, unknown>]> = [
      [kinhTe, 'inspection.selfReport', { inspectionId: id, unitId: 'kinh-te', selfReport: 'Bổ sung', evidence: '' }],
      [leader, 'inspection.finding', { inspectionId: id, unitId: 'kinh-te', verdict: 'meets', findings: 'x', proposal: '' }],
      [leader, 'inspection.submit', { inspectionId: id, summary: 'x' }],
      [standing, 'inspection.forward', { inspectionId: id, note: '' }],
      [chief, 'inspection.conclude', { ...conclusion, 'deadline-kinh-te': '2026-12-31' }],
    ];
    for (const [who, verb, data] of edits) expect(await click(t, who, verb, data), verb).to.include(inJson(S.closed));
    expect(JSON.stringify(await onlyInspection(t))).to.equal(before);
    expect(await t.bot.app.repos.tasks.all()).to.have.length(1);

    // It stays in history: listed under `tài liệu` for every member, opened as the Decree 30 .docx.
    await t.say(kinhTe, 'tài liệu');
    expect(lastText(t, kinhTe)).to.include(`inspection:${id}`).and.include(inJson(DOCUMENTS.vi.kinds.inspection));
    const opened = await click(t, kinhTe, 'documents.open', { ref: `inspection:${id}` });
    const path = /lưu tại: ([^"\\]+\.docx)/.exec(opened)?.[1];
    expect(path, opened.slice(0, 300)).to.be.a('string');
    expect(existsSync(path!)).to.equal(true);
    const text = paragraphs(readDocx(readFileSync(path!)).document).map((p) => p.text);
    const all = text.join('\n');
    expect(text).to.include('BÁO CÁO');
    expect(text).to.include(`Kết quả kiểm tra công tác cải cách hành chính: ${closed.content}`);
    expect(all).to.include('ĐOÀN KIỂM TRA CÔNG TÁC CCHC').and.include('Số: …/BC-ĐKT').and.include('TRƯỞNG ĐOÀN').and.include(t.bot.app.roster.member('truong-tong-hop')!.name);
    expect(all).to.include('Phó Trưởng đoàn: Phan Quốc Dự Án').and.include('Thời gian kiểm tra: từ ngày 30/11/2026 đến ngày 11/12/2026');
    expect(all).to.include('1. Phòng Kinh tế').and.include('Đánh giá: Đạt một phần').and.include('Chưa niêm yết đủ thủ tục hành chính tại bộ phận một cửa.').and.include('https://vanphong.example.gov.vn/ho-so/kinh-te');
    expect(all).to.include('2. Phòng Văn xã').and.include('Đánh giá: Đạt yêu cầu');
    expect(all).to.include('IV. KẾT LUẬN CỦA TRƯỞNG BAN CHỈ ĐẠO').and.include('Đồng ý với báo cáo của Đoàn').and.include(conclusion['measure-kinh-te']).and.include('31/12/2026').and.include('(điều chỉnh so với đề xuất của Đoàn)');
    expect(all).to.include('Trưởng Ban Chỉ đạo (qua Ủy viên thường trực);').and.include(`Trên đây là báo cáo kết quả kiểm tra việc thực hiện nhiệm vụ CCHC năm 2026`);
  });

  it('under delegation the report goes to the deputy chief, who concludes on behalf of the chief; accepting the proposal leaves it unadjusted', async () => {
    await t.say(chief, 'ủy quyền 20/11/2026 30/11/2026');
    const id = await started();
    await reported(id);
    await t.click(standing, 'inspection.forward', { inspectionId: id, note: '' });
    const toDeputy = textsTo(t, deputyChief).filter((x) => x.includes('inspection.conclude'));
    expect(toDeputy).to.have.length(1);
    expect(toDeputy[0]).to.include(inJson(S.onBehalfNote));
    expect(textsTo(t, chief).some((x) => x.includes('inspection.conclude'))).to.equal(false);
    const res = await click(t, deputyChief, 'inspection.conclude', { inspectionId: id, conclusion: 'Đồng ý với đề xuất của Đoàn.', 'measure-kinh-te': 'Niêm yết bổ sung, báo cáo Ban Chỉ đạo.', 'deadline-kinh-te': '2026-12-15' });
    expect(res).to.include(inJson(S.concluded(1)));
    const closed = await onlyInspection(t);
    expect(closed.conclusion).to.deep.include({ by: 'pho-truong-ban', onBehalfOfChief: true });
    expect(closed.conclusion!.measures[0]).to.deep.include({ adjusted: false });
    const signed = DELEGATION.vi.onBehalf(t.bot.app.roster.member('pho-truong-ban')!.name);
    expect(textsTo(t, kinhTe).some((x) => x.includes(inJson(signed)))).to.equal(true);
  });
});
