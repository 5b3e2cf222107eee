import type { Catalogue } from './locale.ts';
import { count } from './plural.ts';

interface PollStrings {
  usage: string;
  noDeadline: string;
  badDate: (text: string) => string;
  noQuestion: string;
  deadlineInPast: (today: string) => string;
  defaultOptions: [string, string, string];
  sent: (members: number, deadline: string) => string;
  noOpenPolls: string;
  openLine: (question: string, deadline: string, answered: number, members: number) => string;
  cardTitle: string;
  deadlineLabel: string;
  askedByLabel: string;
  choiceLabel: string;
  commentLabel: string;
  commentHint: string;
  submit: string;
  chooseOne: string;
  recorded: (deadline: string) => string;
  notFound: string;
  notAsked: string;
  closed: (deadline: string) => string;
  reminder: (question: string, deadline: string) => string;
  resultTitle: string;
  optionCount: (option: string, n: number, members: number) => string;
  majority: (option: string, n: number, members: number) => string;
  noMajority: (members: number) => string;
  notAnsweredLabel: (n: number) => string;
  commentsLabel: string;
  decisionLabel: string;
  reasonLabel: string;
  reasonHint: string;
  decide: string;
  onBehalfNote: string;
  reasonRequired: string;
  stillOpen: (deadline: string) => string;
  alreadyDecided: string;
  decidedStatus: (option: string) => string;
  decisionToMember: (question: string, option: string, by: string, reason: string) => string;
  unitNotFound: (name: string) => string;
  unitAmbiguous: (name: string, names: string[]) => string;
  meetingNotFound: (date: string) => string;
  agendaItemNotFound: (item: number, items: number) => string;
  groupLabel: string;
  meetingLabel: string;
  meetingItem: (meeting: string, item: number, text: string) => string;
}

const memberWordVi = { other: 'thành viên' };
const memberWordEn = { one: 'member', other: 'members' };

