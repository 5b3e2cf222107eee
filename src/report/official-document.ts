import { AlignmentType, Document, Header, Packer, Paragraph, TextRun, PageNumber } from 'docx';
import type { CompiledReport, Letterhead } from '../domain/report/compiled-report.ts';
import { cleanText } from './clean-text.ts';
import { documentBody } from './document-body.ts';
import { documentClosing } from './document-closing.ts';
import { documentHeader, documentTitle } from './document-header.ts';
import { FONT, LINE_SPACING, MARGIN, PAGE, SIZE } from './docx-layout.ts';
import { PARAGRAPH_STYLES } from './docx-styles.ts';

/** Page number centred in the top margin; the first page gets an empty header (titlePg). */
function pageHeaders(): { default: Header; first: Header } {
  return {
    default: new Header({
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ children: [PageNumber.CURRENT], size: SIZE.pageNumber })],
        }),
      ],
    }),
    first: new Header({ children: [new Paragraph({ children: [] })] }),
  };
}

/**
 * Renders the compiled report as an official .docx in the layout of Nghị định 30/2020/NĐ-CP:
 * A4, Times New Roman, letterhead, BÁO CÁO title, sections I–IV, submissions table, Nơi nhận
 * and signature, page numbers from page 2.
 */
export async function renderOfficialDocument(report: CompiledReport, letterhead: Letterhead, issuedOn: Date): Promise<Buffer> {
  const document = new Document({
    creator: cleanText(letterhead.issuingBody),
    title: cleanText(report.subject),
    description: cleanText(report.label),
    styles: {
      default: {
        document: {
          run: { font: FONT, size: SIZE.body, language: { value: 'vi-VN' } },
          paragraph: { spacing: { line: LINE_SPACING } },
        },
      },
      paragraphStyles: PARAGRAPH_STYLES,
    },
    sections: [
      {
        properties: {
          titlePage: true,
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: MARGIN,
          },
        },
        headers: pageHeaders(),
        children: [
          documentHeader(letterhead, issuedOn),
          ...documentTitle(report.subject),
          ...documentBody(report),
          // Word wants a paragraph between two adjacent tables, or it merges them.
          new Paragraph({ spacing: { before: 0, after: 120 }, children: [] }),
          documentClosing(letterhead),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
