/**
 * The source as lines, the way the fidelity check sees them (one
 * normalisation: BOM, line ends, blank lines, indentation), plus the two
 * things every reader needs to know about a line: is it portal text around
 * the report, and what does it look like (a marker, a heading, a label).
 */
import { normaliseLine } from '../fidelity/reconstruct.ts';
import { readLineMarker, type LineMarker } from '../numbering/markers.ts';
import { unquoted } from '../numbering/outline.ts';
import { note, type ImportNote } from './messages.ts';
import { findRefused, TEXT_FILE } from '../text/characters.ts';

export interface Line {
  /** 1-based line number in the source. */
  no: number;
  /** The line as compared: indentation stripped. */
  text: string;
  marker: LineMarker | null;
}

/**
 * The source's non-empty lines, or one note for each character the
 * character policy refuses (src/lib/text/characters.ts: controls,
 * bidirectional and zero-width characters…), with its line and column: the
 * content check would refuse such a source, and the importer drops nothing
 * silently.
 */
export function toLines(text: string): { lines: Line[]; refused: ImportNote[] } {
  const refused = findRefused(text, TEXT_FILE).map((c) => note(c.line, 'character', c));
  const lines: Line[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .forEach((raw, i) => {
      const t = normaliseLine(raw);
      if (t !== '') lines.push({ no: i + 1, text: t, marker: readLineMarker(t) });
    });
  return { lines, refused };
}

/** Lines a government portal prints around an article (GENRE.md, Head of the text). */
const PORTAL = new RegExp(
  [
    '^[【\\[]?\\s*(?:信息索引号|索引号|发布机构|发布单位|发文机关|发文机构|发布日期|发布时间|生成日期|成文日期|更新时间|来源|信息来源|文章来源|浏览量|浏览次数|阅读量|阅读次数|点击量|点击数|访问量|分享到|分享|朗读|打印本页|打印|关闭窗口|关闭|收藏|字号|字体|首页|当前位置|您当前所在位置|您当前的位置|您现在的位置|您的位置|主题分类|体裁分类|公开方式|公开范围|公开时限|公开日期|文号|发文字号|有效性|作者|编辑|责任编辑|审核|扫一扫|返回顶部|返回上一级|返回|上一篇|下一篇|主动公开|依申请公开)(?:\\s*[:\\uFF1A\u3011\\]>＞»]|\\s|$)',
    '^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?\\s+\\d{1,2}:\\d{2}(?::\\d{2})?$',
    '^[【\\[]\\s*[大中小]\\s*[】\\]]',
    '^[•·●▪■◆]',
    '^(?:[大中小]\\s*){3}$',
  ].join('|'),
);

/** True for a line a government portal prints around the article. */
export function isPortal(text: string): boolean {
  return text.length <= 160 && PORTAL.test(text);
}

export { unquoted };

/** A short line without a sentence inside: a heading, not a paragraph (a final 。 is allowed). */
export function headingLike(text: string, max = 80): boolean {
  const bare = unquoted(text).replace(/[。.]$/, '');
  return bare.length <= max && !/[。;\uFF1B]/.test(bare);
}

/** The line's text after its number marker. */
export function afterMarker(l: Line): string {
  return l.marker ? l.text.slice(l.marker.label.length) : l.text;
}
