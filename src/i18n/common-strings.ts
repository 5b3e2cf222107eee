import type { Action } from '../domain/committee/permissions.ts';
import type { CommitteeRole } from '../domain/committee/committee.ts';
import type { Catalogue } from './locale.ts';

interface CommonStrings {
  roles: Record<CommitteeRole | 'unitHead' | 'unitDeputy', string>;
  helpTitle: string;
  helpIntro: (name: string) => string;
  helpGuest: string;
  commands: Partial<Record<Action, { usage: string; description: string }>>;
  notMember: string;
  unknownCommand: (text: string) => string;
  forbidden: string;
  whoamiTitle: string;
  whoamiFields: { name: string; title: string; email: string; roles: string; units: string; deputyOf: string };
  welcome: (name: string) => string;
  internalError: string;
  /** A stored record the request needs does not read back as expected; nothing was changed. */
  storedDocumentInvalid: string;
  invalidAction: string;
  none: string;
  fileNotAccepted: (name: string) => string;
  fileTooLarge: (maxMb: number) => string;
  fileNotDownloaded: string;
}

/** Strings shared by every feature: roles, help, whoami, refusals. */
export const COMMON: Catalogue<CommonStrings> = {
  vi: {
    roles: {
      chief: 'Trưởng Ban Chỉ đạo',
      deputyChief: 'Phó Trưởng Ban Chỉ đạo',
      standing: 'Ủy viên thường trực',
      secretary: 'Thư ký',
      unitHead: 'Thành viên (trưởng đơn vị)',
      unitDeputy: 'Cấp phó đơn vị',
    },
    helpTitle: 'Trợ lý Ban Chỉ đạo CCHC — các lệnh Anh/Chị được sử dụng',
    helpIntro: (name) => `Kính chào Anh/Chị ${name}. Anh/Chị gõ một trong các lệnh dưới đây (gõ có dấu hoặc không dấu đều được).`,
    helpGuest: 'Anh/Chị chưa có tên trong danh sách Ban Chỉ đạo CCHC nên chỉ sử dụng được lệnh "trợ giúp". Nếu Anh/Chị là thành viên Ban Chỉ đạo, đề nghị liên hệ Ủy viên thường trực để bổ sung địa chỉ email công vụ của Anh/Chị vào danh sách.',
    commands: {
      help: { usage: 'trợ giúp', description: 'Xem các lệnh Anh/Chị được sử dụng' },
      whoami: { usage: 'tôi là ai', description: 'Xem thông tin thành viên và vai trò của Anh/Chị' },
      'language.set': { usage: 'ngôn ngữ tiếng Việt / ngôn ngữ English', description: 'Chọn ngôn ngữ Trợ lý trả lời Anh/Chị' },
      'status.all': { usage: 'tình hình', description: 'Tình hình nộp báo cáo của các đơn vị' },
      'status.own': { usage: 'tình hình', description: 'Tình hình nộp báo cáo của đơn vị Anh/Chị' },
      'cycle.open': { usage: 'mở báo cáo quý [IV/2026] [hạn 10/12/2026]', description: 'Mở kỳ báo cáo CCHC quý và gửi phiếu báo cáo đến các đơn vị' },
      'cycle.adhoc': { usage: 'báo cáo đột xuất', description: 'Yêu cầu các đơn vị báo cáo đột xuất theo chủ đề' },
      remind: { usage: 'nhắc [đơn vị]', description: 'Nhắc ngay các đơn vị chưa nộp báo cáo' },
      compile: { usage: 'tổng hợp', description: 'Tổng hợp báo cáo CCHC của Văn phòng và xem trước' },
      'report.history': { usage: 'báo cáo quý III/2026', description: 'Xem lại báo cáo tổng hợp của một kỳ' },
      'report.stats': { usage: 'thống kê', description: 'Thống kê đúng hạn / trễ hạn theo đơn vị' },
      'report.submit': { usage: '(nút trên phiếu báo cáo)', description: 'Nộp báo cáo CCHC của đơn vị' },
      'unit.markAbsent': { usage: 'vắng <đơn vị> / có mặt <đơn vị>', description: 'Ghi nhận trưởng đơn vị vắng mặt để cấp phó báo cáo thay' },
      'meeting.schedule': { usage: 'họp', description: 'Lên lịch họp Ban Chỉ đạo (gửi giấy mời qua Outlook)' },
      'meeting.conclude': { usage: 'kết luận', description: 'Gửi kết luận cuộc họp và giao nhiệm vụ' },
      'tasks.viewAll': { usage: 'nhiệm vụ', description: 'Danh sách nhiệm vụ đang thực hiện' },
      'tasks.viewOwn': { usage: 'nhiệm vụ', description: 'Nhiệm vụ được giao cho đơn vị Anh/Chị' },
      'synthesis.edit': { usage: 'dự thảo [IV/2026]', description: 'Soạn báo cáo tổng hợp và trình ký Trưởng Ban Chỉ đạo' },
      'channel.link': { usage: '@CCHC Bot gắn kênh', description: 'Trong kênh của nhóm Ban Chỉ đạo: bảng tình hình, thông báo mời họp và kết luận được đăng tại kênh đó' },
      'delegation.manage': { usage: 'ủy quyền <từ ngày> <đến ngày> / thu hồi ủy quyền', description: 'Ủy quyền cho Phó Trưởng Ban thay mặt Trưởng Ban Chỉ đạo trong một thời gian' },
      'plan.viewAll': { usage: 'kế hoạch [năm] [đơn vị] [quý] [quá hạn]', description: 'Kế hoạch CCHC năm: mọi nhiệm vụ, lọc theo đơn vị, quý, trạng thái' },
      'plan.viewOwn': { usage: 'kế hoạch [năm] [quý] [quá hạn]', description: 'Nhiệm vụ của đơn vị Anh/Chị trong kế hoạch CCHC năm' },
      'initiative.register': { usage: 'sáng kiến [năm]', description: 'Đăng ký sáng kiến, mô hình CCHC của đơn vị và theo dõi kết quả xem xét' },
      'initiative.review': { usage: 'sáng kiến → Xem', description: 'Xem xét sáng kiến: tiếp nhận, đề nghị bổ sung, công nhận hoặc không công nhận (kèm lý do)' },
      'initiative.viewAll': { usage: 'sáng kiến [năm]', description: 'Sáng kiến của mọi đơn vị; xuất danh sách được công nhận (.csv, .xlsx)' },
      'plan.edit': { usage: 'kế hoạch → Thêm nhiệm vụ / Sửa / hủy', description: 'Thêm, sửa hoặc hủy (kèm lý do) nhiệm vụ trong kế hoạch CCHC năm bằng thẻ' },
      'plan.import': { usage: '(gửi tệp .xlsx/.csv)', description: 'Nhập kế hoạch CCHC năm từ bảng tính gửi trong cuộc trò chuyện' },
      'documents.view': { usage: 'tài liệu', description: 'Xem và mở báo cáo đã gửi, giấy mời họp, kết luận, quyết định, báo cáo kết quả kiểm tra' },
      'selfAssessment.open': { usage: 'tự chấm điểm [năm] hạn <ngày/tháng/năm>', description: 'Mở tự chấm điểm chỉ số CCHC năm và gửi phiếu chấm điểm đến các đơn vị phụ trách tiêu chí' },
      'selfAssessment.score': { usage: '(nút trên phiếu tự chấm điểm)', description: 'Gửi điểm tự chấm, giải trình và tài liệu kiểm chứng của đơn vị' },
      'selfAssessment.review': { usage: '(nút trên thẻ xem xét)', description: 'Ghi nhận hoặc điều chỉnh điểm tự chấm của đơn vị kèm ý kiến' },
      'selfAssessment.viewAll': { usage: 'điểm [năm]', description: 'Bảng tự chấm điểm: tiêu chí đã chấm, điểm tự chấm / tối đa theo lĩnh vực' },
      'selfAssessment.viewOwn': { usage: 'điểm [năm]', description: 'Các tiêu chí và điểm tự chấm của đơn vị Anh/Chị' },
      'selfAssessment.compile': { usage: 'điểm [năm] → Tổng hợp bảng tự chấm điểm', description: 'Tổng hợp bảng tự chấm điểm (.xlsx) và Báo cáo tự chấm điểm (.docx), trình ký Trưởng Ban Chỉ đạo' },
      'selfAssessment.approve': { usage: '(nút Duyệt / Trả lại kèm ý kiến)', description: 'Duyệt Báo cáo tự chấm điểm để gửi Ban Chỉ đạo CCHC Thành phố, hoặc trả lại kèm ý kiến' },
      'poll.create': { usage: 'lấy ý kiến hạn 10/12/2026 [nhóm <đơn vị>] [họp 04/12/2026 mục 2]: <nội dung> | <phương án 1>; <phương án 2>', description: 'Lấy ý kiến bằng văn bản của tất cả thành viên hoặc một nhóm, có thể gắn với nội dung cuộc họp; kết quả trình Trưởng Ban quyết định' },
      'inspection.create': { usage: 'kiểm tra', description: 'Thành lập Đoàn kiểm tra công tác CCHC (Điều 8): nội dung, đơn vị được kiểm tra, thời gian, Trưởng đoàn, Phó Trưởng đoàn, thành viên' },
      'inspection.record': { usage: 'kiểm tra', description: 'Các Đoàn kiểm tra Anh/Chị tham gia: ghi kết quả kiểm tra từng đơn vị, Trưởng đoàn trình báo cáo' },
    },
    notMember: 'Rất tiếc, Anh/Chị chưa có tên trong danh sách Ban Chỉ đạo CCHC nên chưa sử dụng được lệnh này. Gõ "trợ giúp" để biết thêm.',
    unknownCommand: (text) => `Trợ lý chưa hiểu yêu cầu "${text}". Anh/Chị gõ "trợ giúp" để xem các lệnh được sử dụng.`,
    forbidden: 'Anh/Chị không có quyền thực hiện việc này theo Quy chế hoạt động của Ban Chỉ đạo.',
    whoamiTitle: 'Thông tin thành viên',
    whoamiFields: { name: 'Họ và tên', title: 'Chức vụ', email: 'Email', roles: 'Vai trò', units: 'Trưởng đơn vị', deputyOf: 'Cấp phó đơn vị' },
    welcome: (name) => `Kính chào Anh/Chị ${name}. Trợ lý Ban Chỉ đạo CCHC hỗ trợ gửi phiếu báo cáo quý, nhắc hạn nộp, tổng hợp báo cáo và lên lịch họp. Anh/Chị gõ "trợ giúp" để bắt đầu.`,
    internalError: 'Đã có lỗi khi xử lý nên yêu cầu của Anh/Chị chưa được thực hiện. Vui lòng thử lại sau ít phút.',
    storedDocumentInvalid: 'Một bản ghi dữ liệu cần cho yêu cầu này không đọc được nên yêu cầu của Anh/Chị chưa được thực hiện và không có gì bị thay đổi. Lỗi đã được ghi lại để quản trị hệ thống xử lý; Anh/Chị vui lòng báo Ủy viên thường trực.',
    invalidAction: 'Phiếu này không còn hợp lệ (dữ liệu không đúng). Vui lòng sử dụng phiếu mới nhất.',
    none: '—',
    fileNotAccepted: (name) => `Tệp ${name} không thuộc loại Trợ lý nhận. Kế hoạch CCHC năm gửi dưới dạng .xlsx hoặc .csv.`,
    fileTooLarge: (maxMb) => `Tệp lớn quá ${maxMb} MB; Anh/Chị gửi tệp nhỏ hơn.`,
    fileNotDownloaded: 'Không tải được tệp Anh/Chị gửi từ Teams. Anh/Chị vui lòng gửi lại sau ít phút.',
  },
  en: {
    roles: {
      chief: 'Chief of the Steering Committee',
      deputyChief: 'Deputy Chief',
      standing: 'Standing member',
      secretary: 'Secretary',
      unitHead: 'Member (unit head)',
      unitDeputy: 'Unit deputy',
    },
    helpTitle: 'CCHC Steering Committee assistant — your commands',
    helpIntro: (name) => `Hello ${name}. Type one of the commands below (Vietnamese or English).`,
    helpGuest: 'You are not on the CCHC Steering Committee roster, so only "help" is available. If you are a member, ask the standing member to add your work e-mail address to the roster.',
    commands: {
      help: { usage: 'help', description: 'See the commands you may use' },
      whoami: { usage: 'whoami', description: 'See your member record and roles' },
      'language.set': { usage: 'language English / language Vietnamese', description: 'Choose the language I answer you in' },
      'status.all': { usage: 'status', description: 'Report status of every unit' },
      'status.own': { usage: 'status', description: "Your unit's report status" },
      'cycle.open': { usage: 'open quarterly [IV/2026] [due 10/12/2026]', description: 'Open the quarterly report cycle and send the forms to the units' },
      'cycle.adhoc': { usage: 'ad-hoc report', description: 'Request an ad-hoc report on a topic' },
      remind: { usage: 'remind [unit]', description: 'Remind the units that have not reported yet' },
      compile: { usage: 'compile', description: "Compile the Office's report and preview it" },
      'report.history': { usage: 'report III/2026', description: 'See a past compiled report' },
      'report.stats': { usage: 'stats', description: 'On-time / late statistics per unit' },
      'report.submit': { usage: '(button on the report form)', description: "Submit your unit's CCHC report" },
      'unit.markAbsent': { usage: 'absent <unit> / present <unit>', description: 'Mark a unit head absent so that the deputy reports instead' },
      'meeting.schedule': { usage: 'meeting', description: 'Schedule a committee meeting (Outlook invitations)' },
      'meeting.conclude': { usage: 'conclusions', description: 'Send meeting conclusions and assign tasks' },
      'tasks.viewAll': { usage: 'tasks', description: 'Tasks in progress' },
      'tasks.viewOwn': { usage: 'tasks', description: "Your unit's tasks" },
      'synthesis.edit': { usage: 'draft report [IV/2026]', description: 'Write the compiled report and submit it to the chief for signature' },
      'channel.link': { usage: '@CCHC Bot link channel', description: "In the committee team's channel: the status board, meeting notices and conclusions are posted there" },
      'delegation.manage': { usage: 'delegate <from> <to> / revoke delegation', description: 'Let the deputy chief act on behalf of the chief for a period' },
      'plan.viewAll': { usage: 'plan [year] [unit] [quarter] [overdue]', description: 'The annual CCHC plan: every task, filtered by unit, quarter, status' },
      'plan.viewOwn': { usage: 'plan [year] [quarter] [overdue]', description: "Your unit's tasks in the annual CCHC plan" },
      'initiative.register': { usage: 'initiative [year]', description: "Register your unit's CCHC initiatives and follow their review" },
      'initiative.review': { usage: 'initiative → Open', description: 'Review initiatives: accept, ask for more, recognise or refuse (with a reason)' },
      'initiative.viewAll': { usage: 'initiative [year]', description: 'Initiatives of every unit; export the recognised list (.csv, .xlsx)' },
      'plan.edit': { usage: 'plan → Add a task / Edit / cancel', description: 'Add, edit or cancel (with a reason) tasks of the annual CCHC plan by card' },
      'plan.import': { usage: '(send an .xlsx/.csv file)', description: 'Import the annual CCHC plan from a spreadsheet sent in the chat' },
      'documents.view': { usage: 'documents', description: 'List and open sent reports, invitations, conclusions, decisions and inspection reports' },
      'selfAssessment.open': { usage: 'self-assessment [year] due <day/month/year>', description: "Open the year's PAR-index self-assessment and send the scoring card to the responsible units" },
      'selfAssessment.score': { usage: '(button on the self-assessment card)', description: "Send your unit's self-scores, explanations and evidence" },
      'selfAssessment.review': { usage: '(button on the review card)', description: "Accept or adjust a unit's self-scores with a note" },
      'selfAssessment.viewAll': { usage: 'score [year]', description: 'The self-assessment table: criteria scored, points claimed / maximum by area' },
      'selfAssessment.viewOwn': { usage: 'score [year]', description: "Your unit's criteria and self-scores" },
      'selfAssessment.compile': { usage: 'score [year] → Compile the self-assessment table', description: 'Compile the self-assessment table (.xlsx) and report (.docx) and submit it to the chief for signature' },
      'selfAssessment.approve': { usage: '(Approve / Return with comments buttons)', description: 'Approve the self-assessment report for the City steering committee, or return it with comments' },
      'poll.create': { usage: 'poll due 10/12/2026 [group <unit>] [meeting 04/12/2026 item 2]: <question> | <option 1>; <option 2>', description: 'Written poll of all members or a group, optionally on a meeting agenda item; the result goes to the chief to decide' },
      'inspection.create': { usage: 'inspection', description: 'Set up a CCHC inspection team (Article 8): content, units inspected, period, leader, deputy leader, members' },
      'inspection.record': { usage: 'inspection', description: 'The inspection teams you are on: record findings per unit; the leader submits the report' },
    },
    notMember: 'Sorry, you are not on the CCHC Steering Committee roster, so this command is not available. Type "help" for more.',
    unknownCommand: (text) => `I did not understand "${text}". Type "help" to see your commands.`,
    forbidden: 'You are not allowed to do this under the Steering Committee regulation.',
    whoamiTitle: 'Your member record',
    whoamiFields: { name: 'Name', title: 'Position', email: 'Email', roles: 'Roles', units: 'Head of', deputyOf: 'Deputy of' },
    welcome: (name) => `Hello ${name}! I am the CCHC Steering Committee assistant: I send the quarterly report forms, remind deadlines, compile the report and schedule meetings. Type "help" to start.`,
    internalError: 'Something went wrong and your request was not carried out. Please try again in a few minutes.',
    storedDocumentInvalid: 'A stored record this request needs could not be read, so your request was not carried out and nothing was changed. The error was logged for the administrator; please tell the standing member.',
    invalidAction: 'This card is no longer valid (its data is wrong). Please use the latest card.',
    none: '—',
    fileNotAccepted: (name) => `${name} is not a file the assistant takes. The annual CCHC plan is sent as .xlsx or .csv.`,
    fileTooLarge: (maxMb) => `The file is larger than ${maxMb} MB; please send a smaller one.`,
    fileNotDownloaded: 'The file could not be downloaded from Teams. Please send it again in a few minutes.',
  },
};
