import { expect } from 'chai';
import JSZip from 'jszip';
import { renderOfficialDocument } from '../../src/report/official-document.ts';
import { PAR_AREAS, PAR_AREA_TITLES } from '../../src/domain/par-areas.ts';
import type { CompiledReport } from '../../src/domain/report/compiled-report.ts';
import { FIXTURE_UNITS, MISSING_UNIT_ID, TRICKY_TEXT, createCompiledReport, createLetterhead } from '../fixtures/compiled-report.ts';
import { attr, paragraphWith, paragraphs, readDocx, readDocxPart, runPropertiesOf, styleXml } from './read-docx.ts';
import type { DocxParts } from './read-docx.ts';

// 14 Dec 2026, 10:00 in Hồ Chí Minh City.
const ISSUED_ON = new Date('2026-12-14T03:00:00Z');

async function render(report: CompiledReport = createCompiledReport()): Promise<{ buffer: Buffer; docx: DocxParts }> {
  const buffer = await renderOfficialDocument(report, createLetterhead(), ISSUED_ON);
  return { buffer, docx: readDocx(buffer) };
}

function halfPoints(rPr: string): number {
  const m = /<w:sz w:val="(\d+)"\/>/.exec(rPr);
  if (!m) throw new Error(`run has no size: ${rPr}`);
  return Number(m[1]);
}

