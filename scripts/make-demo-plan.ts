/**
 * Writes data/plans/2026.xlsx: an ILLUSTRATIVE annual CCHC plan for the demo committee, in the columns
 * the plan import reads (docs/year.md). Every task is invented for the demo; the sheet says so above
 * its header, and the bot shows "Kế hoạch minh họa" on every view of it. Run: tsx scripts/make-demo-plan.ts
 */
import ExcelJS from 'exceljs';
import { mkdir } from 'node:fs/promises';

const TASKS: string[][] = [
  ['1', 'Ban hành Kế hoạch cải cách hành chính năm 2026 của Văn phòng', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Phòng Hành chính – Tổ chức', 'Phòng Tổng hợp', 'Quý I', 'Kế hoạch'],
  ['2', 'Báo cáo kết quả CCHC hằng quý, 6 tháng, năm đúng hạn', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Phòng Tổng hợp', '', '15/12/2026', 'Báo cáo'],
  ['3', 'Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực được giao', 'Cải cách thể chế', 'Phòng Nội chính – Pháp chế', 'Phòng Kinh tế; Phòng Văn xã', 'Quý III', 'Báo cáo rà soát'],
  ['4', 'Rà soát, đề xuất đơn giản hóa thủ tục hành chính', 'Cải cách thủ tục hành chính', 'Phòng Kiểm soát thủ tục hành chính', '', '30/09/2026', 'Phương án đơn giản hóa'],
  ['5', 'Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính', 'Cải cách thủ tục hành chính', 'Phòng Kiểm soát thủ tục hành chính', 'Trung tâm Tin học', 'Quý IV', 'Báo cáo kết quả số hóa'],
  ['6', 'Rà soát chức năng, nhiệm vụ và vị trí việc làm của các phòng', 'Cải cách tổ chức bộ máy hành chính nhà nước', 'Phòng Hành chính – Tổ chức', '', 'Quý II', 'Đề án vị trí việc làm'],
  ['7', 'Bồi dưỡng kỹ năng cho công chức, viên chức', 'Cải cách chế độ công vụ', 'Phòng Hành chính – Tổ chức', '', 'Quý III', 'Lớp bồi dưỡng'],
  ['8', 'Thực hiện cơ chế tự chủ tài chính tại các đơn vị sự nghiệp', 'Cải cách tài chính công', 'Phòng Quản trị – Tài vụ', 'Trung tâm Công báo; Trung tâm Tin học', 'Quý IV', 'Báo cáo'],
  ['9', 'Vận hành hệ thống quản lý văn bản và ký số', 'Xây dựng, phát triển chính quyền điện tử, chính quyền số', 'Trung tâm Tin học', '', '30/06/2026', 'Hệ thống vận hành'],
  ['10', 'Tuyên truyền về cải cách hành chính trên Cổng thông tin', 'Công tác chỉ đạo, điều hành cải cách hành chính', 'Trung tâm Công báo', 'Phòng Tổng hợp', 'Quý IV', 'Tin, bài'],
];

const workbook = new ExcelJS.Workbook();
const sheet = workbook.addWorksheet('Kế hoạch CCHC 2026');
sheet.addRow(['KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH NĂM 2026 — MINH HỌA (dữ liệu mẫu cho bản dùng thử, không phải kế hoạch chính thức)']);
sheet.addRow(['STT', 'Nội dung nhiệm vụ', 'Lĩnh vực', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời hạn', 'Sản phẩm', 'Trạng thái']);
for (const t of TASKS) sheet.addRow([...t, 'Chưa thực hiện']);
sheet.getRow(2).font = { bold: true };
sheet.columns.forEach((c, i) => (c.width = [6, 60, 40, 32, 32, 12, 24, 16][i] ?? 12));
await mkdir('data/plans', { recursive: true });
await workbook.xlsx.writeFile('data/plans/2026.xlsx');
console.log('wrote data/plans/2026.xlsx');
