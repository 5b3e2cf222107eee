import { expect } from 'chai';
import { ACTIONS, can, type Action } from '../../src/domain/committee/permissions.ts';
import type { MeetingTask } from '../../src/domain/meetings/index.ts';
import { buildRegistry } from '../../src/features/registry.ts';
import { permissionContext } from '../../src/features/absences.ts';
import { COMMON } from '../../src/i18n/common-strings.ts';
import { conversationOf, createUser, type TeamsUser } from '../helpers/activities.ts';
import { FakeConnector } from '../helpers/fake-connector.ts';
import { TestBot } from '../helpers/test-bot.ts';
import { planWorkbook } from '../features/plan/plan-sheets.ts';

const NOW = new Date('2026-12-01T02:00:00Z');
const CYCLE = '2026-q4';
const OWN_UNIT = 'kinh-te';
const OTHER_UNIT = 'van-xa';
/** Refusal texts as they appear inside JSON bodies (quotes escaped). */
const FORBIDDEN = JSON.stringify(COMMON.vi.forbidden).slice(1, -1);
const NOT_MEMBER = JSON.stringify(COMMON.vi.notMember).slice(1, -1);

/** Who is asking: one person per committee role, a unit head and deputy, and a stranger. */
const PEOPLE = ['truong-ban', 'pho-truong-ban', 'thuong-truc', 'thu-ky', 'truong-kinh-te', 'pho-kinh-te', 'stranger'] as const;

/** Each command: what to type, and the action(s) of the role table that allow it (any of them). */
const COMMANDS: Record<string, { text: string; actions: Action[]; unitId?: string }> = {
  help: { text: 'trợ giúp', actions: ['help'] },
  whoami: { text: 'tôi là ai', actions: ['whoami'] },
  language: { text: 'ngôn ngữ tiếng Việt', actions: ['language.set'] },
  status: { text: 'tình hình', actions: ['status.all', 'status.own'] },
  openQuarter: { text: `mở báo cáo quý IV/2026 hạn 10/12/2026`, actions: ['cycle.open'] },
  adhoc: { text: 'báo cáo đột xuất', actions: ['cycle.adhoc'] },
  compile: { text: 'tổng hợp quý I/2020', actions: ['compile'] },
  markAbsent: { text: 'vắng Phòng Văn xã', actions: ['unit.markAbsent'], unitId: OTHER_UNIT },
  markPresent: { text: 'có mặt Phòng Văn xã', actions: ['unit.markAbsent'], unitId: OTHER_UNIT },
  meeting: { text: 'họp', actions: ['meeting.schedule'] },
  reschedule: { text: 'dời họp 05/12/2026 9:00', actions: ['meeting.schedule'] },
  cancelMeeting: { text: 'hủy họp', actions: ['meeting.schedule'] },
  conclude: { text: 'kết luận', actions: ['meeting.conclude'] },
  tasks: { text: 'nhiệm vụ', actions: ['tasks.viewAll', 'tasks.viewOwn'] },
  remind: { text: 'nhắc Phòng Không Tồn Tại', actions: ['remind'] },
  history: { text: 'báo cáo quý I/2020', actions: ['report.history'] },
  stats: { text: 'thống kê', actions: ['report.stats'] },
  delegate: { text: 'ủy quyền', actions: ['delegation.manage'] },
  revokeDelegation: { text: 'thu hồi ủy quyền', actions: ['delegation.manage'] },
  plan: { text: 'kế hoạch 2026', actions: ['plan.viewAll', 'plan.viewOwn'] },
  poll: { text: 'lấy ý kiến', actions: ['poll.create'] },
  documents: { text: 'tài liệu', actions: ['documents.view'] },
  synthesis: { text: 'dự thảo quý I/2020', actions: ['synthesis.edit'] },
  selfAssessmentOpen: { text: 'tự chấm điểm 2031 hạn 15/12/2031', actions: ['selfAssessment.open'] },
  selfAssessmentScores: { text: 'điểm 2031', actions: ['selfAssessment.viewAll', 'selfAssessment.viewOwn'] },
  initiatives: { text: 'sáng kiến', actions: ['initiative.register', 'initiative.viewAll'] },
  inspection: { text: 'kiểm tra', actions: ['inspection.create', 'inspection.record'] },
  // In a 1:1 chat: allowed roles get the 'only in a channel' answer (nothing stored), others the refusal.
  linkChannel: { text: 'gắn kênh', actions: ['channel.link'] },
};

/**
 * Each card verb: the payload (genuine, or forged to name another unit or cycle) and the action
 * and unit the role table decides on. `forged` payloads must be refused for a unit member.
 */
