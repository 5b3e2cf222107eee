import { expect } from 'chai';
import type { CompiledReport } from '../../src/domain/report/compiled-report.ts';
import { MAX_MAIL_BODY_BYTES, reportMailBody, surelyLongerThan } from '../../src/report/report-mail-body.ts';
import { renderReportHtml } from '../../src/report/report-html.ts';
import { createCompiledReport } from '../fixtures/compiled-report.ts';

/** What the mail body was before the size was decided up front: render in full, measure, fall back. */
function renderThenMeasure(report: CompiledReport, limit: number): string {
  const full = renderReportHtml(report, 'vi');
  return Buffer.byteLength(full) <= limit ? full : renderReportHtml(report, 'vi', 'summary');
}

/** Texts that cleaning shortens: decomposed Vietnamese (NFD), CRLF line ends, control characters. */
const SHRINKING = 'Tie\u0302\u0301p nha\u0323\u0302n ho\u0302\u0300 so\u031b\r\n\u0001tru\u031b\u0323c tuye\u0302\u0301n\r\n';

function withTexts(text: string, kind: CompiledReport['kind'] = 'quarterly'): CompiledReport {
  const base = createCompiledReport();
  const entries = base.units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, text }));
  return kind === 'quarterly'
    ? { ...base, difficulties: entries, proposals: entries }
    : { ...base, kind, areas: [], questions: [{ question: 'Câu hỏi 1', answers: entries }], difficulties: entries };
}

describe('reportMailBody (the report mail: full text when it fits, else the summary)', () => {
  it('is the full page for a committee-size report', () => {
    const report = createCompiledReport();
    expect(reportMailBody(report)).to.equal(renderReportHtml(report, 'vi'));
    expect(reportMailBody(report)).to.include('II. KHÓ KHĂN, VƯỚNG MẮC');
  });

  it('is the summary pointing to the attachment when the texts alone exceed 1.5 MB, without rendering the page', () => {
    const report = withTexts('Kết quả thực hiện nhiệm vụ cải cách hành chính. '.repeat(2_000));
    expect(surelyLongerThan(report, MAX_MAIL_BODY_BYTES)).to.equal(true);
    const body = reportMailBody(report);
    expect(body).to.equal(renderReportHtml(report, 'vi', 'summary'));
    expect(body).to.include('toàn văn báo cáo ở tệp đính kèm');
    expect(body).to.not.include('Kết quả thực hiện nhiệm vụ cải cách hành chính.');
  });

  it('decides exactly as rendering and measuring would, at every limit around the page size, texts that cleaning shortens included', () => {
    for (const report of [createCompiledReport(), withTexts(SHRINKING.repeat(40)), withTexts(SHRINKING.repeat(40), 'ad-hoc'), withTexts('<&>"\'\n'.repeat(300))]) {
      const size = Buffer.byteLength(renderReportHtml(report, 'vi'));
      for (const limit of [1, size / 4, size / 2, size - 200, size - 1, size, size + 1, size * 2]) {
        expect(reportMailBody(report, limit), `limit ${limit} of ${size}`).to.equal(renderThenMeasure(report, limit));
        // The early answer is only ever "surely longer": never for a page that fits.
        if (surelyLongerThan(report, limit)) expect(size).to.be.above(limit);
      }
    }
  });
});
