import type { Letterhead } from '../domain/report/compiled-report.ts';
import { centredLine, textRun, tightLine } from './docx-paragraphs.ts';
import { SIZE, TEXT_WIDTH } from './docx-layout.ts';
import { borderlessTwoColumns } from './docx-tables.ts';

const LEFT_WIDTH = Math.round(TEXT_WIDTH * 0.45);
const SIGNATURE_SPACE_LINES = 4;

/** "Nơi nhận" entries as NĐ 30 writes them: "- X;" each, ending with "- Lưu: VT, <code>.". */
export function recipientLines(letterhead: Letterhead): string[] {
  const entries = letterhead.recipients
    .map((r) => r.trim().replace(/^[-–•]\s*/, '').replace(/[;.,]+$/, ''))
    .filter((r) => r !== '')
    .map((r) => `- ${r};`);
  return [...entries, `- Lưu: VT, ${letterhead.archiveCode}.`];
}

function recipientsBlock(letterhead: Letterhead): string[] {
  return [
    tightLine(textRun('Nơi nhận:', { bold: true, italics: true, size: SIZE.recipientsLabel })),
    ...recipientLines(letterhead).map((r) => tightLine(textRun(r, { size: SIZE.recipients }))),
  ];
}

function signatureBlock(letterhead: Letterhead): string[] {
  const space = Array.from({ length: SIGNATURE_SPACE_LINES }, () => centredLine('', { size: SIZE.signer }));
  return [
    ...letterhead.signerTitles.map((t) => centredLine(t.toLocaleUpperCase('vi'), { bold: true, size: SIZE.signer })),
    ...space,
    centredLine(letterhead.signerName, { bold: true, size: SIZE.signer }),
  ];
}

/** Ô 9a/9b and 7: "Nơi nhận" at the bottom left, the signature block at the right (XML). */
export function documentClosing(letterhead: Letterhead): string {
  return borderlessTwoColumns([LEFT_WIDTH, TEXT_WIDTH - LEFT_WIDTH], [
    [recipientsBlock(letterhead).join(''), signatureBlock(letterhead).join('')],
  ]);
}
