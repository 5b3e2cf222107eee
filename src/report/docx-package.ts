import { SIZE } from './docx-layout.ts';
import { REL_TYPE, W_NAMESPACES, XML_DECLARATION } from './docx-namespaces.ts';
import { escapeXml, paragraphXml, runProperties } from './docx-xml.ts';

// The package around document.xml: the few parts Word and LibreOffice need, and no more
// (no numbering, footnotes, theme or font table: the document uses none of them).

/** Relationship ids document.xml refers to. */
export const HEADER_REL_ID = { default: 'rIdHeaderDefault', first: 'rIdHeaderFirst' } as const;

const HEADER_FILE = { default: 'header1.xml', first: 'header2.xml' } as const;

const CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** [Content_Types].xml */
export function contentTypesXml(): string {
  const override = (part: string, type: string): string => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    override('word/document.xml', `${CONTENT_TYPE}.document.main+xml`) +
    override('word/styles.xml', `${CONTENT_TYPE}.styles+xml`) +
    override('word/settings.xml', `${CONTENT_TYPE}.settings+xml`) +
    override(`word/${HEADER_FILE.default}`, `${CONTENT_TYPE}.header+xml`) +
    override(`word/${HEADER_FILE.first}`, `${CONTENT_TYPE}.header+xml`) +
    override('docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml') +
    override('docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml') +
    '</Types>'
  );
}

function relationshipsXml(relationships: Array<[id: string, type: string, target: string]>): string {
  const items = relationships.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`);
  return `${XML_DECLARATION}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** _rels/.rels: the main document and the document properties. */
export function packageRelsXml(): string {
  return relationshipsXml([
    ['rId1', REL_TYPE.officeDocument, 'word/document.xml'],
    ['rId2', REL_TYPE.coreProperties, 'docProps/core.xml'],
    ['rId3', REL_TYPE.extendedProperties, 'docProps/app.xml'],
  ]);
}

/** word/_rels/document.xml.rels: styles, settings and the two page headers. */
export function documentRelsXml(): string {
  return relationshipsXml([
    ['rIdStyles', REL_TYPE.styles, 'styles.xml'],
    ['rIdSettings', REL_TYPE.settings, 'settings.xml'],
    [HEADER_REL_ID.default, REL_TYPE.header, HEADER_FILE.default],
    [HEADER_REL_ID.first, REL_TYPE.header, HEADER_FILE.first],
  ]);
}

/** word/settings.xml: Word 2013+ layout; no even/odd headers, so one default header serves all pages after the first. */
export function settingsXml(): string {
  return (
    `${XML_DECLARATION}<w:settings ${W_NAMESPACES}><w:defaultTabStop w:val="720"/>` +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>' +
    '</w:settings>'
  );
}

/** The page-number header: a centred PAGE field at body size. */
function pageNumberHeaderXml(): string {
  const run = (content: string): string => `<w:r>${runProperties({ size: SIZE.pageNumber })}${content}</w:r>`;
  const field =
    run('<w:fldChar w:fldCharType="begin"/>') +
    run('<w:instrText xml:space="preserve">PAGE</w:instrText>') +
    run('<w:fldChar w:fldCharType="separate"/>') +
    run('<w:fldChar w:fldCharType="end"/>');
  return `${XML_DECLARATION}<w:hdr ${W_NAMESPACES}>${paragraphXml('<w:jc w:val="center"/>', field)}</w:hdr>`;
}

/** The header parts by file name: page numbers on every page but the first, which stays empty (titlePg). */
export function headerParts(): Array<[name: string, xml: string]> {
  return [
    [`word/${HEADER_FILE.default}`, pageNumberHeaderXml()],
    [`word/${HEADER_FILE.first}`, `${XML_DECLARATION}<w:hdr ${W_NAMESPACES}><w:p/></w:hdr>`],
  ];
}

/** docProps/core.xml: title, author (the issuing body), description and dates. */
export function corePropertiesXml(props: { title: string; creator: string; description: string; created: Date }): string {
  const when = props.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(props.title)}</dc:title><dc:creator>${escapeXml(props.creator)}</dc:creator>` +
    `<dc:description>${escapeXml(props.description)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** docProps/app.xml: the producing application. */
export function appPropertiesXml(): string {
  return (
    `${XML_DECLARATION}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">` +
    '<Application>CCHC Bot</Application></Properties>'
  );
}
