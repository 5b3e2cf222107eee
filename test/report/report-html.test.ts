import { expect } from 'chai';
import { renderReportHtml } from '../../src/report/report-html.ts';
import { escapeHtml, textToHtml } from '../../src/report/escape-html.ts';
import { PAR_AREAS, PAR_AREA_TITLES } from '../../src/domain/par-areas.ts';
import { createCompiledReport } from '../fixtures/compiled-report.ts';

function inOrder(html: string, needles: string[]): void {
  const positions = needles.map((n) => html.indexOf(n));
  const missing = needles.filter((_, i) => positions[i] === -1);
  expect(missing, 'missing from HTML').to.deep.equal([]);
  expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
}

describe('renderReportHtml', () => {
  const html = renderReportHtml(createCompiledReport(), 'vi');

  it('is a standalone UTF-8 page with inline styles', () => {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="vi">')).to.equal(true);
    expect(html).to.include('<meta charset="utf-8">');
    expect(html).to.include('<title>Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026</title>');
    expect(html).not.to.match(/<link|<style|<script/i);
    expect(html.trimEnd().endsWith('</html>')).to.equal(true);
  });

  it('summarises the cycle: window, deadline, received, late and missing units', () => {
    expect(html).to.include('Số liệu từ 15/09/2026 đến 14/12/2026');
    expect(html).to.include('<strong>Hạn nộp của đơn vị:</strong> 10/12/2026');
    expect(html).to.include('<strong>Đã nhận:</strong> 11/12; <strong>Nộp trễ hạn:</strong> 2; <strong>Chưa nộp:</strong> Ban Tiếp công dân');
  });

  it('lists sections I–IV, the PAR areas, Phụ lục 2A and the submissions in order', () => {
    inOrder(html, [
      'I. KẾT QUẢ THỰC HIỆN',
      ...PAR_AREAS.map((area, i) => `${i + 1}. ${PAR_AREA_TITLES[area].vi}`),
      '8. Tiến độ thực hiện các nhiệm vụ được giao (Phụ lục 2A)',
      'II. KHÓ KHĂN, VƯỚNG MẮC',
      'III. ĐỀ XUẤT, KIẾN NGHỊ',
      'IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI',
      'TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ',
      'Tài liệu kiểm chứng',
    ]);
  });

  it('escapes user text, so <script> and quotes stay text, and keeps ${…} literal', () => {
    expect(html).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; kiểm tra biểu thức ${process.env.SECRET}');
    expect(html).not.to.include('<script>');
    expect(html).to.include('cách chấm điểm tiêu chí &quot;cải cách chế độ công vụ&quot; &amp; bộ chỉ số PAR Index');
  });

  it('keeps line breaks as <br>', () => {
    expect(html).to.include('trên Cổng 1022.<br>\nDòng thứ hai: tỷ lệ hồ sơ đúng hạn đạt 98,5% (&gt;= chỉ tiêu).');
    expect(html).to.include('Nâng cấp hệ thống một cửa điện tử,<br>\ndự kiến xong tháng 01/2027.');
  });

  it('links only http(s) evidence and shows other schemes as text', () => {
    expect(html).to.include('<a href="https://vanphong.example.gov.vn/bao-cao?q=1&amp;y=2026">');
    expect(html).to.include('javascript:alert(1)');
    expect(html).not.to.include('href="javascript:');
  });

  it('shows each unit with its head, date and on-time / late / missing status', () => {
    expect(html).to.match(/Phòng Dự án<\/td><td[^>]*>Phan Quốc Dự Án<\/td><td[^>]*>12\/12\/2026<\/td><td[^>]*><span[^>]*>Trễ hạn<\/span>/);
    expect(html).to.match(/Ban Tiếp công dân<\/td><td[^>]*>Ngô Thị Tiếp Dân<\/td><td[^>]*><\/td><td[^>]*><span[^>]*>Chưa nộp<\/span>/);
    expect(html).to.include('Trần Thị Thường Trực<br>(Tạ Văn Phó Tổ Chức gửi thay)');
    expect(html).to.include('02/12/2026 (bản 2)');
    expect(html.match(/>Đúng hạn</g)).to.have.length(9);
  });

  it('normalises decomposed Vietnamese (NFD) to NFC', () => {
    const report = createCompiledReport({
      difficulties: [{ unitId: 'x', unitName: 'Phòng Đô thị'.normalize('NFD'), text: 'Thiếu nhân lực chuyên trách'.normalize('NFD') }],
    });
    const out = renderReportHtml(report, 'vi');
    expect(out).to.include('<strong><em>Phòng Đô thị:</em></strong> Thiếu nhân lực chuyên trách');
    expect(out.normalize('NFC')).to.equal(out);
  });

  it('renders English headings and area titles for locale en, keeping the units’ Vietnamese text', () => {
    const en = renderReportHtml(createCompiledReport(), 'en');
    expect(en).to.include('<html lang="en">');
    inOrder(en, ['I. RESULTS', '1. Direction and management of administrative reform', 'II. DIFFICULTIES AND OBSTACLES', 'UNIT SUBMISSIONS']);
    expect(en).to.include('>Late<');
    expect(en).to.include('>Not submitted<');
    expect(en).to.include('Giải ngân vốn đầu tư công đạt 78% kế hoạch năm');
  });

  it('shows questions and answers instead of section I for an ad-hoc report', () => {
    const out = renderReportHtml(
      createCompiledReport({
        kind: 'ad-hoc',
        questions: [{ question: 'Số thủ tục đã rà soát <năm 2026>?', answers: [{ unitId: 'kinh-te', unitName: 'Phòng Kinh tế', text: '12 thủ tục' }] }],
        nextQuarterTasks: [],
      }),
      'vi',
    );
    expect(out).not.to.include('I. KẾT QUẢ THỰC HIỆN');
    expect(out).not.to.include('IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI');
    inOrder(out, ['I. NỘI DUNG BÁO CÁO', '1. Số thủ tục đã rà soát &lt;năm 2026&gt;?', 'Phòng Kinh tế:</em></strong> 12 thủ tục', 'II. KHÓ KHĂN, VƯỚNG MẮC']);
  });
});

describe('escapeHtml / textToHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('turns CRLF, CR and LF into <br>', () => {
    expect(textToHtml('a\r\nb\rc\nd')).to.equal('a<br>\nb<br>\nc<br>\nd');
  });
});

describe('renderReportHtml in summary mode (reports too large for a mail body)', () => {
  it('keeps the title and summary, points to the attachment, and leaves out the sections', () => {
    const report = createCompiledReport();
    const html = renderReportHtml(report, 'vi', 'summary');
    expect(html).to.include(report.subject);
    expect(html).to.include('toàn văn báo cáo ở tệp đính kèm');
    expect(html).to.not.include('II. KHÓ KHĂN, VƯỚNG MẮC');
    expect(html.length).to.be.below(renderReportHtml(report, 'vi').length);
  });
});
