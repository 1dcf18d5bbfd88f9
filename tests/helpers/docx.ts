/**
 * Writes small Word documents for the importer's tests: WordprocessingML
 * zipped with jszip, the way Word lays out a .docx package (content types,
 * relationships, document, styles, numbering). Each paragraph may be typed
 * text or carry Word's list numbering (numId/ilvl), directly or through a
 * paragraph style, so the generated numbers are absent from its text.
 */
import JSZip from 'jszip';

export interface DocxParagraph {
  /** The paragraph's text as runs: a string, or several runs. */
  text: string | string[];
  /** A list (w:numId) and level (w:ilvl) on the paragraph itself. */
  numId?: number;
  ilvl?: number;
  /** A paragraph style (w:pStyle), e.g. one linked to a list level. */
  style?: string;
  align?: 'center' | 'right' | 'both';
  /** Manual line breaks (Shift+Enter) between the runs instead of plain runs. */
  breaks?: boolean;
}

export interface DocxOptions {
  /** The body of word/numbering.xml (w:abstractNum and w:num elements). */
  numbering?: string;
  /** Extra w:style elements for word/styles.xml. */
  styles?: string;
}

const NS =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** One list level: its number format, its text (%1、 （%2） %3.), its start and when it restarts. */
export function level(
  ilvl: number,
  numFmt: string,
  lvlText: string,
  extra: { start?: number; restart?: number; pStyle?: string; suff?: string } = {},
): string {
  return `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${extra.start ?? 1}"/><w:numFmt w:val="${numFmt}"/>${extra.restart !== undefined ? `<w:lvlRestart w:val="${extra.restart}"/>` : ''}${extra.pStyle ? `<w:pStyle w:val="${extra.pStyle}"/>` : ''}<w:suff w:val="${extra.suff ?? 'nothing'}"/><w:lvlText w:val="${esc(lvlText)}"/><w:lvlJc w:val="left"/></w:lvl>`;
}

/** The multilevel list of an official document: 一、 then （一） then 1. then (1), each restarting under the one above. */
export const OFFICIAL_LIST = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>${level(0, 'chineseCounting', '%1、')}${level(1, 'chineseCounting', '（%2）')}${level(2, 'decimal', '%3.')}${level(3, 'decimal', '(%4)')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;

function paragraph(p: DocxParagraph): string {
  const runs = typeof p.text === 'string' ? [p.text] : p.text;
  const pPr = [
    p.style ? `<w:pStyle w:val="${p.style}"/>` : '',
    p.numId !== undefined ? `<w:numPr><w:ilvl w:val="${p.ilvl ?? 0}"/><w:numId w:val="${p.numId}"/></w:numPr>` : '',
    p.align ? `<w:jc w:val="${p.align}"/>` : '',
  ].join('');
  const body = runs
    .map((r, i) => `${p.breaks && i > 0 ? '<w:r><w:br/></w:r>' : ''}<w:r><w:t xml:space="preserve">${esc(r)}</w:t></w:r>`)
    .join('');
  return `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
}

/** A .docx file's bytes. */
export async function makeDocx(paragraphs: readonly (DocxParagraph | string)[], options: DocxOptions = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/></Types>`,
  );
  zip.file(
    '_rels/.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    'word/_rels/document.xml.rels',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/></Relationships>`,
  );
  zip.file(
    'word/styles.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>${options.styles ?? ''}</w:styles>`,
  );
  zip.file(
    'word/numbering.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${NS}>${options.numbering ?? ''}</w:numbering>`,
  );
  const body = paragraphs.map((p) => paragraph(typeof p === 'string' ? { text: p } : p)).join('');
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NS}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`,
  );
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
