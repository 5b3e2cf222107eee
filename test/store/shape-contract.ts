import { expect } from 'chai';
import { ErrorCode } from '../../src/errors/coded-error.ts';
import { initiativesRepo } from '../../src/features/initiatives/initiative-repo.ts';
import { createRepositories } from '../../src/features/repositories.ts';
import { SelfAssessmentRepo } from '../../src/features/self-assessment/self-assessment-repo.ts';
import { SynthesisRepo } from '../../src/features/synthesis/synthesis-repo.ts';
import { DurableMailer, mailRecordId } from '../../src/graph/durable-mailer.ts';
import { createLogger } from '../../src/logging/logger.ts';
import { JobLedger } from '../../src/scheduler/job-ledger.ts';
import { ConversationRefs } from '../../src/store/conversation-refs.ts';
import { CycleRepo } from '../../src/store/cycle-repo.ts';
import { SCHEMA_VERSION, type DocumentShape } from '../../src/store/document-shape.ts';
import type { DocumentStore } from '../../src/store/document-store.ts';
import { MemberSettings } from '../../src/store/member-settings.ts';
import { repository } from '../../src/store/repository.ts';
import { CYCLE_SHAPE, DELIVERY_SHAPE, SUBMISSION_SHAPE } from '../../src/store/shapes/cycle-shapes.ts';
import { COMPILED_REPORT_SHAPE } from '../../src/store/shapes/report-shapes.ts';
import { BOARD_SHAPE, CHANNEL_LINK_SHAPE, POST_SHAPE } from '../../src/store/shapes/channel-shapes.ts';
import { DELEGATION_BOOK_SHAPE } from '../../src/store/shapes/delegation-shapes.ts';
import { ABSENT_HEADS_SHAPE } from '../../src/store/shapes/directory-shapes.ts';
import { INITIATIVE_SHAPE } from '../../src/store/shapes/initiative-shapes.ts';
import { INSPECTION_SHAPE } from '../../src/store/shapes/inspection-shapes.ts';
import { JOBS_DOC_SHAPE } from '../../src/store/shapes/job-shapes.ts';
import { MAIL_RECORD_SHAPE, PENDING_MAIL_SHAPE } from '../../src/store/shapes/mail-shapes.ts';
import { MEETING_SHAPE, TASK_SHAPE } from '../../src/store/shapes/meeting-shapes.ts';
import { AAD_LINKS_SHAPE, CONVERSATION_SHAPE, MEMBER_SETTING_SHAPE } from '../../src/store/shapes/member-shapes.ts';
import { PLAN_SHAPE } from '../../src/store/shapes/plan-shapes.ts';
import { POLL_SHAPE } from '../../src/store/shapes/poll-shapes.ts';
import { SELF_ASSESSMENT_SHAPE, UNIT_SCORES_SHAPE } from '../../src/store/shapes/self-assessment-shapes.ts';
import { NUMBER_COUNTER_SHAPE, SYNTHESIS_FILE_SHAPE, SYNTHESIS_SHAPE } from '../../src/store/shapes/synthesis-shapes.ts';
import { DocumentInvalidError } from '../../src/store/store-errors.ts';

/**
 * One row per versioned collection: a document as the code before versions wrote it (no `schemaVersion`), a
 * broken variant, and the read the bot itself makes of it (the repository or class the features use), which
 * must take the old document and refuse the newer and the broken one.
 */
interface ShapeCase {
  collection: string;
  id: string;
  shape: DocumentShape<unknown>;
  old: Record<string, unknown>;
  broken: Record<string, unknown>;
  botRead(store: DocumentStore): Promise<unknown>;
}

const at = '2026-12-01T02:00:00.000Z';
const repos = (store: DocumentStore) => createRepositories(store);
const quiet = createLogger('silent');
const outbox = { kind: 'outbox' as const, deliver: async () => ({ path: 'unused.eml' }) };

const planTask = { id: 't-1', number: '1', content: 'Rà soát thủ tục', area: 'tthc', leadUnitId: 'kinh-te', cooperatingUnitIds: [], deadline: { kind: 'quarter', quarter: 2 }, output: 'Báo cáo', status: 'not-started', result: '', history: [] };
const sections = { strengths: 'Ưu điểm', limitations: '', nextQuarter: '', proposals: '', recommendations: '' };
const conversation = { memberId: 'thuong-truc', serviceUrl: 'http://127.0.0.1/', channelId: 'msteams', conversationId: 'a:1', userId: '29:1', botId: '28:bot', locale: 'vi', updatedAt: at };
const mailKey = 'report/2026-q4';

