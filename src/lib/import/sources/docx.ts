/**
 * A Word document (.docx) as the plain text the parser reads: one line per
 * paragraph, with Word's generated numbers written back in
 * (docx-numbering.ts). mammoth reads the document (runs, fields, tables,
 * hyperlinks, content controls, symbols, tracked insertions) into HTML;
 * each block of that HTML is a line, and a manual line break inside a
 * paragraph starts a new one. Headers, footers and comments are not the
 * report's text and mammoth leaves them out; images carry no text.
 */
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { DOMParser } from '@xmldom/xmldom';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { numberParagraphs, type RebuiltNumber } from './docx-numbering.ts';

export interface DocxText {
  /** The document's text, a line per paragraph. */
  text: string;
  /** The numbers rebuilt from Word's numbering definitions. */
  numbers: RebuiltNumber[];
  /** Numbering formats written as decimal (unknown to the importer), and how many bulleted paragraphs got no number. */
  unknownFormats: string[];
  bullets: number;
  /** mammoth's own warnings (unsupported features), for the importer's account. */
  warnings: string[];
}

const REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** The targets of a relationships part by type suffix (officeDocument, numbering, styles), resolved against its folder. */
function relationships(xml: string | undefined, folder: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!xml) return out;
  const doc = new DOMParser({ errorHandler: { warning: () => undefined } }).parseFromString(xml, 'application/xml');
  for (const r of Array.from(doc.getElementsByTagNameNS(REL, 'Relationship'))) {
    const type = r.getAttribute('Type') ?? '';
    const target = r.getAttribute('Target') ?? '';
    if (r.getAttribute('TargetMode') === 'External' || !target) continue;
    const path = target.startsWith('/') ? target.slice(1) : `${folder}${target}`;
    out.set(type.slice(type.lastIndexOf('/') + 1), path.replace(/[^/]+\/\.\.\//g, ''));
  }
  return out;
}

/** Reads a .docx; throws when the bytes are not a Word document (the caller words the refusal). */
export async function readDocx(bytes: Uint8Array): Promise<DocxText> {
  const zip = await JSZip.loadAsync(bytes);
  const read = (path: string | undefined) => (path ? zip.file(path)?.async('string') : undefined);
  const rootRels = relationships(await read('_rels/.rels'), '');
  const main = [...rootRels].find(([type]) => OFFICE_DOCUMENT.test(`/${type}`))?.[1] ?? 'word/document.xml';
  const documentXml = await read(main);
  if (documentXml === undefined) throw new Error(`no ${main}`);
  const folder = main.slice(0, main.lastIndexOf('/') + 1);
  const docRels = relationships(await read(`${folder}_rels/${main.slice(folder.length)}.rels`), folder);
  const numbered = numberParagraphs(documentXml, await read(docRels.get('numbering')), await read(docRels.get('styles')));
  if (numbered.numbers.length > 0 || numbered.bullets > 0) zip.file(main, numbered.documentXml);
  const buffer = await zip.generateAsync({ type: 'nodebuffer' });
  const result = await mammoth.convertToHtml({ buffer }, {
    externalFileAccess: false,
    convertImage: mammoth.images.imgElement(async () => ({ src: '' })),
  } as Parameters<typeof mammoth.convertToHtml>[1]);
  const tree = fromHtml(result.value, { fragment: true });
  dropNoteBacklinks(tree);
  const lines = toText(tree, { whitespace: 'pre' })
    .split('\n')
    // Blank lines between blocks go; a line of invisible characters stays, so their removal is listed.
    .filter((l) => l.replace(/[ \t]/g, '') !== '');
  return {
    text: `${lines.join('\n')}\n`,
    numbers: numbered.numbers,
    unknownFormats: numbered.unknownFormats,
    bullets: numbered.bullets,
    warnings: result.messages.map((m) => m.message),
  };
}

/** mammoth links each footnote back to its reference with an added "↑"; it is not the document's text. */
function dropNoteBacklinks(tree: Root): void {
  const walk = (node: Root | Element) => {
    node.children = node.children.filter(
      (c) => !(c.type === 'element' && c.tagName === 'a' && /^#(?:footnote|endnote)-ref-/.test(String(c.properties['href'] ?? ''))),
    );
    for (const c of node.children) if (c.type === 'element') walk(c);
  };
  walk(tree);
}
