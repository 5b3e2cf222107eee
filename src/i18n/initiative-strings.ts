import type { InitiativeFields, InitiativeStatus, ReviewDecision } from '../domain/initiatives/initiative-model.ts';
import type { InitiativeProblem } from '../domain/initiatives/initiative-rules.ts';
import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface InitiativeStrings {
  listTitle: (year: number) => string;
  scopeAll: string;
  scopeOwn: string;
  empty: string;
  shownOf: (shown: number, total: number) => string;
  register: string;
  open: string;
  supplement: string;
  exportCsv: string;
  exportXlsx: string;
  statuses: Record<InitiativeStatus, string>;
  fields: Record<keyof InitiativeFields, string>;
  hints: { authors: string; startDate: string };
  formTitle: string;
  resubmitTitle: (title: string) => string;
  formHint: string;
  errorsIntro: string;
  submit: string;
  resubmit: string;
  problem: (p: InitiativeProblem) => string;
  decisions: Record<ReviewDecision, string>;
  noteLabel: string;
  registeredBy: (name: string, at: string) => string;
  eventLine: (at: string, who: string, what: string, note: string) => string;
  events: Record<'submitted' | 'resubmitted' | ReviewDecision, string>;
  registered: string;
  resubmitted: string;
  decided: (decision: string) => string;
  toReviewer: (unit: string) => string;
  toReviewerAgain: (unit: string) => string;
  toAuthor: Record<ReviewDecision, (unit: string, note: string) => string>;
  notFound: string;
  noReviewer: string;
  exported: (path: string) => string;
  recognisedTitle: (year: number) => string;
  recognisedSummary: (n: number, units: number) => string;
  recognisedNone: (year: number) => string;
  recognisedLine: (title: string, authors: string, date: string) => string;
  badYear: (text: string) => string;
}

const VI_FIELDS: Record<keyof InitiativeFields, string> = {
  title: 'Tên sáng kiến',
  authors: 'Tác giả',
  unitId: 'Đơn vị',
  area: 'Lĩnh vực CCHC',
  description: 'Mô tả',
  expectedEffect: 'Hiệu quả dự kiến',
  startDate: 'Ngày bắt đầu áp dụng',
};
const EN_FIELDS: Record<keyof InitiativeFields, string> = {
  title: 'Title',
  authors: 'Authors',
  unitId: 'Unit',
  area: 'CCHC area',
  description: 'Description',
  expectedEffect: 'Expected effect',
  startDate: 'Start date',
};