const CASES: ShapeCase[] = [
  {
    collection: 'cycles',
    id: '2026-q4',
    shape: CYCLE_SHAPE as DocumentShape<unknown>,
    old: { id: '2026-q4', kind: 'quarterly', label: 'Quý IV/2026', subject: 's', dataFrom: '2026-09-15', dataTo: '2026-12-14', unitDeadline: '2026-12-10', compileDeadline: '2026-12-14', targetUnits: ['kinh-te'], state: 'open', openedBy: 'thuong-truc', openedAt: at },
    broken: { id: '2026-q4', kind: 'quarterly', state: 'lost' },
    botRead: (s) => new CycleRepo(s).get('2026-q4'),
  },
  {
    collection: 'cycles/2026-q4/submissions',
    id: 'kinh-te',
    shape: SUBMISSION_SHAPE as DocumentShape<unknown>,
    old: { cycleId: '2026-q4', unitId: 'kinh-te', versions: [{ version: 1, submittedBy: 'truong-kinh-te', at, late: false, answers: { areas: { tthc: 'Kết quả' } } }] },
    broken: { cycleId: '2026-q4', unitId: 'kinh-te', versions: 'không' },
    botRead: (s) => new CycleRepo(s).getSubmission('2026-q4', 'kinh-te'),
  },
  {
    collection: 'cycles/2026-q4/deliveries',
    id: 'kinh-te',
    shape: DELIVERY_SHAPE as DocumentShape<unknown>,
    old: { unitId: 'kinh-te', memberId: 'truong-kinh-te', status: 'sent', activityId: 'act-1', at },
    broken: { unitId: 'kinh-te', memberId: 'truong-kinh-te', status: 'lost', at },
    botRead: (s) => new CycleRepo(s).getDelivery('2026-q4', 'kinh-te'),
  },
  {
    collection: 'cycles/2026-q4/artifacts',
    id: 'compiled',
    shape: COMPILED_REPORT_SHAPE as DocumentShape<unknown>,
    old: {
      cycleId: '2026-q4',
      kind: 'quarterly',
      label: 'Quý IV/2026',
      subject: 'Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026',
      dataFrom: '2026-09-15',
      dataTo: '2026-12-14',
      unitDeadline: '2026-12-10',
      compiledAt: at,
      summary: { targetCount: 1, submittedCount: 1, lateCount: 0, missingUnits: [] },
      areas: [{ area: 'tthc', title: 'Cải cách thủ tục hành chính', entries: [{ unitId: 'kinh-te', unitName: 'Phòng Kinh tế', text: 'Kết quả' }] }],
      taskProgress: [],
      difficulties: [],
      proposals: [],
      nextQuarterTasks: [],
      questions: [],
      evidence: [],
      units: [{ unitId: 'kinh-te', unitName: 'Phòng Kinh tế', headName: 'Nguyễn Văn A', submittedAt: at, onTime: true, version: 1 }],
    },
    broken: { cycleId: '2026-q4', kind: 'quarterly', areas: 'không' },
    botRead: (s) => new CycleRepo(s).getCompiled('2026-q4'),
  },
  {
    collection: 'meetings',
    id: 'm-1',
    shape: MEETING_SHAPE as DocumentShape<unknown>,
    old: { id: 'm-1', kind: 'regular', date: '2026-12-20', start: '09:00', durationMinutes: 60, place: 'Phòng họp 1', online: false, agenda: [], invitees: [], status: 'scheduled', organizer: 'thu-ky', createdBy: 'thu-ky', createdAt: at, sequence: 0, responses: {}, cards: {}, substitutes: {} },
    broken: { id: 'm-1', kind: 'regular', date: 'thứ hai' },
    botRead: (s) => repos(s).meetings.get('m-1'),
  },
  {
    collection: 'tasks',
    id: 'task-1',
    shape: TASK_SHAPE as DocumentShape<unknown>,
    old: { id: 'task-1', meetingId: 'm-1', content: 'Rà soát', unitId: 'kinh-te', deadline: '2026-12-20', status: 'open', progress: [], createdAt: at, remindedOn: [] },
    broken: { id: 'task-1', status: 'unknown' },
    botRead: (s) => repos(s).tasks.get('task-1'),
  },
  {
    collection: 'directory',
    id: 'absent-heads',
    shape: ABSENT_HEADS_SHAPE as DocumentShape<unknown>,
    old: { 'kinh-te': { since: at, by: 'thuong-truc' } },
    broken: { 'kinh-te': { since: 7 } },
    botRead: (s) => repos(s).absentHeads.get(),
  },
  {
    collection: 'directory',
    id: 'aad-links',
    shape: AAD_LINKS_SHAPE as DocumentShape<unknown>,
    old: { '00000000-aaaa': 'thuong-truc' },
    broken: { '00000000-aaaa': 5 },
    botRead: (s) => new ConversationRefs(s).linkedMember('00000000-AAAA'),
  },
  {
    collection: 'conversations',
    id: 'thuong-truc',
    shape: CONVERSATION_SHAPE as DocumentShape<unknown>,
    old: conversation,
    broken: { ...conversation, locale: 'fr' },
    botRead: (s) => new ConversationRefs(s).get('thuong-truc'),
  },
  {
    collection: 'member-settings',
    id: 'thuong-truc',
    shape: MEMBER_SETTING_SHAPE as DocumentShape<unknown>,
    // A setting without a locale (none chosen) is valid: the field is optional.
    old: { memberId: 'thuong-truc', updatedAt: at },
    broken: { memberId: 'thuong-truc', locale: 'fr', updatedAt: at },
    botRead: (s) => new MemberSettings(s).locale('thuong-truc'),
  },
  {
    collection: 'delegations',
    id: 'chief',
    shape: DELEGATION_BOOK_SHAPE as DocumentShape<unknown>,
    old: { items: [{ id: 'd-1', from: '2026-12-02', to: '2026-12-05', grantedBy: 'truong-ban', grantedAt: at }] },
    broken: { items: [{ id: 'd-1', from: 'mai', to: '2026-12-05', grantedBy: 'truong-ban', grantedAt: at }] },
    botRead: (s) => repos(s).delegations.get(),
  },
  {
    collection: 'plans',
    id: 'plan-2026',
    shape: PLAN_SHAPE as DocumentShape<unknown>,
    // Imported tasks carry no `changes` and no `cancellation`: both are optional.
    old: { year: 2026, tasks: [planTask], source: '2026.xlsx', importedAt: at, importedBy: 'van-phong', illustrative: false },
    broken: { year: 2026, tasks: [{ ...planTask, deadline: { kind: 'quarter', quarter: 5 } }], source: '2026.xlsx', importedAt: at, importedBy: 'van-phong', illustrative: false },
    botRead: (s) => repos(s).plans.get('plan-2026'),
  },
  {
    collection: 'polls',
    id: 'p-1',
    shape: POLL_SHAPE as DocumentShape<unknown>,
    // Written before group polls, meeting items and delivery claims: none of those fields.
    old: { id: 'p-1', question: 'Đồng ý?', options: ['Đồng ý', 'Không đồng ý'], deadline: '2026-12-10', memberIds: ['a', 'b'], createdBy: 'truong-ban', createdAt: at, answers: { a: { choice: 0, comment: '', at } }, cards: { a: 'act-1' }, status: 'open' },
    broken: { id: 'p-1', question: 'Đồng ý?', options: ['Đồng ý'], deadline: '2026-12-10', memberIds: ['a'], createdBy: 'truong-ban', createdAt: at, answers: {}, cards: {}, status: 'maybe' },
    botRead: (s) => repos(s).polls.get('p-1'),
  },
  {
    collection: 'inspections',
    id: 'i-1',
    shape: INSPECTION_SHAPE as DocumentShape<unknown>,
    old: { id: 'i-1', content: 'Kiểm tra CCHC', unitIds: ['kinh-te'], periodFrom: '2026-01-01', periodTo: '2026-06-30', deadline: '2026-12-15', leaderId: 'a', memberIds: ['b'], organiserIds: ['thuong-truc'], createdBy: 'thuong-truc', createdAt: at, status: 'open', selfReports: {}, findings: {}, delivered: [] },
    broken: { id: 'i-1', content: 'Kiểm tra CCHC', unitIds: 'kinh-te', status: 'open' },
    botRead: (s) => repos(s).inspections.get('i-1'),
  },
  {
    collection: 'channel',
    id: 'link',
    shape: CHANNEL_LINK_SHAPE as DocumentShape<unknown>,
    old: { address: { serviceUrl: 'http://127.0.0.1/', conversationId: '19:abc@thread.tacv2', botId: '28:bot' }, linkedBy: 'thu-ky', linkedAt: at },
    broken: { address: 'kênh chung', linkedBy: 'thu-ky', linkedAt: at },
    botRead: (s) => repos(s).channelLink.get(),
  },
  {
    collection: 'channel-boards',
    id: '2026-q4',
    shape: BOARD_SHAPE as DocumentShape<unknown>,
    old: { cycleId: '2026-q4', conversationId: '19:abc@thread.tacv2', state: 'posted', activityId: 'act-9', mentioned: [] },
    broken: { cycleId: '2026-q4', conversationId: '19:abc@thread.tacv2', state: 'posted', mentioned: 'kinh-te' },
    botRead: (s) => repos(s).channelBoards.get('2026-q4'),
  },
  {
    collection: 'channel-posts',
    id: 'meeting-m-1',
    shape: POST_SHAPE as DocumentShape<unknown>,
    old: { key: 'meeting-m-1', conversationId: '19:abc@thread.tacv2', state: 'posting', at },
    broken: { key: 'meeting-m-1', state: 'posting', at },
    botRead: (s) => repos(s).channelPosts.get('meeting-m-1'),
  },
  {
    collection: 'initiatives',
    id: 'ini-1',
    shape: INITIATIVE_SHAPE as DocumentShape<unknown>,
    old: { id: 'ini-1', title: 'Một cửa số', authors: 'Nguyễn Văn A', unitId: 'kinh-te', area: 'chinh-quyen-so', description: 'Mô tả', expectedEffect: 'Nhanh hơn', startDate: '2026-03-01', status: 'submitted', registeredBy: 'a', registeredAt: at, versions: [], events: [{ at, by: 'a', kind: 'submitted' }] },
    broken: { id: 'ini-1', title: 'Một cửa số', area: 'khong-co', status: 'submitted' },
    botRead: (s) => initiativesRepo({ store: s }).get('ini-1'),
  },
  {
    collection: 'self-assessments',
    id: 'sa-2026',
    shape: SELF_ASSESSMENT_SHAPE as DocumentShape<unknown>,
    old: { year: 2026, deadline: '2026-12-20', openedAt: at, openedBy: 'thuong-truc', units: ['kinh-te'], cards: { 'kinh-te': { memberId: 'truong-kinh-te', status: 'sent', at } } },
    broken: { year: '2026', deadline: '2026-12-20', openedAt: at, openedBy: 'thuong-truc', units: ['kinh-te'], cards: {} },
    botRead: (s) => new SelfAssessmentRepo(s).get(2026),
  },
  {
    collection: 'self-assessment-scores',
    id: 'sa-2026-kinh-te',
    shape: UNIT_SCORES_SHAPE as DocumentShape<unknown>,
    old: { year: 2026, unitId: 'kinh-te', versions: [{ version: 1, at, by: 'truong-kinh-te', entries: { '1.1': { score: 1, explanation: 'Đã ban hành', evidence: [] } } }], reviews: {} },
    broken: { year: 2026, unitId: 'kinh-te', versions: [{ version: 1, at, by: 'truong-kinh-te', entries: { '1.1': { score: 'một' } } }], reviews: {} },
    botRead: (s) => new SelfAssessmentRepo(s).scores(2026, 'kinh-te'),
  },
  {
    collection: 'synthesis',
    id: '2026-q4',
    shape: SYNTHESIS_SHAPE as DocumentShape<unknown>,
    old: { cycleId: '2026-q4', state: 'draft', versions: [{ version: 1, at, by: 'thuong-truc', text: sections, source: 'card' }], requests: [], returns: [] },
    broken: { cycleId: '2026-q4', state: 'draft', versions: [{ version: 1, at, by: 'thuong-truc', text: { strengths: 'Ưu điểm' }, source: 'card' }], requests: [], returns: [] },
    botRead: (s) => new SynthesisRepo(s).get('2026-q4'),
  },
  {
    collection: 'doc-numbers',
    id: '2026',
    shape: NUMBER_COUNTER_SHAPE as DocumentShape<unknown>,
    old: { year: 2026, last: 14 },
    broken: { year: 2026, last: 'mười bốn' },
    // The counter is read only inside an approval, with the synthesis it numbers.
    botRead: (s) => new SynthesisRepo(s).approveWithCounter('2026-q4', 2026, 1, () => undefined),
  },
  {
    collection: 'synthesis-files',
    id: 'f-1',
    shape: SYNTHESIS_FILE_SHAPE as DocumentShape<unknown>,
    old: { name: 'bao-cao.docx', base64: Buffer.from('PK').toString('base64') },
    broken: { name: 'bao-cao.docx' },
    botRead: async (s) => (await new SynthesisRepo(s).file('f-1'))?.name,
  },
  {
    collection: 'jobs',
    id: 'cycle-2026-q4',
    shape: JOBS_DOC_SHAPE as DocumentShape<unknown>,
    // An entry written before leases: no `leaseUntil`.
    old: { entries: { '2026-q4/kinh-te/due': { status: 'sent', job: '2026-q4/kinh-te/due', what: 'Phòng Kinh tế', run: 'run-1', at } } },
    broken: { entries: { '2026-q4/kinh-te/due': { status: 'maybe', job: 'x', what: 'y', run: 'run-1', at } } },
    botRead: (s) => new JobLedger(s, 'run-2').recorded('cycle-2026-q4'),
  },
  {
    collection: 'mail',
    id: mailRecordId(mailKey),
    shape: MAIL_RECORD_SHAPE as DocumentShape<unknown>,
    old: { key: mailKey, status: 'sent', to: ['ubnd@example.gov.vn'], cc: [], subject: 'Báo cáo', html: '<p>Kính gửi</p>', attachments: [], attempts: 1, createdAt: at, sentAt: at, via: 'outbox', path: 'x.eml' },
    broken: { key: mailKey, status: 'sent', to: 'ubnd@example.gov.vn' },
    botRead: (s) => new DurableMailer(s, outbox, () => new Date(at), quiet).wasSent(mailKey),
  },
  {
    collection: 'mail-pending',
    id: 'm-1',
    shape: PENDING_MAIL_SHAPE as DocumentShape<unknown>,
    old: { id: 'm-1' },
    broken: { id: 1 },
    // The retry reads the index's ids and then each record: a broken index entry is never parsed for its body.
    botRead: (s) => repository(s, 'mail-pending', PENDING_MAIL_SHAPE).get('m-1'),
  },
];

