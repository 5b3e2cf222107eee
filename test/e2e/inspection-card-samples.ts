/** Samples of the inspection cards (Điều 8), merged into CARD_SAMPLES. */
import { INSPECTION } from '../../src/i18n/inspection-strings.ts';
import type { CardSample } from './card-samples.ts';

const s = INSPECTION.vi;
const UNITS = [
  { id: 'kinh-te', name: 'Phòng Kinh tế' },
  { id: 'van-xa', name: 'Phòng Văn xã' },
];
const MEMBERS = [
  { id: 'truong-tong-hop', name: 'Nguyễn Văn Tổng Hợp' },
  { id: 'truong-du-an', name: 'Phan Quốc Dự Án' },
];
const FACTS = [
  { label: s.fields.content, value: 'Việc thực hiện nhiệm vụ CCHC năm 2026' },
  { label: s.fields.period, value: '01/12/2026 – 11/12/2026' },
  { label: s.fields.deadline, value: '04/12/2026' },
  { label: s.fields.leader, value: 'Nguyễn Văn Tổng Hợp' },
];

export const INSPECTION_CARD_SAMPLES: Record<string, CardSample> = {
  'inspection-form': {
    data: {
      title: s.formTitle,
      errorsIntro: s.problemsIntro,
      errors: [s.problem('leader-is-deputy', '20/11/2026')],
      labels: { ...s.fields, required: s.required },
      noDeputy: s.noDeputy,
      values: { content: 'Việc thực hiện nhiệm vụ CCHC năm 2026', units: 'kinh-te,van-xa', periodFrom: '2026-12-01', periodTo: '2026-12-11', deadline: '2026-12-04', leader: 'truong-tong-hop', deputyLeader: 'truong-tong-hop', members: 'truong-du-an' },
      units: UNITS,
      members: MEMBERS,
      createLabel: s.create,
      token: 'a1b2c3d4e5f6',
    },
    shows: s.formTitle,
  },
  'inspection-team': {
    data: {
      title: s.teamTitle,
      intro: s.teamIntro(s.roles.leader),
      facts: FACTS,
      unitsHeading: s.unitsHeading,
      unitLines: [s.unitLine('Phòng Kinh tế', s.selfReportReceived('02/12/2026', false), s.verdicts.partly), s.unitLine('Phòng Văn xã', s.selfReportMissing, s.noFinding)],
      labels: { unit: s.findingUnit, chooseUnit: s.chooseUnit, verdict: s.verdict, chooseVerdict: s.chooseVerdict, findings: s.findings, proposal: s.proposal, proposalHint: s.proposalHint, record: s.record, summary: s.summary, summaryHint: s.summaryHint, submit: s.submit },
      units: UNITS,
      verdicts: (['meets', 'partly', 'fails'] as const).map((v) => ({ title: s.verdicts[v], value: v })),
      summary: '',
      open: true,
      leader: true,
      status: s.findingRecorded('Phòng Kinh tế'),
      inspectionId: 'insp-a1b2c3d4e5f6',
    },
    shows: s.teamTitle,
  },
  'inspection-request': {
    data: {
      title: s.requestTitle,
      notice: s.reminderNotice(1, '04/12/2026'),
      intro: s.requestIntro('Việc thực hiện nhiệm vụ CCHC năm 2026', '04/12/2026'),
      facts: FACTS,
      labels: { selfReport: s.selfReportLabel, selfReportHint: s.selfReportHint, evidence: s.evidenceLabel, evidenceHint: s.evidenceHint, send: s.sendSelfReport, required: s.required },
      selfReport: 'Đơn vị đã hoàn thành 8/10 nhiệm vụ.',
      evidence: 'https://vanphong.example.gov.vn/ho-so/kinh-te-2026',
      open: true,
      status: s.selfReportRecorded(1),
      inspectionId: 'insp-a1b2c3d4e5f6',
      unitId: 'kinh-te',
    },
    shows: s.requestTitle,
  },
  'inspection-review': {
    data: {
      title: s.reviewTitle,
      intro: s.reviewIntro('Nguyễn Văn Tổng Hợp'),
      facts: FACTS,
      units: [{ heading: 'Phòng Kinh tế', lines: [`${s.verdict}: ${s.verdicts.partly}`, `${s.proposal}: Bổ sung hồ sơ một cửa`] }],
      summaryHeading: s.summaryHeading,
      summary: 'Các đơn vị cơ bản thực hiện đúng kế hoạch.',
      onBehalfNote: s.onBehalfNote,
      labels: { forwardNote: s.forwardNote, forward: s.forward, conclusion: s.conclusionLabel, conclusionHint: s.conclusionHint, conclude: s.conclude, required: s.required },
      forwardable: true,
      concludable: true,
      measures: [{ unitId: 'kinh-te', label: s.measureLabel('Phòng Kinh tế'), value: 'Bổ sung hồ sơ một cửa', deadlineLabel: s.measureDeadline('Phòng Kinh tế'), deadline: '2026-12-31' }],
      status: '',
      inspectionId: 'insp-a1b2c3d4e5f6',
    },
    shows: s.reviewTitle,
  },
};
