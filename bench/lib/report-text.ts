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

/**
 * How the bench's text is made: `sentences` repeats the ten sentences (what every part measures; deflate
 * finds long repeats in it, ~45:1 on a report), `words` draws their words in a seeded random order, which
 * compresses like prose (~3:1) and shows what the .docx's deflate costs on real answers.
 */
export type TextStyle = 'sentences' | 'words';

const WORDS = SENTENCES.flatMap((s) => s.split(' '));

/** mulberry32: a small seeded generator, so every run writes the same "random" words. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomWords(chars: number, seed: number): string {
  const next = seededRandom(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const word = WORDS[Math.floor(next() * WORDS.length)]!;
    parts.push(word);
    length += word.length + 1;
  }
  return parts.join(' ');
}

/** Deterministic Vietnamese report text of about `chars` characters (NFC), varied by `seed`. */
export function reportText(chars: number, seed: number, style: TextStyle = 'sentences'): string {
  if (style === 'words') return randomWords(chars, seed).slice(0, chars).normalize('NFC');
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
export function reportInputs(unit: Unit, chars: number, seed: number, style: TextStyle = 'sentences'): Record<string, string> {
  const inputs: Record<string, string> = {
    taskStatus: 'in-progress',
    taskNote: reportText(Math.min(chars, 300), seed + 1, style),
    difficulties: reportText(chars, seed + 2, style),
    proposals: reportText(chars, seed + 3, style),
    nextQuarterTasks: reportText(chars, seed + 4, style),
    evidence: `https://thanhpho.example.gov.vn/cchc/${unit.id}/bao-cao.pdf`,
  };
  unit.parAreas.forEach((area, i) => (inputs[`area_${area}`] = reportText(chars, seed + 5 + i, style)));
  return inputs;
}

/** Stored answers equivalent to `reportInputs`: the same fields, already validated. */
export function reportAnswers(unit: Unit, chars: number, seed: number, style: TextStyle = 'sentences'): ReportAnswers {
  const inputs = reportInputs(unit, chars, seed, style);
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
