import { expect } from 'chai';
import { csvField, toCsv, UTF8_BOM } from '../../../src/domain/stats/csv.ts';

describe('CSV (RFC 4180, UTF-8 with BOM)', () => {
  it('quotes every field and doubles inner quotes', () => {
    expect(csvField('Phòng "Kinh tế"')).to.equal('"Phòng ""Kinh tế"""');
    expect(csvField(3)).to.equal('"3"');
    expect(csvField('')).to.equal('""');
  });

  it('keeps commas and line breaks inside the quotes, so a field never splits', () => {
    const csv = toCsv([
      ['Đơn vị', 'Ghi chú'],
      ['Ban A, B', 'dòng 1\ndòng 2\r\ndòng 3'],
    ]);
    expect(csv.startsWith(UTF8_BOM)).to.equal(true);
    expect(csv.slice(1)).to.equal('"Đơn vị","Ghi chú"\r\n"Ban A, B","dòng 1\ndòng 2\r\ndòng 3"\r\n');
  });

  it('writes a text that begins like a formula (=, +, -, @, tab, CR) as text, and numbers as they are', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).to.equal('"\'=HYPERLINK(""http://x"",""y"")"');
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvField(`${start}1`)).to.equal(`"'${start}1"`);
    expect(csvField(-3)).to.equal('"-3"');
    expect(csvField('Phòng = Ban')).to.equal('"Phòng = Ban"');
  });

  it('writes composed (NFC) Vietnamese even from decomposed input', () => {
    const decomposed = 'Phòng Tư pháp'.normalize('NFD');
    expect(csvField(decomposed)).to.equal('"Phòng Tư pháp"'.normalize('NFC'));
    expect(Buffer.from(toCsv([['ệ']]), 'utf8').subarray(0, 3)).to.deep.equal(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});
