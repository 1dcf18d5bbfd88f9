/**
 * What a clerk receives, turned into the plain text the parser reads (one
 * line per paragraph) plus what else the file says: a .txt (UTF-8,
 * GBK/GB18030, UTF-16 with BOM), a Word document (.docx, docx.ts) or a
 * portal page saved from the browser (.html/.htm, html.ts). Invisible
 * characters are taken out of the text and listed (invisible.ts). Anything
 * else — an old .doc or .wps, a PDF, a file whose bytes are not what its
 * name says — is refused in one line that says how to go on, before
 * anything is written.
 */
import type { Disclosure } from '../../../schemas/report.ts';
import { ORIGINAL_FILES } from '../../content/layout.ts';
import { decodeReport } from '../../text/encoding.ts';
import { readDocx, type DocxText } from './docx.ts';
import { readPage } from './html.ts';
import { removeInvisible, type Removal } from './invisible.ts';

export type ReceivedFormat = 'txt' | 'docx' | 'html';

export type Received =
  | {
      ok: true;
      format: ReceivedFormat;
      /** The text the parser reads. */
      text: string;
      /** Each invisible character taken out of it. */
      removals: Removal[];
      /** What the reading did that the clerk should know (encoding, numbers rebuilt, headline added…), Chinese / English. */
      notes: string[];
      /** The page's 政府信息公开 metadata (saved pages only; empty when it has none). */
      disclosure: Disclosure;
      /** The file as received, to keep in the report's folder under this name (Word documents and pages). */
      original: { name: string; bytes: Uint8Array } | undefined;
    }
  | { ok: false; message: string };

/** How to go on, the same words in every refusal. */
const HOW = '请用 Word 或 WPS 打开，另存为 .docx，或复制全文为 .txt，再导入';
const HOW_EN = 'open it in Word or WPS and save it as .docx, or copy its text into a .txt file, and import that';

/** What the bytes are, whatever the file's name says. */
function sniff(bytes: Uint8Array): 'zip' | 'ole' | 'pdf' | 'rtf' | undefined {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'zip';
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return 'ole';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return 'rtf';
  return undefined;
}

const refuse = (zh: string, en: string): Received => ({ ok: false, message: `${zh}；未写入任何文件 / ${en}; nothing written` });

const REFUSED: Record<string, readonly [string, string]> = {
  doc: ['不能导入 .doc 文件（旧版 Word 格式）', '.doc (old Word format) cannot be imported'],
  wps: ['不能导入 .wps 文件（WPS 文字格式）', '.wps (WPS Writer format) cannot be imported'],
  pdf: ['不能导入 PDF 文件（其中的文字不一定按阅读顺序排列）', 'a PDF cannot be imported (its text is not reliably in reading order)'],
  rtf: ['不能导入 .rtf 文件', '.rtf cannot be imported'],
};

/** The refusal for a kind of file the importer does not read. */
function refuseKind(kind: string): Received {
  const [zh, en] = REFUSED[kind] ?? [
    `不能导入${kind ? ` .${kind} ` : '没有扩展名的'}文件，只能导入 .docx、.txt 或保存的网页 .html`,
    `.${kind} files cannot be imported, only .docx, .txt or a saved web page (.html)`,
  ];
  return refuse(`${zh}：${HOW}`, `${en}: ${HOW_EN}`);
}

