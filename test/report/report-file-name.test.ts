import { expect } from 'chai';
import { reportFileName } from '../../src/report/report-file-name.ts';
import { createCompiledReport } from '../fixtures/compiled-report.ts';

describe('reportFileName', () => {
  it('derives an ASCII name from the label', () => {
    expect(reportFileName(createCompiledReport(), 'docx')).to.equal('bao-cao-cchc-quy-iv-2026.docx');
    expect(reportFileName(createCompiledReport(), 'html')).to.equal('bao-cao-cchc-quy-iv-2026.html');
  });

  it('drops diacritics including đ/Đ', () => {
    const name = reportFileName(createCompiledReport({ label: 'Đột xuất: Đề án số hóa — Phòng Đô thị' }), 'docx');
    expect(name).to.equal('bao-cao-cchc-dot-xuat-de-an-so-hoa-phong-do-thi.docx');
  });

  it('never contains path separators, ".." or non-ASCII characters', () => {
    for (const label of ['../../etc/passwd', '..\\..\\windows', 'a/b\\c:d*?"<>|', ' ..  . ', '報告 2026']) {
      const name = reportFileName(createCompiledReport({ label }), 'docx');
      expect(name, label).to.match(/^[a-z0-9-]+\.docx$/);
      expect(name, label).not.to.include('..');
    }
  });

  it('falls back to the cycle id, then a fixed name, when the label has no usable letters', () => {
    expect(reportFileName(createCompiledReport({ label: '///' }), 'docx')).to.equal('bao-cao-cchc-2026-q4.docx');
    expect(reportFileName(createCompiledReport({ label: '…', cycleId: '***' }), 'html')).to.equal('bao-cao-cchc-bao-cao.html');
  });

  it('keeps long labels to a bounded length', () => {
    const name = reportFileName(createCompiledReport({ label: 'Báo cáo chuyên đề '.repeat(20) }), 'docx');
    expect(name.length).to.be.at.most('bao-cao-cchc-'.length + 80 + '.docx'.length);
    expect(name).not.to.match(/-\.docx$/);
  });
});
