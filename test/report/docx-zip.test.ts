import { expect } from 'chai';
import { strFromU8, unzipSync } from 'fflate';
import JSZip from 'jszip';
import { zipParts } from '../../src/report/docx-zip.ts';

const MODIFIED = new Date('2026-12-14T03:00:00Z');

/** ~6 MB of UTF-8 in pieces of every size: several of the writer's buffers, one piece larger than a buffer. */
function* manyPieces(): Generator<string> {
  yield '<?xml version="1.0"?><w:document><w:body>';
  for (let unit = 1; unit <= 3000; unit++) yield `<w:p><w:t>Đơn vị ${unit}: Tỷ lệ hồ sơ đúng hạn đạt 98,7% ${'ệ'.repeat(unit % 700)}</w:t></w:p>`;
  // 1.5 M characters of 3-byte UTF-8 and emoji (4 bytes, a surrogate pair): wider than one buffer, so
  // it is split, and a split must fall between characters.
  yield `<w:p><w:t>${'ữ😀'.repeat(500_000)}</w:t></w:p>`;
  yield '</w:body></w:document>';
}

describe('zipParts', () => {
  it('writes streamed XML larger than its buffers as one entry that unzips whole, CRC checked', async () => {
    const expected = [...manyPieces()].join('');
    const buffer = await zipParts(
      [
        { name: '[Content_Types].xml', xml: '<Types/>' },
        { name: 'word/document.xml', xml: manyPieces() },
        { name: 'word/empty.xml', xml: [] },
        { name: 'word/styles.xml', xml: '<w:styles>Kiểu</w:styles>' },
      ],
      MODIFIED,
    );
    const files = unzipSync(new Uint8Array(buffer));
    expect(Object.keys(files)).to.deep.equal(['[Content_Types].xml', 'word/document.xml', 'word/empty.xml', 'word/styles.xml']);
    const document = strFromU8(files['word/document.xml']!);
    expect(document.length).to.equal(expected.length);
    expect(document === expected).to.equal(true);
    for (const unit of [1, 1500, 3000]) expect(document).to.include(`Đơn vị ${unit}: `);
    expect(strFromU8(files['word/empty.xml']!)).to.equal('');
    expect(strFromU8(files['word/styles.xml']!)).to.equal('<w:styles>Kiểu</w:styles>');
    // JSZip checks each entry's CRC-32 and size against the data.
    const zip = await JSZip.loadAsync(buffer, { checkCRC32: true });
    expect(await zip.file('word/document.xml')?.async('string')).to.equal(expected);
  });

  it('gives the same bytes for the same parts, however the XML is cut into pieces', async () => {
    const whole = await zipParts([{ name: 'a.xml', xml: [...manyPieces()].join('') }], MODIFIED);
    const pieces = await zipParts([{ name: 'a.xml', xml: manyPieces() }], MODIFIED);
    expect(Buffer.compare(whole, pieces)).to.equal(0);
  });
});