/** Reads a received file; fileName gives its kind by extension. */
export async function readReceived(bytes: Uint8Array, fileName: string): Promise<Received> {
  const ext = /\.([^./\\]+)$/.exec(fileName)?.[1]?.toLowerCase() ?? '';
  const kind = sniff(bytes);
  if (ext === 'mht' || ext === 'mhtml')
    return refuse(
      `不能导入 .${ext} 网页存档：请在浏览器中用“另存为”保存为“网页，仅 HTML”（.html），或复制全文为 .txt，再导入`,
      `.${ext} web archives cannot be imported: save the page as "Web page, HTML only" (.html), or copy its text into a .txt file, and import that`,
    );
  if (kind === 'ole') return refuseKind(ext === 'wps' ? 'wps' : 'doc');
  if (kind === 'pdf' || kind === 'rtf') return refuseKind(kind);
  if (ext === 'docx') {
    if (kind !== 'zip')
      return refuse(
        `不是有效的 .docx 文件（可能是改了扩展名的其他文件）：${HOW}`,
        `not a valid .docx file (another kind of file renamed?): ${HOW_EN}`,
      );
    let doc: DocxText;
    try {
      doc = await readDocx(bytes);
    } catch (e) {
      return refuse(
        `无法读取这个 .docx 文件（${(e as Error).message.split('\n')[0]}）：${HOW}`,
        `could not read this .docx file: ${HOW_EN}`,
      );
    }
    const notes: string[] = [];
    if (doc.numbers.length > 0)
      notes.push(
        `按 Word 的自动编号定义补出 ${doc.numbers.length} 处编号（${[...new Set(doc.numbers.map((n) => n.label))].slice(0, 8).join(' ')}${doc.numbers.length > 8 ? ' …' : ''}），写在各段开头 / rebuilt ${doc.numbers.length} numbers from Word's list numbering and wrote them at the start of their paragraphs`,
      );
    if (doc.unknownFormats.length > 0)
      notes.push(
        `不认识的编号格式 ${doc.unknownFormats.join('、')}，按阿拉伯数字补出，请核对 / unknown numbering formats ${doc.unknownFormats.join(', ')} written as decimal numbers: review them`,
      );
    if (doc.bullets > 0)
      notes.push(
        `${doc.bullets} 段带项目符号（•），符号不是原文文字，未写入 / ${doc.bullets} bulleted paragraphs: the bullets are not text and were left out`,
      );
    for (const w of doc.warnings.filter((w) => !/^Unrecognised (?:paragraph|run|table) style/.test(w))) notes.push(`mammoth: ${w}`);
    return withText('docx', doc.text, true, notes, {}, { name: ORIGINAL_FILES.docx, bytes });
  }
  if (ext === 'html' || ext === 'htm') {
    if (kind === 'zip')
      return refuse(
        `文件内容是压缩包（如 .docx），不是网页：请改用正确的扩展名，或复制全文为 .txt，再导入`,
        'the file is a zip archive (a .docx?), not a web page: give it its right extension, or copy its text into a .txt file',
      );
    const page = readPage(bytes);
    const notes: string[] = [];
    const { encoding, how, declared } = page.decoded;
    if (how === 'declared') notes.push(`按网页声明的编码 ${declared} 读取 / read as ${encoding}, as the page declares (${declared})`);
    else if (declared)
      notes.push(
        `网页声明编码为 ${declared}，但内容是 ${encoding}，按 ${encoding} 读取 / the page declares ${declared} but its bytes are ${encoding}: read as ${encoding}`,
      );
    else notes.push(`网页未声明编码，按内容判断为 ${encoding} / no charset declared; read as ${encoding}, as its bytes show`);
    for (const text of page.left)
      notes.push(
        `网页正文区域中未导入：“${text.length > 40 ? `${text.slice(0, 40)}…` : text}”（隐藏的文字或网站的工具栏、页脚） / left out from the article's element: hidden text or the portal's tools and footer`,
      );
    if (page.headline) notes.push(`正文前加上网页的标题“${page.headline}” / added the page's headline before the article`);
    const fields = Object.keys(page.disclosure);
    notes.push(
      fields.length > 0
        ? `政府信息公开信息写入 report.yaml 的 disclosure：${fields.join('、')} / the page's metadata written to report.yaml (disclosure): ${fields.join(', ')}`
        : '网页上没有找到政府信息公开信息（索引号等） / no 政府信息公开 metadata found on the page',
    );
    if (page.text.trim() === '')
      return refuse(
        '在网页中找不到正文：请在浏览器中打开该网页，复制全文为 .txt，再导入',
        'no article text found in the page: copy its text into a .txt file and import that',
      );
    return withText('html', page.text, true, notes, page.disclosure, { name: ORIGINAL_FILES.html, bytes });
  }
  if (ext === 'txt') {
    if (kind === 'zip')
      return refuse(
        '文件内容是 Word 文档（.docx）或其他压缩包，不是纯文本：如是 Word 文档，请把扩展名改为 .docx 再导入',
        'the file is a Word document (.docx) or another zip archive, not plain text: if it is a Word document, rename it to .docx',
      );
    const { text, encoding } = decodeReport(bytes);
    const notes =
      encoding === 'utf-8'
        ? []
        : [
            `按 ${encoding === 'gb18030' ? 'GB18030/GBK' : encoding.toUpperCase()} 编码读取，原文将另存为 UTF-8 / read as ${encoding === 'gb18030' ? 'GB18030/GBK' : encoding.toUpperCase()}; the kept source is written as UTF-8`,
          ];
    // A control character in a plain-text file is refused by the parser, naming its line: it means a damaged or binary file.
    return withText('txt', text, false, notes, {}, undefined);
  }
  return refuseKind(ext);
}

function withText(
  format: ReceivedFormat,
  raw: string,
  controls: boolean,
  notes: string[],
  disclosure: Disclosure,
  original: { name: string; bytes: Uint8Array } | undefined,
): Received {
  const { text, removals } = removeInvisible(raw, { controls });
  return { ok: true, format, text, removals, notes, disclosure, original };
}