const VERBS: Record<string, Array<{ label: string; data: Record<string, unknown>; action: Action; unitId?: string; refusedForAll?: boolean }>> = {
  'report.submit': [
    { label: 'own unit', data: { cycleId: CYCLE, unitId: OWN_UNIT, 'area_kinh-te-placeholder': '' }, action: 'report.submit', unitId: OWN_UNIT },
    { label: 'forged: another unit', data: { cycleId: CYCLE, unitId: OTHER_UNIT }, action: 'report.submit', unitId: OTHER_UNIT },
    { label: 'forged: another cycle', data: { cycleId: 'adhoc-000000000000', unitId: OWN_UNIT }, action: 'report.submit', refusedForAll: true },
  ],
  'report.edit': [
    { label: 'own unit', data: { cycleId: CYCLE, unitId: OWN_UNIT }, action: 'report.submit', unitId: OWN_UNIT },
    { label: 'forged: another unit', data: { cycleId: CYCLE, unitId: OTHER_UNIT }, action: 'report.submit', unitId: OTHER_UNIT },
    { label: 'forged: another cycle', data: { cycleId: '2020-q1', unitId: OWN_UNIT }, action: 'report.submit', refusedForAll: true },
  ],
  'report.send': [{ label: 'forged: another cycle', data: { cycleId: '2020-q1' }, action: 'report.send' }],
  'report.later': [{ label: 'this cycle', data: { cycleId: CYCLE }, action: 'report.send' }],
  'adhoc.create': [{ label: 'empty form', data: { token: 'x' }, action: 'cycle.adhoc' }],
  'meeting.create': [{ label: 'bad token', data: { formToken: '!' }, action: 'meeting.schedule' }],
  'meeting.attend': [{ label: 'unknown meeting', data: { meetingId: 'm-none' }, action: 'meeting.respond' }],
  'meeting.leaveForm': [{ label: 'unknown meeting', data: { meetingId: 'm-none' }, action: 'meeting.respond' }],
  'meeting.leave': [{ label: 'unknown meeting', data: { meetingId: 'm-none' }, action: 'meeting.respond' }],
  'meeting.decide': [{ label: 'forged approval', data: { meetingId: 'm-none', memberId: 'truong-kinh-te', decision: 'approve' }, action: 'meeting.approveAbsence' }],
  'meeting.conclusions': [{ label: 'empty', data: { meetingId: 'm-none' }, action: 'meeting.conclude' }],
  'report.mailCopy': [{ label: 'a past cycle', data: { cycleId: '2020-q1' }, action: 'report.history' }],
  'poll.answer': [{ label: 'unknown poll', data: { pollId: 'p-none', choice: '0' }, action: 'poll.answer' }],
  'poll.decide': [{ label: 'unknown poll', data: { pollId: 'p-none', decision: '0', reason: 'x' }, action: 'poll.decide' }],
  'documents.open': [{ label: 'unknown document', data: { ref: 'report:2020-q1' }, action: 'documents.view' }],
  'stats.exportCsv': [{ label: 'export', data: {}, action: 'report.stats' }],
  'synthesis.open': [{ label: 'a cycle not compiled', data: { cycleId: '2020-q1' }, action: 'synthesis.edit' }],
  'synthesis.save': [{ label: 'a cycle not compiled', data: { cycleId: '2020-q1', strengths: 'x' }, action: 'synthesis.edit' }],
  'synthesis.submit': [{ label: 'a cycle not compiled', data: { cycleId: '2020-q1', strengths: 'x' }, action: 'synthesis.edit' }],
  'synthesis.approve': [{ label: 'forged approval', data: { cycleId: CYCLE, number: '1', comments: '' }, action: 'synthesis.approve' }],
  'synthesis.return': [{ label: 'forged return', data: { cycleId: CYCLE, number: '', comments: 'x' }, action: 'synthesis.approve' }],
  'selfAssessment.score': [
    { label: 'own unit, not open', data: { year: '2031', unitId: OWN_UNIT }, action: 'selfAssessment.score', unitId: OWN_UNIT },
    { label: 'forged: another unit', data: { year: '2031', unitId: OTHER_UNIT }, action: 'selfAssessment.score', unitId: OTHER_UNIT },
  ],
  'selfAssessment.compile': [{ label: 'not open', data: { year: '2031' }, action: 'selfAssessment.compile' }],
  'selfAssessment.submit': [{ label: 'not open', data: { year: '2031', strengths: 'x' }, action: 'selfAssessment.compile' }],
  'selfAssessment.approve': [{ label: 'forged approval', data: { year: '2031', number: '1', comments: '' }, action: 'selfAssessment.approve' }],
  'selfAssessment.return': [{ label: 'forged return', data: { year: '2031', number: '', comments: 'x' }, action: 'selfAssessment.approve' }],
  'selfAssessment.review': [{ label: 'not open', data: { year: '2031', unitId: OWN_UNIT, version: '1' }, action: 'selfAssessment.review' }],
  'synthesis.copy': [{ label: 'not sent', data: { cycleId: CYCLE }, action: 'synthesis.view' }],
  'plan.taskForm': [{ label: 'a year without a plan', data: { year: '2031', taskId: '' }, action: 'plan.edit' }],
  'plan.saveTask': [{ label: 'a year without a plan', data: { year: '2031', taskId: '', content: 'x' }, action: 'plan.edit' }],
  'plan.cancelTask': [{ label: 'a year without a plan', data: { year: '2031', taskId: 't-1', reason: 'x' }, action: 'plan.edit' }],
  'initiative.form': [{ label: 'empty form', data: { initiativeId: '' }, action: 'initiative.register' }],
  'initiative.submit': [{ label: 'empty form', data: { initiativeId: '' }, action: 'initiative.register' }],
  'initiative.open': [{ label: 'unknown initiative', data: { initiativeId: 'ini-none' }, action: 'initiative.register' }],
  'initiative.review': [{ label: 'unknown initiative', data: { initiativeId: 'ini-none', decision: 'recognise' }, action: 'initiative.review' }],
  'initiative.export': [{ label: 'a year with none', data: { year: '2031', format: 'csv' }, action: 'initiative.viewAll' }],
  'synthesis.download': [{ label: 'a cycle not compiled', data: { cycleId: '2020-q1' }, action: 'synthesis.edit' }],
  'inspection.create': [{ label: 'empty form', data: { token: 'x' }, action: 'inspection.create' }],
  'inspection.selfReport': [{ label: 'unknown inspection', data: { inspectionId: 'insp-none', unitId: OWN_UNIT, selfReport: 'x' }, action: 'inspection.selfReport' }],
  'inspection.finding': [{ label: 'unknown inspection', data: { inspectionId: 'insp-none', unitId: OWN_UNIT, verdict: 'meets', findings: 'x' }, action: 'inspection.record' }],
  'inspection.submit': [{ label: 'unknown inspection', data: { inspectionId: 'insp-none', summary: 'x' }, action: 'inspection.record' }],
  'inspection.forward': [{ label: 'unknown inspection', data: { inspectionId: 'insp-none', note: '' }, action: 'inspection.forward' }],
  'inspection.conclude': [{ label: 'forged conclusion', data: { inspectionId: 'insp-none', conclusion: 'x' }, action: 'inspection.conclude' }],
  'channel.board': [{ label: 'refresh of this cycle', data: { cycleId: CYCLE }, action: 'channel.view' }],
  'channel.reportForm': [
    { label: 'forged: another unit', data: { cycleId: CYCLE, unitId: OTHER_UNIT }, action: 'report.submit', unitId: OTHER_UNIT },
    { label: 'forged: another cycle', data: { cycleId: '2020-q1', unitId: OWN_UNIT }, action: 'report.submit', refusedForAll: true },
  ],
  'channel.remind': [{ label: 'a cycle that does not exist', data: { cycleId: '2020-q1' }, action: 'remind' }],
  'channel.compile': [{ label: 'a cycle that does not exist', data: { cycleId: '2020-q1' }, action: 'compile' }],
  'task.update': [
    { label: 'own unit task', data: { taskId: 'task-own', progress: 'Đang làm' }, action: 'task.update', unitId: OWN_UNIT },
    { label: 'forged: another unit task', data: { taskId: 'task-other', progress: 'Giả mạo' }, action: 'task.update', unitId: OTHER_UNIT },
  ],
};