/** Every collection the bot declares (features' modules and the mailer) has a row here; the test of that is beside the suite. */
export const VERSIONED_COLLECTIONS = [...new Set(CASES.map((c) => c.collection.split('/')[0]!))];

const refusal = async (p: Promise<unknown>): Promise<DocumentInvalidError> => {
  const error = await p.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, 'expected a DocumentInvalidError').to.be.instanceOf(DocumentInvalidError);
  return error as DocumentInvalidError;
};

/** The shape promises of every versioned collection, on one store (memory, file, PostgreSQL). */
export function shapeContract(name: string, open: () => Promise<{ store: DocumentStore; close(): Promise<void> }>): void {
  describe(`every versioned collection on the ${name}`, () => {
    let store: DocumentStore;
    let close: () => Promise<void>;
    beforeEach(async () => {
      ({ store, close } = await open());
    });
    afterEach(async () => {
      await close();
    });

    for (const c of CASES) {
      const where = `${c.collection}/${c.id}`;
      it(`${where}: a document without a version reads as version 1; a newer or malformed one is refused naming it; a write stamps version ${c.shape.version}`, async () => {
        const repo = repository(store, c.collection, c.shape);
        await store.update(c.collection, c.id, () => c.old);
        const read = await repo.get(c.id);
        // A version-1 document of a collection now at a later version comes back migrated; of one still at 1, as written.
        if (c.shape.version === 1) expect(read).to.deep.equal(c.old);
        await c.botRead(store);

        await store.update(c.collection, c.id, () => ({ ...c.old, [SCHEMA_VERSION]: c.shape.version + 1 }));
        for (const newer of [await refusal(repo.get(c.id)), await refusal(c.botRead(store))]) {
          expect([newer.code, newer.collection, newer.id]).to.deep.equal([ErrorCode.DocumentInvalid, c.collection, c.id]);
          expect(newer.message).to.include(where).and.include('newer bot');
        }

        await store.update(c.collection, c.id, () => c.broken);
        for (const broken of [await refusal(repo.get(c.id)), await refusal(c.botRead(store))]) expect([broken.collection, broken.id]).to.deep.equal([c.collection, c.id]);
        // A write over a broken document is refused too, and leaves it as it was.
        await refusal(repo.update(c.id, () => read));
        expect(await store.get(c.collection, c.id)).to.deep.equal(c.broken);

        await store.delete(c.collection, c.id);
        await repo.update(c.id, () => read);
        expect(await store.get(c.collection, c.id)).to.deep.equal({ ...(read as object), [SCHEMA_VERSION]: c.shape.version });
        expect(await repo.get(c.id)).to.deep.equal(read);
        // Refused before it is written: a bug never stores what the next read would refuse.
        await store.delete(c.collection, c.id);
        await refusal(repo.update(c.id, () => c.broken));
        expect(await store.get(c.collection, c.id)).to.equal(undefined);
      });
    }
  });
}
