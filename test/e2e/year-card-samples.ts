/** Samples of the committee's-year cards (plan, self-assessment, initiatives), merged into CARD_SAMPLES. */
import { PAR_AREAS, PAR_AREA_TITLES } from '../../src/domain/par-areas.ts';
import { PLAN } from '../../src/i18n/plan-strings.ts';
import { SELF_ASSESSMENT } from '../../src/i18n/self-assessment-strings.ts';
import { PLAN_EDIT } from '../../src/i18n/plan-edit-strings.ts';
import { INITIATIVE } from '../../src/i18n/initiative-strings.ts';
import type { CardSample } from './card-samples.ts';

const plan = PLAN.vi;
const sa = SELF_ASSESSMENT.vi;
const planEdit = PLAN_EDIT.vi;
const ini = INITIATIVE.vi;
const INI_FACTS = [
  { label: ini.fields.unitId, value: 'Phòng Kinh tế' },
  { label: ini.fields.authors, value: 'Nguyễn Văn An; Trần Thị Bình' },
  { label: ini.fields.area, value: 'Cải cách thủ tục hành chính' },
  { label: ini.fields.startDate, value: '01/03/2026' },
];

export const YEAR_CARD_SAMPLES: Record<string, CardSample> = {
  'plan-tasks': {
    data: {
      title: plan.title(2026),
      year: '2026',
      notice: planEdit.edited('2'),
      add: planEdit.addButton,
      illustrative: plan.illustrative,
      scope: 'Phòng Kinh tế · Quý II',
      summary: plan.summary({ total: 2, done: 1, inProgress: 1, notStarted: 0, overdue: 1 }),
      tasks: [
        {
          heading: '2. Rà soát quy định về đầu tư công',
          facts: [
            { label: plan.columns.area, value: 'Cải cách thể chế' },
            { label: plan.lead, value: 'Phòng Kinh tế' },
            { label: plan.deadline, value: '30/04/2026' },
          ],
          status: `${plan.statuses['in-progress']} — ${plan.overdue} (30/04/2026)`,
          color: 'Attention',
          id: 't-2',
          stamp: planEdit.editedBy('Nguyễn Văn An', '10/05/2026 09:15'),
          edit: planEdit.editButton,
        },
      ],
      empty: plan.noTasks,
      more: plan.shownOf(40, 52),
    },
    shows: plan.title(2026),
  },
  'self-assessment-form': {
    data: {
      title: sa.form.title(2026),
      illustrative: sa.illustrative,
      intro: sa.form.intro('Phòng Tổng hợp', '15/12/2026'),
      facts: [
        { label: sa.form.unit, value: 'Phòng Tổng hợp' },
        { label: sa.form.deadline, value: '15/12/2026' },
        { label: sa.form.state, value: sa.form.version(1, '09:00 02/12/2026', 'Nguyễn Văn Tổng Hợp') },
      ],
      errorsIntro: sa.form.errorsIntro,
      errors: [sa.problem('1.2', 'score-above-max', undefined, '1', '0,25')],
      items: [
        {
          id: '1.2',
          parent: '1. Công tác chỉ đạo, điều hành cải cách hành chính',
          heading: '1.2. Báo cáo cải cách hành chính định kỳ',
          facts: [
            { label: sa.form.maximum, value: '1' },
            { label: sa.form.rule, value: 'Đủ số lượng, đúng hạn: 1; thiếu hoặc trễ: 0' },
            { label: sa.form.evidenceAsked, value: `Các báo cáo quý, 6 tháng, năm (${sa.form.evidenceRequired})` },
          ],
          review: sa.form.reviewedAs('0,5', 'Báo cáo quý III gửi trễ hạn.'),
          editable: true,
          scoreLabel: sa.form.scoreLabel('1', '0,25'),
          explanationLabel: sa.form.explanationLabel,
          evidenceLabel: sa.form.evidenceLabel,
          evidenceHint: sa.form.evidenceHint,
          score: '1,5',
          explanation: 'Gửi đủ 4 báo cáo quý.',
          evidence: 'https://vanphong.example.gov.vn/bao-cao/quy-1',
        },
      ],
      status: sa.saved(1),
      editable: true,
      submitLabel: sa.form.submit,
      year: '2026',
      unitId: 'tong-hop',
    },
    shows: sa.form.title(2026),
  },
  'self-assessment-review': {
    data: {
      title: sa.review.title('Phòng Tổng hợp', 2026),
      intro: sa.review.intro('Phòng Tổng hợp', 2, 'Nguyễn Văn Tổng Hợp'),
      errors: [sa.reviewRefusal('note-required', '1.2')],
      items: [
        {
          id: '1.2',
          heading: '1.2. Báo cáo cải cách hành chính định kỳ',
          claimed: sa.review.claimed('1', '1'),
          facts: [
            { label: sa.review.explanation, value: 'Gửi đủ 4 báo cáo quý.' },
            { label: sa.review.evidence, value: 'https://vanphong.example.gov.vn/bao-cao/quy-1' },
          ],
          editable: true,
          scoreLabel: sa.review.scoreLabel('1'),
          noteLabel: sa.review.noteLabel,
          score: '0,5',
          note: '',
        },
      ],
      status: sa.review.done(2, 1),
      editable: true,
      submitLabel: sa.review.submit,
      year: '2026',
      unitId: 'tong-hop',
      version: '2',
    },
    shows: sa.review.title('Phòng Tổng hợp', 2026),
  },
  'self-assessment-scores': {
    data: {
      title: sa.scores.title(2026),
      illustrative: sa.illustrative,
      deadline: sa.scores.deadline('15/12/2026'),
      summary: sa.scores.summary(1, 11, '1', '11', '9,1'),
      sections: [
        {
          heading: '1. Công tác chỉ đạo, điều hành cải cách hành chính',
          facts: [
            { label: sa.scores.columns.scored, value: '1/3' },
            { label: sa.scores.columns.points, value: '1/3' },
            { label: sa.scores.counted, value: '0,5' },
          ],
        },
      ],
      unitsTitle: sa.scores.unitsTitle,
      units: [sa.scores.unitLine('Phòng Tổng hợp', sa.scores.unitStates.reviewed(2)), sa.scores.unitLine('Phòng Kiểm soát thủ tục hành chính', sa.scores.unitStates.none)],
      status: '',
      compilable: true,
      compileLabel: sa.scores.compile,
      year: '2026',
    },
    shows: sa.scores.title(2026),
  },
  'self-assessment-report': {
    data: {
      title: sa.report.title(2026),
      illustrative: sa.illustrative,
      notice: sa.report.notice('Trần Thị Thường Trực', 2026),
      onBehalfNote: '',
      facts: [
        { label: sa.report.facts.total, value: '10,5/11' },
        { label: sa.report.facts.percent, value: '95,5%' },
        { label: sa.report.facts.lastYear, value: '1/11' },
        { label: sa.report.facts.state, value: sa.report.states.submitted },
      ],
      areas: ['1. Công tác chỉ đạo, điều hành cải cách hành chính: 2,5/3'],
      returns: [sa.report.returnedNotice('Lê Văn Trưởng Ban', 2026, 'Bổ sung đánh giá ưu điểm.')],
      errors: [sa.report.badNumber('15/BC')],
      sections: [{ label: 'Ưu điểm', text: 'Các đơn vị chấm điểm đầy đủ.' }],
      fields: [{ id: 'strengths', label: 'Ưu điểm', value: 'Các đơn vị chấm điểm đầy đủ.', maxLength: 6000 }],
      decidable: true,
      numberLabel: sa.report.numberLabel,
      number: '15/BC',
      commentsLabel: sa.report.commentsLabel,
      comments: '',
      files: sa.report.files('bao-cao-tu-cham-diem-cchc-2026-du-thao-v1.docx, bang-tu-cham-diem-cchc-2026.xlsx'),
      status: sa.report.submitted('Lê Văn Trưởng Ban'),
      editable: true,
      submitLabel: sa.report.submit,
      approveLabel: sa.report.approve,
      returnLabel: sa.report.giveBack,
      year: '2026',
    },
    shows: sa.report.title(2026),
  },
  'plan-task-form': {
    data: {
      title: planEdit.editTitle('2', 2026),
      hint: planEdit.hint,
      errorsIntro: planEdit.errorsIntro,
      errors: [planEdit.problem({ kind: 'badDeadline', value: '31/02/2026' })],
      labels: planEdit.fields,
      numberEditable: false,
      values: { number: '2', content: 'Rà soát quy định về đầu tư công', area: 'the-che', lead: 'kinh-te', cooperating: 'tong-hop,noi-chinh-phap-che', deadline: '31/02/2026', output: 'Báo cáo rà soát', reason: '' },
      areas: PAR_AREAS.map((a) => ({ title: PAR_AREA_TITLES[a].vi, value: a })),
      units: [
        { title: 'Phòng Kinh tế', value: 'kinh-te' },
        { title: 'Phòng Tổng hợp', value: 'tong-hop' },
        { title: 'Phòng Nội chính – Pháp chế', value: 'noi-chinh-phap-che' },
      ],
      year: '2026',
      taskId: 't-2',
      saveLabel: planEdit.save,
      cancelLabel: planEdit.cancelTask,
    },
    shows: planEdit.editTitle('2', 2026),
  },
  initiatives: {
    data: {
      title: ini.listTitle(2026),
      scope: ini.scopeAll,
      notice: ini.exported('data/state/outbox/sang-kien-duoc-cong-nhan-2026.xlsx'),
      openLabel: ini.open,
      items: [{ id: 'ini-0123456789abcdef', heading: 'Phiếu hẹn trả kết quả điện tử', facts: INI_FACTS, status: ini.statuses.recognised, color: 'Good' }],
      empty: '',
      more: ini.shownOf(30, 42),
      registerLabel: ini.register,
      year: '2026',
      exportCsv: ini.exportCsv,
      exportXlsx: ini.exportXlsx,
    },
    shows: ini.listTitle(2026),
  },
  'initiative-form': {
    data: {
      title: ini.formTitle,
      hint: ini.formHint,
      errorsIntro: ini.errorsIntro,
      errors: [ini.problem({ kind: 'missing', field: 'expectedEffect' }), ini.problem({ kind: 'badDate', value: '31/02/2026' })],
      labels: ini.fields,
      hints: ini.hints,
      values: { title: 'Phiếu hẹn trả kết quả điện tử', authors: 'Nguyễn Văn An', unitId: 'kinh-te', area: 'tthc', description: 'Gửi phiếu hẹn qua tin nhắn', expectedEffect: '', startDate: '31/02/2026' },
      units: [{ title: 'Phòng Kinh tế', value: 'kinh-te' }],
      areas: PAR_AREAS.map((a) => ({ title: PAR_AREA_TITLES[a].vi, value: a })),
      initiativeId: '',
      submitLabel: ini.submit,
    },
    shows: ini.formTitle,
  },
  'initiative-card': {
    data: {
      id: 'ini-0123456789abcdef',
      notice: ini.toReviewer('Phòng Hành chính – Tổ chức'),
      title: 'Phiếu hẹn trả kết quả điện tử',
      facts: [...INI_FACTS, { label: ini.fields.description, value: 'Gửi phiếu hẹn qua tin nhắn' }, { label: ini.fields.expectedEffect, value: 'Giảm thời gian chờ' }],
      status: ini.statuses.submitted,
      color: 'Accent',
      history: [ini.eventLine('02/03/2026 09:00', 'Nguyễn Văn An', ini.events.submitted, '')],
      errors: [],
      noteLabel: ini.noteLabel,
      note: '',
      decisions: (['accept', 'askMore', 'recognise', 'refuse'] as const).map((d) => ({ title: ini.decisions[d], decision: d })),
      supplement: '',
    },
    shows: ini.decisions.recognise,
  },
};
