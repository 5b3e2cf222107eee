import type { CompiledReport, UnitText } from '../report/compiled-report.ts';
import type { SynthesisText } from './synthesis.ts';

function lines(entries: UnitText[]): string {
  return entries.map((e) => `- ${e.unitName}: ${e.text}`).join('\n');
}

/**
 * The draft the standing member starts from, taken from the units' answers where they say it:
 * the areas reported on (ưu điểm), difficulties (hạn chế), next-quarter tasks and proposals.
 * Kiến nghị to the City is the Office's own judgement and starts empty.
 */
export function prefillSynthesis(report: CompiledReport): SynthesisText {
  const reported = report.areas.filter((a) => a.entries.length > 0).map((a) => `- ${a.title}: ${a.entries.length} đơn vị báo cáo kết quả.`);
  const submitted = `${report.summary.submittedCount}/${report.summary.targetCount} đơn vị đã gửi báo cáo.`;
  return {
    strengths: [submitted, ...reported].join('\n'),
    limitations: lines(report.difficulties),
    nextQuarter: lines(report.nextQuarterTasks),
    proposals: lines(report.proposals),
    recommendations: '',
  };
}
