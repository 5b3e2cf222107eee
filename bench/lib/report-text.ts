import type { ReportAnswers } from '../../src/domain/cycles/submission.ts';
import type { Unit } from '../../src/domain/committee/committee.ts';

/** Sentences of the kind units write in CCHC reports; combined to reach a length. */
const SENTENCES = [
  'Trong quý, đơn vị đã ban hành kế hoạch cải cách hành chính và phân công cụ thể cho từng bộ phận, gắn trách nhiệm người đứng đầu.',
  'Tổ chức rà soát, đơn giản hóa 12 thủ tục hành chính thuộc thẩm quyền giải quyết, đề xuất cắt giảm thời gian xử lý hồ sơ từ 15% đến 30%.',
  'Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7%; không có hồ sơ trễ hạn do lỗi chủ quan của cán bộ, công chức.',
  'Triển khai tiếp nhận hồ sơ trực tuyến toàn trình trên Cổng dịch vụ công quốc gia, tỷ lệ hồ sơ trực tuyến đạt 76%.',
  'Kiện toàn tổ chức bộ máy theo hướng tinh gọn, sắp xếp lại vị trí việc làm và cơ cấu ngạch công chức phù hợp với chức năng, nhiệm vụ.',
  'Thực hiện nghiêm kỷ luật, kỷ cương hành chính; tổ chức kiểm tra đột xuất việc chấp hành giờ giấc làm việc tại bộ phận một cửa.',
  'Công khai đầy đủ, kịp thời các khoản thu, chi ngân sách; thực hiện cơ chế tự chủ tài chính đối với đơn vị sự nghiệp trực thuộc.',
  'Ứng dụng hệ thống quản lý văn bản và điều hành, ký số văn bản điện tử đạt 100% đối với văn bản đi không thuộc danh mục bí mật nhà nước.',
  'Khó khăn chủ yếu là thiếu nhân sự chuyên trách, trang thiết bị tại bộ phận một cửa đã xuống cấp, đường truyền còn chập chờn vào giờ cao điểm.',
  'Đề nghị Thành phố bố trí kinh phí nâng cấp hạ tầng công nghệ thông tin và tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp phường.',
];

/** Deterministic Vietnamese report text of about `chars` characters (NFC), varied by `seed`. */
export function reportText(chars: number, seed: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const sentence = SENTENCES[(seed + i * 7) % SENTENCES.length]!;
    parts.push(sentence);
    length += sentence.length + 1;
  }
  return parts.join(' ').slice(0, chars).normalize('NFC');
}

/** Card inputs of a full quarterly report for a unit: every text field about `chars` long. */
export function reportInputs(unit: Unit, chars: number, seed: number): Record<string, string> {
  const inputs: Record<string, string> = {
    taskStatus: 'in-progress',
    taskNote: reportText(Math.min(chars, 300), seed + 1),
    difficulties: reportText(chars, seed + 2),
    proposals: reportText(chars, seed + 3),
    nextQuarterTasks: reportText(chars, seed + 4),
    evidence: `https://thanhpho.example.gov.vn/cchc/${unit.id}/bao-cao.pdf`,
  };
  unit.parAreas.forEach((area, i) => (inputs[`area_${area}`] = reportText(chars, seed + 5 + i)));
  return inputs;
}

/** Stored answers equivalent to `reportInputs`: the same fields, already validated. */
export function reportAnswers(unit: Unit, chars: number, seed: number): ReportAnswers {
  const inputs = reportInputs(unit, chars, seed);
  return {
    areas: Object.fromEntries(unit.parAreas.map((area) => [area, inputs[`area_${area}`]!])),
    taskStatus: 'in-progress',
    taskNote: inputs.taskNote!,
    difficulties: inputs.difficulties!,
    proposals: inputs.proposals!,
    nextQuarterTasks: inputs.nextQuarterTasks!,
    evidence: [inputs.evidence!],
    answers: [],
  };
}