describe('renderOfficialDocument', () => {
  let full: { buffer: Buffer; docx: DocxParts };
  before(async () => {
    full = await render();
  });

  describe('page and typography (NĐ 30/2020 Phụ lục I)', () => {
    it('is A4 portrait with margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm', () => {
      const { document } = full.docx;
      expect(attr(document, 'w:pgSz', 'w:w')).to.equal(11906);
      expect(attr(document, 'w:pgSz', 'w:h')).to.equal(16838);
      const mm = (twips: number): number => (twips * 25.4) / 1440;
      for (const side of ['w:top', 'w:bottom']) expect(mm(attr(document, 'w:pgMar', side))).to.be.within(20, 25);
      expect(mm(attr(document, 'w:pgMar', 'w:left'))).to.be.within(30, 35);
      expect(mm(attr(document, 'w:pgMar', 'w:right'))).to.be.within(15, 20);
    });

    it('uses Times New Roman everywhere, 14 pt body by default', () => {
      const { styles, document, headers } = full.docx;
      const defaults = /<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0] ?? '';
      for (const slot of ['ascii', 'hAnsi', 'cs', 'eastAsia']) expect(defaults).to.include(`w:${slot}="Times New Roman"`);
      expect(halfPoints(defaults)).to.be.within(26, 28);
      const otherFonts = [styles, document, ...Object.values(headers)]
        .flatMap((xml) => Array.from(xml.matchAll(/w:(?:ascii|hAnsi|cs|eastAsia)="([^"]+)"/g), (m) => m[1]))
        .filter((font) => font !== 'Times New Roman');
      expect(otherFonts).to.deep.equal([]);
      expect(document).not.to.match(/asciiTheme|hAnsiTheme/);
    });

    it('justifies body paragraphs with a ~1 cm first-line indent and 1.0–1.5 line spacing', () => {
      const body = styleXml(full.docx.styles, 'CchcBody');
      expect(body).to.include('<w:jc w:val="both"/>');
      expect(attr(body, 'w:ind', 'w:firstLine')).to.be.within(540, 600);
      const line = attr(body, 'w:spacing', 'w:line');
      expect(line).to.be.within(240, 360);
      const unitParagraph = paragraphWith(full.docx.document, 'Số hóa 2.350 hồ sơ');
      expect(unitParagraph.xml).to.include('<w:pStyle w:val="CchcBody"/>');
    });
  });

  describe('header block', () => {
    it('lays out the letterhead as a borderless two-column table', () => {
      const firstTable = /<w:tbl>.*?<\/w:tbl>/s.exec(full.docx.document)?.[0] ?? '';
      expect(firstTable).to.include('<w:top w:val="none"');
      expect(firstTable).to.include('<w:insideV w:val="none"');
      expect(firstTable.match(/<w:gridCol /g)).to.have.length(2);
      expect(paragraphs(firstTable).map((p) => p.text)).to.include.members([
        'ỦY BAN NHÂN DÂN THÀNH PHỐ',
        'VĂN PHÒNG',
        'Số: …/BC-VP',
        'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
        'Độc lập - Tự do - Hạnh phúc',
        'Thành phố Hồ Chí Minh, ngày 14 tháng 12 năm 2026',
      ]);
    });

    it('sets quốc hiệu 12–13 pt bold, tiêu ngữ 13–14 pt bold, issuing body bold, date italic', () => {
      const { document } = full.docx;
      const national = runPropertiesOf(document, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
      expect(national).to.include('<w:b/>');
      expect(halfPoints(national)).to.be.within(24, 26);
      const motto = runPropertiesOf(document, 'Độc lập - Tự do - Hạnh phúc');
      expect(motto).to.include('<w:b/>');
      // 14 pt is the document default, so the run may carry no size of its own.
      expect(/<w:sz w:val="(\d+)"/.test(motto) ? halfPoints(motto) : 28).to.be.within(26, 28);
      expect(runPropertiesOf(document, 'VĂN PHÒNG')).to.include('<w:b/>');
      expect(runPropertiesOf(document, 'ngày 14 tháng 12 năm 2026')).to.include('<w:i/>');
    });

    it('draws rules under the issuing body and the motto', () => {
      const firstTable = /<w:tbl>.*?<\/w:tbl>/s.exec(full.docx.document)?.[0] ?? '';
      expect(firstTable.match(/<w:pBdr><w:bottom w:val="single"/g)).to.have.length(2);
    });

    it('writes the date in Asia/Ho_Chi_Minh with NĐ 30 leading zeros', async () => {
      // 18:30 UTC on 31 Dec is already 1 Jan in Việt Nam.
      const buffer = await renderOfficialDocument(createCompiledReport(), createLetterhead(), new Date('2026-12-31T18:30:00Z'));
      expect(paragraphWith(readDocx(buffer).document, 'Thành phố Hồ Chí Minh, ngày').text).to.equal(
        'Thành phố Hồ Chí Minh, ngày 01 tháng 01 năm 2027',
      );
    });

    it('puts BÁO CÁO and the trích yếu centred and bold under the header', () => {
      const { document } = full.docx;
      const title = paragraphWith(document, 'BÁO CÁO');
      expect(title.text).to.equal('BÁO CÁO');
      expect(title.xml).to.include('<w:jc w:val="center"/>');
      expect(runPropertiesOf(document, 'BÁO CÁO')).to.include('<w:b/>');
      const subject = paragraphWith(document, 'Kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026');
      expect(subject.xml).to.include('<w:jc w:val="center"/>');
      expect(runPropertiesOf(document, 'Kết quả thực hiện công tác cải cách hành chính Quý IV')).to.include('<w:b/>');
    });
  });

  describe('body', () => {
    it('has sections I–IV, the submissions table, the closing sentence and signature in order', () => {
      const texts = paragraphs(full.docx.document).map((p) => p.text);
      const expected = [
        'BÁO CÁO',
        'I. KẾT QUẢ THỰC HIỆN',
        ...PAR_AREAS.map((area, i) => `${i + 1}. ${PAR_AREA_TITLES[area].vi}`),
        '8. Tiến độ thực hiện các nhiệm vụ được giao (Phụ lục 2A)',
        'II. KHÓ KHĂN, VƯỚNG MẮC',
        'III. ĐỀ XUẤT, KIẾN NGHỊ',
        'IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI',
        'Tình hình gửi báo cáo của các đơn vị',
        'Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính Quý IV năm 2026./.',
        'Nơi nhận:',
        '- Lưu: VT, HCTC.',
        'CHÁNH VĂN PHÒNG',
        'Lê Văn Trưởng Ban',
      ];
      const positions = expected.map((text) => texts.indexOf(text));
      expect(positions.every((p) => p >= 0), `missing: ${expected.filter((_, i) => positions[i] === -1).join(' | ')}`).to.equal(true);
      expect(positions).to.deep.equal([...positions].sort((a, b) => a - b));
    });

    it('names each unit in bold italics before its results, with every line of its text', () => {
      const report = createCompiledReport();
      const texts = paragraphs(full.docx.document).map((p) => p.text);
      for (const area of report.areas) {
        for (const entry of area.entries) {
          const lines = entry.text.split('\n').filter((l) => l.trim() !== '');
          expect(texts, entry.unitName).to.include(`${entry.unitName}: ${lines[0]}`);
          for (const line of lines.slice(1)) expect(texts, entry.unitName).to.include(line);
          expect(runPropertiesOf(full.docx.document, `${entry.unitName}: `)).to.match(/<w:b\/>.*<w:i\/>/s);
        }
      }
      expect(report.areas.flatMap((a) => a.entries)).to.have.length(11);
    });

    it('keeps <, &, quotes and ${…} literal, escaped once in the XML', () => {
      const { document } = full.docx;
      expect(document).to.include('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; kiểm tra biểu thức ${process.env.SECRET}');
      expect(document).not.to.include('<script>');
      expect(document).not.to.include('&amp;lt;');
      const texts = paragraphs(document).map((p) => p.text);
      const [firstLine, secondLine] = TRICKY_TEXT.split('\n');
      expect(texts).to.include(`Phòng Kiểm soát thủ tục hành chính: ${firstLine}`);
      expect(texts).to.include(secondLine);
    });

    it('normalises to NFC, drops XML-illegal control characters and keeps long Vietnamese text whole', async () => {
      const longText = Array.from(
        { length: 40 },
        (_, i) => `Đoạn ${i + 1}: Tiếp tục đẩy mạnh cải cách thủ tục hành chính, nâng cao chất lượng phục vụ người dân và doanh nghiệp; rà soát, đơn giản hóa quy trình nội bộ.`,
      ).join('\n');
      const report = createCompiledReport();
      const area = report.areas.find((a) => a.area === 'to-chuc-bo-may');
      if (!area) throw new Error('fixture lacks to-chuc-bo-may');
      area.entries = [{ unitId: 'x', unitName: 'Phòng Thử nghiệm', text: `${'Cải cách'.normalize('NFD')} bộ máy\u0001\u000B xong\r\n${longText}` }];
      const { document } = (await render(report)).docx;
      const texts = paragraphs(document).map((p) => p.text);
      expect(texts).to.include('Phòng Thử nghiệm: Cải cách bộ máy xong');
      for (const line of longText.split('\n')) expect(texts).to.include(line);
      expect(document.includes('\u0001') || document.includes('\u000B')).to.equal(false);
      expect(document.normalize('NFC')).to.equal(document);
    });

    it('closes with a table of units: head, dd/mm/yyyy date and Đúng hạn / Trễ hạn / Chưa nộp', () => {
      const tables = Array.from(full.docx.document.matchAll(/<w:tbl>.*?<\/w:tbl>/gs), (m) => m[0]);
      const submissions = tables.find((t) => t.includes('Trưởng đơn vị'));
      if (!submissions) throw new Error('no submissions table');
      const rows = Array.from(submissions.matchAll(/<w:tr>.*?<\/w:tr>/gs), (m) => paragraphs(m[0]).map((p) => p.text));
      expect(rows[0]).to.deep.equal(['STT', 'Đơn vị', 'Trưởng đơn vị', 'Ngày gửi', 'Tình trạng']);
      expect(rows).to.have.length(13);
      const statuses = rows.slice(1).map((r) => r[r.length - 1]);
      expect(statuses.filter((s) => s === 'Đúng hạn')).to.have.length(9);
      expect(statuses.filter((s) => s === 'Trễ hạn')).to.have.length(2);
      expect(statuses.filter((s) => s === 'Chưa nộp')).to.have.length(1);
      const missingIndex = FIXTURE_UNITS.findIndex((u) => u.unitId === MISSING_UNIT_ID);
      expect(rows[missingIndex + 1]).to.deep.equal([String(missingIndex + 1), 'Ban Tiếp công dân', 'Ngô Thị Tiếp Dân', '', 'Chưa nộp']);
      const lateRow = rows.find((r) => r[1] === 'Phòng Dự án');
      expect(lateRow).to.deep.equal(['5', 'Phòng Dự án', 'Phan Quốc Dự Án', '12/12/2026', 'Trễ hạn']);
      const onBehalf = rows.find((r) => r[1] === 'Phòng Hành chính - Tổ chức');
      expect(onBehalf?.[2]).to.equal('Trần Thị Thường Trực');
      expect(onBehalf?.[3]).to.equal('(Tạ Văn Phó Tổ Chức gửi thay)');
    });

    it('replaces section I with the questions and answers in an ad-hoc report', async () => {
      const report = createCompiledReport({
        kind: 'ad-hoc',
        label: 'Rà soát thủ tục hành chính nội bộ',
        subject: 'Kết quả rà soát thủ tục hành chính nội bộ năm 2026',
        questions: [
          { question: 'Đơn vị đã rà soát bao nhiêu thủ tục?', answers: [{ unitId: 'kinh-te', unitName: 'Phòng Kinh tế', text: '12 thủ tục.\nĐề xuất cắt giảm 3.' }] },
          { question: 'Vướng mắc khi thực hiện?', answers: [] },
        ],
        nextQuarterTasks: [],
      });
      const texts = paragraphs((await render(report)).docx.document).map((p) => p.text);
      expect(texts).not.to.include('I. KẾT QUẢ THỰC HIỆN');
      expect(texts).not.to.include('IV. NHIỆM VỤ TRỌNG TÂM QUÝ TỚI');
      const order = ['I. NỘI DUNG BÁO CÁO', '1. Đơn vị đã rà soát bao nhiêu thủ tục?', 'Phòng Kinh tế: 12 thủ tục.', 'Đề xuất cắt giảm 3.', '2. Vướng mắc khi thực hiện?', 'Không có đơn vị nêu nội dung này.', 'II. KHÓ KHĂN, VƯỚNG MẮC'].map((t) => texts.indexOf(t));
      expect(order.every((p) => p >= 0)).to.equal(true);
      expect(order).to.deep.equal([...order].sort((a, b) => a - b));
    });
  });

  describe('evidence appendix', () => {
    it('follows the signature on a page of its own, one row per unit with its links, tied to the report', async () => {
      const texts = paragraphs(full.docx.document).map((p) => p.text);
      const signer = texts.indexOf('Lê Văn Trưởng Ban');
      const title = texts.indexOf('TÀI LIỆU KIỂM CHỨNG CỦA CÁC ĐƠN VỊ');
      expect(title).to.be.greaterThan(signer);
      expect(texts[title - 1]).to.equal('Phụ lục');
      expect(texts[title + 1]).to.equal('(Kèm theo Báo cáo số …/BC-VP ngày 14/12/2026 của Văn phòng)');
      const appendix = full.docx.document.slice(full.docx.document.indexOf('TÀI LIỆU KIỂM CHỨNG CỦA CÁC ĐƠN VỊ'));
      expect(full.docx.document.slice(0, full.docx.document.indexOf('>Phụ lục<'))).to.include('<w:br w:type="page"/>');
      for (const e of createCompiledReport().evidence) {
        expect(appendix).to.include(e.unitName);
        for (const url of e.urls) expect(paragraphs(appendix).map((p) => p.text)).to.include(url);
      }
      const numbered = readDocx(await renderOfficialDocument(createCompiledReport(), createLetterhead(), ISSUED_ON, { number: '15' })).document;
      expect(paragraphs(numbered).map((p) => p.text)).to.include('(Kèm theo Báo cáo số 15/BC-VP ngày 14/12/2026 của Văn phòng)');
    });

    it('is left out when no unit gave a link', async () => {
      const { docx } = await render(createCompiledReport({ evidence: [] }));
      expect(paragraphs(docx.document).map((p) => p.text)).not.to.include('Phụ lục');
      expect(docx.document).not.to.include('<w:br w:type="page"/>');
    });
  });

  describe('closing and page numbers', () => {
    it('writes Nơi nhận bold italic 12 pt with 11 pt entries ending in "- Lưu: VT, …."', () => {
      const { document } = full.docx;
      const label = runPropertiesOf(document, 'Nơi nhận:');
      expect(label).to.include('<w:b/>');
      expect(label).to.include('<w:i/>');
      expect(halfPoints(label)).to.equal(24);
      const texts = paragraphs(document).map((p) => p.text);
      const start = texts.indexOf('Nơi nhận:');
      expect(texts.slice(start + 1, start + 5)).to.deep.equal([
        '- Sở Nội vụ;',
        '- TTUB: CT, các PCT;',
        '- Thành viên Ban Chỉ đạo CCHC;',
        '- Lưu: VT, HCTC.',
      ]);
      expect(halfPoints(runPropertiesOf(document, '- Lưu: VT, HCTC.'))).to.equal(22);
      expect(runPropertiesOf(document, 'Lê Văn Trưởng Ban')).to.include('<w:b/>');
      expect(runPropertiesOf(document, 'CHÁNH VĂN PHÒNG')).to.include('<w:b/>');
    });

    it('numbers pages centred in the header from page 2 (titlePg, PAGE field)', () => {
      const { document, headers } = full.docx;
      expect(document).to.match(/<w:sectPr>.*<w:titlePg\/>.*<\/w:sectPr>/s);
      expect(headers.default).to.match(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
      expect(headers.default).to.include('<w:jc w:val="center"/>');
      expect(headers.first).to.be.a('string');
      expect(headers.first).not.to.include('PAGE');
      // With even/odd headers on, even pages would need a header of their own.
      expect(full.docx.settings).not.to.match(/<w:evenAndOddHeaders(?! w:val="(?:false|0)")/);
    });
  });

  it('stays small for 12 units and renders 3,000 units of ~2 KB each', async () => {
    expect(full.buffer.length).to.be.below(3 * 1024 * 1024);
    const text = 'Tổ chức rà soát, đơn giản hóa thủ tục hành chính; số hóa hồ sơ, kết quả giải quyết. '.repeat(24);
    const units = Array.from({ length: 3000 }, (_, i) => ({ unitId: `u${i}`, unitName: `Đơn vị ${i + 1}`, text: `${text}\n${i + 1}` }));
    const big = createCompiledReport({
      areas: PAR_AREAS.map((area, a) => ({ area, title: PAR_AREA_TITLES[area].vi, entries: units.filter((_, i) => i % PAR_AREAS.length === a) })),
      units: units.map((u) => ({ unitId: u.unitId, unitName: u.unitName, headName: 'Trưởng đơn vị', submittedAt: '2026-12-01T01:00:00Z', onTime: true })),
    });
    const { buffer, docx } = await render(big);
    expect(buffer.length).to.be.below(3 * 1024 * 1024);
    expect(docx.document).to.include('Đơn vị 3000: ');
    // document.xml is compressed in many pieces; the zip must still check out as one entry.
    const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
    expect(await zip.file('word/document.xml')?.async('string')).to.equal(docx.document);
  });

  it('is a package Word can open: every part has a content type and the relationships resolve', () => {
    const { files } = full.docx;
    const contentTypes = readDocxPart(full.buffer, '[Content_Types].xml');
    const overridden = Array.from(contentTypes.matchAll(/PartName="\/([^"]+)"/g), (m) => m[1]);
    expect(files.filter((f) => f.endsWith('.xml') && f !== '[Content_Types].xml')).to.have.members(overridden);
    const packageRels = readDocxPart(full.buffer, '_rels/.rels');
    expect(packageRels).to.include('Target="word/document.xml"');
    const documentRels = readDocxPart(full.buffer, 'word/_rels/document.xml.rels');
    for (const target of Array.from(documentRels.matchAll(/Target="([^"]+)"/g), (m) => m[1])) {
      expect(files, target).to.include(`word/${target}`);
    }
  });
});
