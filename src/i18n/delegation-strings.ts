import type { Catalogue } from './locale.ts';

interface DelegationStrings {
  usage: string;
  badDate: (text: string) => string;
  endBeforeStart: string;
  startsInPast: (today: string) => string;
  overlaps: (from: string, to: string) => string;
  noDeputyChief: string;
  granted: (deputy: string, from: string, to: string) => string;
  toDeputy: (chief: string, from: string, to: string) => string;
  nothingToRevoke: string;
  revoked: (deputy: string, from: string, to: string) => string;
  revokedToDeputy: (chief: string, from: string, to: string) => string;
  current: (deputy: string, from: string, to: string) => string;
  none: string;
  onBehalf: (name: string) => string;
  decidedForYou: (deputy: string, member: string, subject: string, approved: boolean) => string;
}

/** Strings for the chief's delegation to the deputy chief (Điều 5.1). */
export const DELEGATION: Catalogue<DelegationStrings> = {
  vi: {
    usage: 'Cú pháp: "ủy quyền <từ ngày> <đến ngày>", ví dụ "ủy quyền 07/12/2026 18/12/2026". Thu hồi: "thu hồi ủy quyền".',
    badDate: (t) => `Ngày "${t}" không hợp lệ. Vui lòng ghi ngày dạng dd/mm/yyyy.`,
    endBeforeStart: 'Ngày kết thúc ủy quyền không được trước ngày bắt đầu; không có gì thay đổi.',
    startsInPast: (today) => `Ngày bắt đầu ủy quyền không được trước hôm nay (${today}); không có gì thay đổi.`,
    overlaps: (from, to) => `Thời gian này trùng với ủy quyền đã có từ ${from} đến ${to}. Vui lòng thu hồi ủy quyền đó hoặc chọn thời gian khác; không có gì thay đổi.`,
    noDeputyChief: 'Danh sách Ban Chỉ đạo chưa có Phó Trưởng Ban nên không thể ủy quyền.',
    granted: (deputy, from, to) => `Đã ủy quyền cho ${deputy} từ ${from} đến ${to}: trong thời gian này, Phó Trưởng Ban thay mặt Trưởng Ban Chỉ đạo duyệt đề nghị vắng mặt và nhận kết quả lấy ý kiến, báo cáo kiểm tra.`,
    toDeputy: (chief, from, to) => `${chief} đã ủy quyền cho Anh/Chị từ ${from} đến ${to}. Trong thời gian này, Anh/Chị thay mặt Trưởng Ban Chỉ đạo duyệt đề nghị vắng mặt và nhận những việc trình Trưởng Ban.`,
    nothingToRevoke: 'Hiện không có ủy quyền nào đang hiệu lực hoặc sắp có hiệu lực; không có gì thay đổi.',
    revoked: (deputy, from, to) => `Đã thu hồi ủy quyền cho ${deputy} (từ ${from} đến ${to}). Từ nay các việc trình Trưởng Ban được gửi về Anh/Chị.`,
    revokedToDeputy: (chief, from, to) => `${chief} đã thu hồi ủy quyền (từ ${from} đến ${to}). Các việc trình Trưởng Ban không còn gửi tới Anh/Chị.`,
    current: (deputy, from, to) => `Ủy quyền cho ${deputy}: từ ${from} đến ${to}.`,
    none: 'Hiện không có ủy quyền nào.',
    onBehalf: (name) => `${name} (thay mặt Trưởng Ban Chỉ đạo)`,
    decidedForYou: (deputy, member, subject, approved) => `${deputy}, thay mặt Trưởng Ban Chỉ đạo, đã ${approved ? 'đồng ý' : 'không đồng ý'} cho ${member} vắng mặt tại "${subject}".`,
  },
  en: {
    usage: 'Usage: "delegate <from> <to>", e.g. "delegate 07/12/2026 18/12/2026". To end it: "revoke delegation".',
    badDate: (t) => `"${t}" is not a valid date. Please write dates as dd/mm/yyyy.`,
    endBeforeStart: 'The delegation cannot end before it starts; nothing changed.',
    startsInPast: (today) => `A delegation cannot start before today (${today}); nothing changed.`,
    overlaps: (from, to) => `This period overlaps the delegation from ${from} to ${to}. Revoke that one or choose another period; nothing changed.`,
    noDeputyChief: 'The roster has no deputy chief to delegate to.',
    granted: (deputy, from, to) => `Delegated to ${deputy} from ${from} to ${to}: in that period the deputy chief approves leave requests and receives poll results and inspection reports on behalf of the chief.`,
    toDeputy: (chief, from, to) => `${chief} has delegated to you from ${from} to ${to}. In that period you approve leave requests and receive what goes to the chief, on behalf of the chief.`,
    nothingToRevoke: 'No delegation is in force or coming; nothing changed.',
    revoked: (deputy, from, to) => `The delegation to ${deputy} (${from} to ${to}) is revoked. What goes to the chief comes to you again.`,
    revokedToDeputy: (chief, from, to) => `${chief} has revoked the delegation (${from} to ${to}). What goes to the chief no longer comes to you.`,
    current: (deputy, from, to) => `Delegated to ${deputy}: ${from} to ${to}.`,
    none: 'No delegation is in force or coming.',
    onBehalf: (name) => `${name} (on behalf of the chief)`,
    decidedForYou: (deputy, member, subject, approved) => `${deputy}, on behalf of the chief, ${approved ? 'approved' : 'refused'} the absence of ${member} from "${subject}".`,
  },
};