/** Initiatives (sáng kiến, mô hình; Điều 3.2, 6 mục 2.9): registration, review, the year's recognised list. */
export const INITIATIVE: Catalogue<InitiativeStrings> = {
  vi: {
    listTitle: (year) => `Sáng kiến, mô hình CCHC năm ${year}`,
    scopeAll: 'Tất cả đơn vị',
    scopeOwn: 'Sáng kiến của đơn vị Anh/Chị và do Anh/Chị đăng ký',
    empty: 'Chưa có sáng kiến nào.',
    shownOf: (shown, total) => `Hiển thị ${shown}/${total} sáng kiến mới nhất; danh sách đầy đủ các sáng kiến được công nhận có trong tệp xuất.`,
    register: 'Đăng ký sáng kiến',
    open: 'Xem',
    supplement: 'Bổ sung và gửi lại',
    exportCsv: 'Xuất danh sách công nhận (.csv)',
    exportXlsx: 'Xuất danh sách công nhận (.xlsx)',
    statuses: { submitted: 'Đã đăng ký, chờ xem xét', considering: 'Đang xem xét', 'needs-more': 'Đề nghị bổ sung', recognised: 'Được công nhận', refused: 'Không công nhận' },
    fields: VI_FIELDS,
    hints: { authors: 'Họ tên các tác giả, cách nhau bằng dấu ;', startDate: 'dd/mm/yyyy' },
    formTitle: 'Đăng ký sáng kiến, mô hình CCHC',
    resubmitTitle: (title) => `Bổ sung sáng kiến "${title}"`,
    formHint: 'Tất cả các mục là bắt buộc. Sáng kiến được gửi Phòng Hành chính – Tổ chức xem xét (Điều 6 mục 2.9 Quy chế).',
    errorsIntro: 'Chưa gửi được, Anh/Chị kiểm tra lại:',
    submit: 'Gửi đăng ký',
    resubmit: 'Gửi lại',
    problem: (p) => {
      switch (p.kind) {
        case 'missing':
          return `cần ghi "${VI_FIELDS[p.field]}"`;
        case 'tooLong':
          return `"${VI_FIELDS[p.field]}" dài quá ${p.max} ký tự`;
        case 'notOwnUnit':
          return 'Anh/Chị chỉ đăng ký sáng kiến cho đơn vị mình';
        case 'badArea':
          return 'cần chọn một lĩnh vực CCHC';
        case 'badDate':
          return `ngày "${p.value}" không hợp lệ (ghi dd/mm/yyyy)`;
        case 'noteRequired':
          return p.decision === 'refuse' ? 'cần ghi lý do không công nhận' : 'cần ghi nội dung đề nghị bổ sung';
        case 'wrongState':
          return `sáng kiến đang ở trạng thái "${INITIATIVE.vi.statuses[p.status]}", không thực hiện được thao tác này`;
        case 'notAuthor':
          return 'chỉ người đăng ký sáng kiến được bổ sung và gửi lại';
      }
    },
    decisions: { accept: 'Tiếp nhận xem xét', askMore: 'Đề nghị bổ sung', recognise: 'Công nhận', refuse: 'Không công nhận' },
    noteLabel: 'Ý kiến (bắt buộc khi đề nghị bổ sung hoặc không công nhận)',
    registeredBy: (name, at) => `Đăng ký bởi ${name} lúc ${at}`,
    eventLine: (at, who, what, note) => `${at} — ${who}: ${what}${note ? `. ${note}` : ''}`,
    events: { submitted: 'đăng ký', resubmitted: 'bổ sung và gửi lại', accept: 'tiếp nhận xem xét', askMore: 'đề nghị bổ sung', recognise: 'công nhận', refuse: 'không công nhận' },
    registered: 'Đã gửi đăng ký sáng kiến; Anh/Chị sẽ được báo kết quả xem xét.',
    resubmitted: 'Đã gửi lại sáng kiến đã bổ sung.',
    decided: (decision) => `Đã ghi nhận: ${decision}. Tác giả đã được thông báo.`,
    toReviewer: (unit) => `Sáng kiến mới đăng ký, đề nghị ${unit} xem xét.`,
    toReviewerAgain: (unit) => `Sáng kiến đã được bổ sung và gửi lại, đề nghị ${unit} xem xét.`,
    toAuthor: {
      accept: (unit) => `${unit} đã tiếp nhận sáng kiến của Anh/Chị để xem xét.`,
      askMore: (unit, note) => `${unit} đề nghị Anh/Chị bổ sung sáng kiến: ${note}`,
      recognise: (unit) => `Sáng kiến của Anh/Chị đã được ${unit} công nhận.`,
      refuse: (unit, note) => `${unit} không công nhận sáng kiến của Anh/Chị. Lý do: ${note}`,
    },
    notFound: 'Không tìm thấy sáng kiến này.',
    noReviewer: 'Danh sách Ban Chỉ đạo chưa giao đơn vị nào tiếp nhận sáng kiến ("duties": ["initiatives"] trong data/committee.json).',
    exported: (path) => `Đã xuất danh sách sáng kiến được công nhận: ${path}`,
    recognisedTitle: (year) => `Sáng kiến được công nhận năm ${year}`,
    recognisedSummary: (n, units) => `${count('vi', n, { other: 'sáng kiến' })} của ${count('vi', units, { other: 'đơn vị' })}.`,
    recognisedNone: (year) => `Chưa có sáng kiến nào được công nhận năm ${year}.`,
    recognisedLine: (title, authors, date) => `${title} — ${authors} (công nhận ${date})`,
    badYear: (text) => `Không hiểu "${text}". Ví dụ: "sáng kiến", "sáng kiến 2026".`,
  },
  en: {
    listTitle: (year) => `CCHC initiatives ${year}`,
    scopeAll: 'All units',
    scopeOwn: 'Initiatives of your unit and those you registered',
    empty: 'No initiative yet.',
    shownOf: (shown, total) => `Showing the newest ${shown} of ${total} initiatives; the export has every recognised one.`,
    register: 'Register an initiative',
    open: 'Open',
    supplement: 'Complete and resubmit',
    exportCsv: 'Export the recognised list (.csv)',
    exportXlsx: 'Export the recognised list (.xlsx)',
    statuses: { submitted: 'Registered, awaiting review', considering: 'Under consideration', 'needs-more': 'More asked for', recognised: 'Recognised', refused: 'Not recognised' },
    fields: EN_FIELDS,
    hints: { authors: 'Authors’ names, separated by ;', startDate: 'dd/mm/yyyy' },
    formTitle: 'Register a CCHC initiative',
    resubmitTitle: (title) => `Complete the initiative "${title}"`,
    formHint: 'Every field is required. The initiative goes to Phòng Hành chính – Tổ chức for review (regulation, art. 6 item 2.9).',
    errorsIntro: 'Not sent yet, please check:',
    submit: 'Register',
    resubmit: 'Resubmit',
    problem: (p) => {
      switch (p.kind) {
        case 'missing':
          return `"${EN_FIELDS[p.field]}" is required`;
        case 'tooLong':
          return `"${EN_FIELDS[p.field]}" is longer than ${p.max} characters`;
        case 'notOwnUnit':
          return 'you may register initiatives for your own unit only';
        case 'badArea':
          return 'please choose a CCHC area';
        case 'badDate':
          return `"${p.value}" is not a valid date (dd/mm/yyyy)`;
        case 'noteRequired':
          return p.decision === 'refuse' ? 'a reason is required to refuse' : 'please say what should be added';
        case 'wrongState':
          return `the initiative is "${INITIATIVE.en.statuses[p.status]}"; this cannot be done now`;
        case 'notAuthor':
          return 'only the member who registered the initiative may complete and resubmit it';
      }
    },
    decisions: { accept: 'Accept for consideration', askMore: 'Ask for more', recognise: 'Recognise', refuse: 'Refuse' },
    noteLabel: 'Comment (required to ask for more or to refuse)',
    registeredBy: (name, at) => `Registered by ${name} at ${at}`,
    eventLine: (at, who, what, note) => `${at} — ${who}: ${what}${note ? `. ${note}` : ''}`,
    events: { submitted: 'registered', resubmitted: 'completed and resubmitted', accept: 'accepted for consideration', askMore: 'asked for more', recognise: 'recognised', refuse: 'refused' },
    registered: 'The initiative is registered; you will be told the outcome of the review.',
    resubmitted: 'The completed initiative was resubmitted.',
    decided: (decision) => `Recorded: ${decision}. The author was told.`,
    toReviewer: (unit) => `A new initiative is registered; ${unit} is asked to review it.`,
    toReviewerAgain: (unit) => `An initiative was completed and resubmitted; ${unit} is asked to review it.`,
    toAuthor: {
      accept: (unit) => `${unit} accepted your initiative for consideration.`,
      askMore: (unit, note) => `${unit} asks you to complete your initiative: ${note}`,
      recognise: (unit) => `Your initiative was recognised by ${unit}.`,
      refuse: (unit, note) => `${unit} did not recognise your initiative. Reason: ${note}`,
    },
    notFound: 'This initiative was not found.',
    noReviewer: 'The roster gives no unit the initiatives duty ("duties": ["initiatives"] in data/committee.json).',
    exported: (path) => `The list of recognised initiatives was exported: ${path}`,
    recognisedTitle: (year) => `Initiatives recognised in ${year}`,
    recognisedSummary: (n, units) => `${count('en', n, { one: 'initiative', other: 'initiatives' })} from ${count('en', units, { one: 'unit', other: 'units' })}.`,
    recognisedNone: (year) => `No initiative was recognised in ${year} yet.`,
    recognisedLine: (title, authors, date) => `${title} — ${authors} (recognised ${date})`,
    badYear: (text) => `"${text}" is not understood. For example: "initiative", "initiative 2026".`,
  },
};