/** Strings for written polls and the chief's majority decision (Điều 7.3). */
export const POLL: Catalogue<PollStrings> = {
  vi: {
    usage: 'Cú pháp: "lấy ý kiến hạn 10/12/2026 [nhóm <đơn vị>, <đơn vị>] [họp 04/12/2026 mục 2]: <nội dung xin ý kiến> | <phương án 1>; <phương án 2>". Không ghi phương án thì dùng: Đồng ý / Không đồng ý / Ý kiến khác; "nhóm" chỉ hỏi trưởng các đơn vị đó; "họp … mục N" gắn với nội dung số N của cuộc họp (bỏ trống nội dung thì dùng nội dung đó).',
    noDeadline: 'Vui lòng ghi hạn trả lời, ví dụ "lấy ý kiến hạn 10/12/2026: …".',
    badDate: (t) => `Ngày "${t}" không hợp lệ. Vui lòng ghi ngày dạng dd/mm/yyyy.`,
    noQuestion: 'Vui lòng ghi nội dung xin ý kiến sau hạn trả lời.',
    deadlineInPast: (today) => `Hạn trả lời không được trước hôm nay (${today}); phiếu chưa được gửi.`,
    defaultOptions: ['Đồng ý', 'Không đồng ý', 'Ý kiến khác'],
    sent: (members, deadline) => `Đã gửi phiếu lấy ý kiến tới ${count('vi', members, memberWordVi)}; hạn trả lời hết ngày ${deadline}. Kết quả sẽ được gửi Trưởng Ban Chỉ đạo sau hạn.`,
    noOpenPolls: 'Hiện không có phiếu lấy ý kiến nào đang mở.',
    openLine: (q, deadline, answered, members) => `• ${q} — hạn ${deadline}; đã trả lời ${answered}/${count('vi', members, memberWordVi)}`,
    cardTitle: 'Phiếu lấy ý kiến thành viên Ban Chỉ đạo',
    deadlineLabel: 'Hạn trả lời',
    askedByLabel: 'Người lấy ý kiến',
    choiceLabel: 'Ý kiến của Anh/Chị',
    commentLabel: 'Ý kiến bằng văn bản (nếu có)',
    commentHint: 'Anh/Chị vắng họp có phép ghi ý kiến tại đây',
    submit: 'Gửi ý kiến',
    chooseOne: 'Vui lòng chọn một phương án.',
    recorded: (deadline) => `Đã ghi nhận ý kiến của Anh/Chị. Anh/Chị có thể thay đổi đến hết ngày ${deadline}.`,
    notFound: 'Không tìm thấy phiếu lấy ý kiến này.',
    notAsked: 'Phiếu lấy ý kiến này không gửi tới Anh/Chị.',
    closed: (deadline) => `Đã hết hạn trả lời (${deadline}); ý kiến không được ghi nhận.`,
    reminder: (q, deadline) => `Nhắc: Anh/Chị chưa trả lời phiếu lấy ý kiến "${q}"; hạn trả lời hết ngày ${deadline}.`,
    resultTitle: 'Kết quả lấy ý kiến thành viên Ban Chỉ đạo',
    optionCount: (o, n, members) => `${o}: ${n}/${count('vi', members, memberWordVi)}`,
    majority: (o, n, members) => `Đa số thành viên (${n}/${members}) có ý kiến: ${o}.`,
    noMajority: (members) => `Chưa có phương án nào được quá nửa số thành viên (${members}) thống nhất.`,
    notAnsweredLabel: (n) => `Chưa trả lời (${n})`,
    commentsLabel: 'Ý kiến bằng văn bản',
    decisionLabel: 'Quyết định của Trưởng Ban Chỉ đạo',
    reasonLabel: 'Lý do (bắt buộc nếu khác ý kiến đa số)',
    reasonHint: 'Lý do quyết định khác ý kiến đa số thành viên',
    decide: 'Ghi nhận quyết định',
    onBehalfNote: 'Phó Trưởng Ban quyết định thay mặt Trưởng Ban Chỉ đạo (theo ủy quyền).',
    reasonRequired: 'Quyết định khác ý kiến đa số thành viên (hoặc khi chưa có đa số) cần ghi rõ lý do; chưa ghi nhận quyết định.',
    stillOpen: (deadline) => `Phiếu lấy ý kiến còn hạn đến hết ngày ${deadline}; vui lòng quyết định sau khi hết hạn.`,
    alreadyDecided: 'Phiếu lấy ý kiến này đã có quyết định; không có gì thay đổi.',
    decidedStatus: (o) => `Đã ghi nhận quyết định: ${o}. Quyết định đã được gửi tới các thành viên.`,
    decisionToMember: (q, o, by, reason) => `${by} đã quyết định về nội dung "${q}": ${o}.${reason ? ` Lý do: ${reason}` : ''}`,
    unitNotFound: (name) => `Không tìm thấy đơn vị "${name}"; phiếu chưa được gửi.`,
    unitAmbiguous: (name, names) => `"${name}" khớp với nhiều đơn vị: ${names.join('; ')}. Vui lòng ghi tên đơn vị đầy đủ hơn; phiếu chưa được gửi.`,
    meetingNotFound: (date) => `Không có cuộc họp nào đã lên lịch ngày ${date}; phiếu chưa được gửi.`,
    agendaItemNotFound: (item, items) => `Cuộc họp không có nội dung số ${item} (có ${items} nội dung); phiếu chưa được gửi.`,
    groupLabel: 'Lấy ý kiến',
    meetingLabel: 'Gắn với cuộc họp',
    meetingItem: (meeting, item, text) => `${meeting} — nội dung ${item}: ${text}`,
  },
  en: {
    usage: 'Usage: "poll due 10/12/2026 [group <unit>, <unit>] [meeting 04/12/2026 item 2]: <question> | <option 1>; <option 2>". Without options: Agree / Disagree / Another view; "group" asks those units\' heads only; "meeting … item N" ties the poll to agenda item N (its text is the question when none is written).',
    noDeadline: 'Please give the deadline, e.g. "poll due 10/12/2026: …".',
    badDate: (t) => `"${t}" is not a valid date. Please write dates as dd/mm/yyyy.`,
    noQuestion: 'Please write the question after the deadline.',
    deadlineInPast: (today) => `The deadline cannot be before today (${today}); nothing was sent.`,
    defaultOptions: ['Agree', 'Disagree', 'Another view'],
    sent: (members, deadline) => `The poll went to ${count('en', members, memberWordEn)}; answers are taken until the end of ${deadline}. The result goes to the chief after the deadline.`,
    noOpenPolls: 'No poll is open.',
    openLine: (q, deadline, answered, members) => `• ${q} — due ${deadline}; answered ${answered}/${count('en', members, memberWordEn)}`,
    cardTitle: 'Steering Committee members poll',
    deadlineLabel: 'Deadline',
    askedByLabel: 'Asked by',
    choiceLabel: 'Your view',
    commentLabel: 'Written opinion (optional)',
    commentHint: 'Members on leave write their opinion here',
    submit: 'Send my view',
    chooseOne: 'Please choose one option.',
    recorded: (deadline) => `Your view is recorded. You may change it until the end of ${deadline}.`,
    notFound: 'This poll was not found.',
    notAsked: 'This poll was not sent to you.',
    closed: (deadline) => `The deadline (${deadline}) has passed; your view was not recorded.`,
    reminder: (q, deadline) => `Reminder: you have not answered the poll "${q}"; answers are taken until the end of ${deadline}.`,
    resultTitle: 'Result of the members poll',
    optionCount: (o, n, members) => `${o}: ${n}/${count('en', members, memberWordEn)}`,
    majority: (o, n, members) => `A majority of members (${n}/${members}) chose: ${o}.`,
    noMajority: (members) => `No option has more than half of the ${members} members.`,
    notAnsweredLabel: (n) => `Not answered (${n})`,
    commentsLabel: 'Written opinions',
    decisionLabel: "The chief's decision",
    reasonLabel: 'Reason (required when departing from the majority)',
    reasonHint: 'Why the decision departs from the majority of members',
    decide: 'Record decision',
    onBehalfNote: 'The deputy chief decides on behalf of the chief (delegation).',
    reasonRequired: 'A decision departing from the majority of members (or taken without a majority) needs a stated reason; nothing was recorded.',
    stillOpen: (deadline) => `The poll is open until the end of ${deadline}; please decide after the deadline.`,
    alreadyDecided: 'This poll has already been decided; nothing changed.',
    decidedStatus: (o) => `Decision recorded: ${o}. It has been sent to every member.`,
    decisionToMember: (q, o, by, reason) => `${by} decided on "${q}": ${o}.${reason ? ` Reason: ${reason}` : ''}`,
    unitNotFound: (name) => `No unit matches "${name}"; nothing was sent.`,
    unitAmbiguous: (name, names) => `"${name}" matches several units: ${names.join('; ')}. Please write the unit's name in full; nothing was sent.`,
    meetingNotFound: (date) => `No meeting is scheduled on ${date}; nothing was sent.`,
    agendaItemNotFound: (item, items) => `The meeting has no agenda item ${item} (it has ${items}); nothing was sent.`,
    groupLabel: 'Asked of',
    meetingLabel: 'Meeting',
    meetingItem: (meeting, item, text) => `${meeting} — item ${item}: ${text}`,
  },
};
