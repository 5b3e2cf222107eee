import type { CompiledReport, Letterhead } from '../domain/report/compiled-report.ts';
import type { SynthesisText } from '../domain/synthesis/synthesis.ts';
import { cleanText } from './clean-text.ts';
import { documentBody, trichYeu } from './document-body.ts';
import { documentClosing } from './document-closing.ts';
import { documentHeader, documentTitle } from './document-header.ts';
import { evidenceAppendix } from './evidence-appendix.ts';
import { MARGIN, PAGE } from './docx-layout.ts';
import { W_NAMESPACES, XML_DECLARATION } from './docx-namespaces.ts';
import {
  HEADER_REL_ID,
  appPropertiesXml,
  contentTypesXml,
  corePropertiesXml,
  documentRelsXml,
  headerParts,
  packageRelsXml,
  settingsXml,
} from './docx-package.ts';
import { stylesXml } from './docx-styles.ts';
import { paragraphXml, spacingXml } from './docx-xml.ts';
import { zipParts } from './docx-zip.ts';

/** A4 portrait, NĐ 30 margins, page numbers in the header from page 2 (titlePg). */
function sectionProperties(): string {
  return (
    `<w:sectPr><w:headerReference w:type="default" r:id="${HEADER_REL_ID.default}"/>` +
    `<w:headerReference w:type="first" r:id="${HEADER_REL_ID.first}"/>` +
    `<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}" w:orient="portrait"/>` +
    `<w:pgMar w:top="${MARGIN.top}" w:right="${MARGIN.right}" w:bottom="${MARGIN.bottom}" w:left="${MARGIN.left}" ` +
    `w:header="${MARGIN.header}" w:footer="${MARGIN.footer}" w:gutter="0"/>` +
    '<w:pgNumType/><w:titlePg/><w:docGrid w:linePitch="360"/></w:sectPr>'
  );
}

/** word/document.xml, piece by piece: letterhead, title, sections, closing table, section properties. */
function* documentXml(report: CompiledReport, letterhead: Letterhead, issuedOn: Date, issue: DocumentIssue): Generator<string> {
  yield documentHeader(letterhead, issuedOn, issue.number);
  yield documentTitle(trichYeu(report.subject));
  yield* documentBody(report, issue.synthesis);
  // Word wants a paragraph between two adjacent tables, or it merges them.
  yield paragraphXml(spacingXml({ after: 120, before: 0 }));
  yield documentClosing(letterhead);
  yield* evidenceAppendix(report, letterhead, issuedOn, issue.number);
}

function* wrapBody(body: Iterable<string>): Generator<string> {
  yield `${XML_DECLARATION}<w:document ${W_NAMESPACES}><w:body>`;
  yield* body;
  yield sectionProperties();
  yield '</w:body></w:document>';
}

/**
 * A Decree 30 .docx around a body (letterhead to closing, as paragraph and table XML): the package
 * parts, styles, page-number headers and A4 section every official document of the Office shares.
 */
export async function renderDecree30Package(props: { title: string; creator: string; description: string }, issuedOn: Date, body: Iterable<string>): Promise<Buffer> {
  const core = corePropertiesXml({ title: cleanText(props.title), creator: cleanText(props.creator), description: cleanText(props.description), created: issuedOn });
  return zipParts(
    [
      { name: '[Content_Types].xml', xml: contentTypesXml() },
      { name: '_rels/.rels', xml: packageRelsXml() },
      { name: 'docProps/core.xml', xml: core },
      { name: 'docProps/app.xml', xml: appPropertiesXml() },
      { name: 'word/_rels/document.xml.rels', xml: documentRelsXml() },
      { name: 'word/document.xml', xml: wrapBody(body) },
      { name: 'word/styles.xml', xml: stylesXml() },
      { name: 'word/settings.xml', xml: settingsXml() },
      ...headerParts().map(([name, xml]) => ({ name, xml })),
    ],
    issuedOn,
  );
}

/** What the Office adds to the units' answers: its synthesis and, once approved, the register number. */
export interface DocumentIssue {
  number?: string;
  synthesis?: SynthesisText;
}

/**
 * Renders the compiled report as an official .docx in the layout of Nghị định 30/2020/NĐ-CP:
 * A4, Times New Roman, letterhead, BÁO CÁO title, sections I–IV, submissions table, Nơi nhận
 * and signature, the units' evidence links as an appendix, page numbers from page 2.
 */
export async function renderOfficialDocument(report: CompiledReport, letterhead: Letterhead, issuedOn: Date, issue: DocumentIssue = {}): Promise<Buffer> {
  return renderDecree30Package({ title: report.subject, creator: letterhead.issuingBody, description: report.label }, issuedOn, documentXml(report, letterhead, issuedOn, issue));
}