/** Each file a feature takes in the 1:1 chat: what is sent, and the action that allows it. */
const FILES: Record<string, { name: string; content: () => Promise<Buffer>; action: Action }> = {
  planImport: { name: 'ke-hoach-cchc-2031.xlsx', content: () => planWorkbook([]), action: 'plan.import' },
  // Not a Word file: whoever may draft is told so, everyone else is refused; nothing is stored either way.
  synthesisUpload: { name: 'du-thao.docx', content: async () => Buffer.from('not a zip'), action: 'synthesis.edit' },
};

function task(id: string, unitId: string): MeetingTask {
  return { id, meetingId: 'm-x', content: `Nhiệm vụ ${unitId}`, unitId, deadline: '2026-12-20', status: 'open', progress: [], createdAt: NOW.toISOString(), remindedOn: [] };
}

describe('promise 2 — authorisation: role × command and role × card verb over HTTP', function () {
  this.timeout(60_000);
  let t: TestBot;
  const userOf = (who: (typeof PEOPLE)[number]): TeamsUser => (who === 'stranger' ? createUser({ aadObjectId: '0badf00d-0000-4000-8000-000000000000', name: 'Khách' }) : t.user(who));
  const member = (who: (typeof PEOPLE)[number]) => (who === 'stranger' ? undefined : t.bot.app.roster.member(who));

  before(async () => {
    t = await TestBot.start({ now: () => NOW });
    for (const who of PEOPLE) await t.install(userOf(who));
    await t.say(t.user('thuong-truc'), COMMANDS.openQuarter!.text);
    await t.bot.app.tasks.idle();
    for (const [id, unit] of [['task-own', OWN_UNIT], ['task-other', OTHER_UNIT]] as const) await t.bot.app.store.update('tasks', id, () => task(id, unit));
  });
  after(async () => {
    await t.stop();
  });

  it('covers every command and every card verb the registry serves, and every action of the role table', () => {
    const registry = buildRegistry();
    expect(Object.keys(COMMANDS).sort()).to.deep.equal([...registry.commands.keys()].sort());
    expect(Object.keys(VERBS).sort()).to.deep.equal([...registry.verbs.keys()].sort());
    expect(Object.keys(FILES).sort()).to.deep.equal(registry.features.flatMap((f) => f.files ?? []).map((f) => f.name).sort());
    const covered = new Set([...Object.values(COMMANDS).flatMap((c) => c.actions), ...Object.values(VERBS).flatMap((v) => v.map((c) => c.action)), ...Object.values(FILES).map((f) => f.action)]);
    expect(ACTIONS.filter((a) => !covered.has(a))).to.deep.equal([]);
  });

  for (const who of PEOPLE) {
    it(`commands as ${who}: allowed exactly when the role table says so`, async () => {
      const ctx = await permissionContext(t.bot.app);
      for (const [name, command] of Object.entries(COMMANDS)) {
        const allowed = command.actions.some((a) => can(member(who), a, ctx, command.unitId));
        const before = t.connector.messagesTo(conversationOf(userOf(who))).length;
        await t.say(userOf(who), command.text);
        const replies = t.connector.messagesTo(conversationOf(userOf(who))).slice(before).map((c) => FakeConnector.textOf(c)).join('\n');
        const refused = replies.includes(FORBIDDEN) || replies.includes(NOT_MEMBER);
        expect(refused, `${who} × ${name}: ${replies.slice(0, 200)}`).to.equal(!allowed);
        if (name === 'markAbsent' && allowed) await t.say(userOf(who), COMMANDS.markPresent!.text);
      }
    });

    it(`files sent as ${who}: taken exactly when the role table says so`, async () => {
      const ctx = await permissionContext(t.bot.app);
      for (const [name, file] of Object.entries(FILES)) {
        const allowed = can(member(who), file.action, ctx);
        const before = t.connector.messagesTo(conversationOf(userOf(who))).length;
        await t.sendFile(userOf(who), file.name, await file.content());
        const replies = t.connector.messagesTo(conversationOf(userOf(who))).slice(before).map((c) => FakeConnector.textOf(c)).join('\n');
        const refused = replies.includes(FORBIDDEN) || replies.includes(NOT_MEMBER);
        expect(refused, `${who} × ${name}: ${replies.slice(0, 200)}`).to.equal(!allowed);
      }
    });

    it(`card verbs as ${who}: allowed exactly when the role table says so; forged payloads change nothing`, async () => {
      const ctx = await permissionContext(t.bot.app);
      for (const [verb, cases] of Object.entries(VERBS)) {
        for (const c of cases) {
          const allowed = !c.refusedForAll && can(member(who), c.action, ctx, c.unitId);
          const otherBefore = JSON.stringify([await t.bot.app.cycles.getSubmission(CYCLE, OTHER_UNIT), await t.bot.app.store.get('tasks', 'task-other')]);
          const res = await t.click(userOf(who), verb, c.data);
          const text = JSON.stringify(res.value);
          const refused = text.includes(FORBIDDEN) || text.includes(NOT_MEMBER) || (Boolean(c.refusedForAll) && !text.includes('Đã nhận'));
          expect(res.status, `${who} × ${verb} (${c.label})`).to.equal(200);
          expect(refused, `${who} × ${verb} (${c.label}): ${text.slice(0, 200)}`).to.equal(!allowed);
          if (!allowed) expect(JSON.stringify([await t.bot.app.cycles.getSubmission(CYCLE, OTHER_UNIT), await t.bot.app.store.get('tasks', 'task-other')]), `${who} × ${verb} changed state`).to.equal(otherBefore);
        }
      }
    });
  }
});
