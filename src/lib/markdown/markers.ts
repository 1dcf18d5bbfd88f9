/**
 * Number markers as reports of the genre print them, in one place: the
 * markers of parts, categories and problems (一、 (一) 1. (1)), and THE rule
 * that decides which paragraphs (and which 一是…；二是… inside one paragraph)
 * are measures. The importer, the measures plugin (rehype-measures.ts), the
 * figures' permalinks (metrics/permalink.ts) and search (search/view.ts) all
 * use this module, so a passage the importer counts as a measure is the one
 * the site gives a permalink, and the one search labels as a measure.
 */

const CN_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

/** A Chinese numeral from 一 to 九十九, as a pattern fragment. */
export const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';

/** Converts a Chinese numeral from 一 to 九十九 into a number, or null. */
export function chineseNumeral(text: string): number | null {
  if (!/^[一二三四五六七八九十]+$/.test(text)) return null;
  if (text.length === 1) return CN_DIGITS[text] ?? null;
  const m = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (!m) return null;
  const tens = m[1] ? (CN_DIGITS[m[1]] ?? 0) : 1;
  const ones = m[2] ? (CN_DIGITS[m[2]] ?? 0) : 0;
  return tens * 10 + ones;
}

/** Full-width digits as ASCII digits. */
export function asciiDigits(s: string): string {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/**
 * Kinds of number marker at the start of a line: 一、 (cn), (一) (cnParen),
 * 1. / 1、 (dot), (1) (paren), 一是 (shi).
 */
export type MarkerKind = 'cn' | 'cnParen' | 'dot' | 'paren' | 'shi';

export interface LineMarker {
  kind: MarkerKind;
  /** The number the marker gives, 1-based. No upper limit. */
  n: number;
  /** The marker exactly as printed, with the spaces after it: "1. ", "(一)", "一、". */
  label: string;
}

/** Heading and measure markers. Arabic numbers have no length cap beyond what a report could print. */
const LINE_MARKERS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['cnParen', /* @__PURE__ */ new RegExp(`^[(\\uFF08]\\s*(${CN_NUMERAL})\\s*[)\\uFF09]\\s*`)],
  ['paren', /^[(\uFF08]\s*([0-9０-９]{1,7})\s*[)\uFF09]\s*/],
  ['cn', /* @__PURE__ */ new RegExp(`^(${CN_NUMERAL})\\s*[、.\\uFF0E]\\s*`)],
  ['dot', /^([0-9０-９]{1,7})\s*[.\uFF0E、](?![0-9０-９])\s*/],
  ['shi', /* @__PURE__ */ new RegExp(`^(${CN_NUMERAL})是`)],
];

/** Reads the number marker at the start of a line, if any. */
export function readLineMarker(text: string): LineMarker | null {
  for (const [kind, re] of LINE_MARKERS) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    const n = kind === 'dot' || kind === 'paren' ? Number(asciiDigits(m[1])) : chineseNumeral(m[1]);
    if (n === null || n < 1) continue;
    // "2022年" and "1-9月" are not markers; the dot pattern already refuses "1.3倍".
    return { kind, n, label: m[0] };
  }
  return null;
}

/** A percentage as printed: 77.8%, 100％, ７５％ (full-width digits, as numbers.ts reads them). */
export const PERCENT = /[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)?\s*[%\uFF05]/g;

export type MarkerStyle = 'paren' | 'dot' | 'shi';

export interface Marker {
  /** The measure's position in its run, 1-based. */
  n: number;
  /** The marker exactly as written, e.g. "(2)", "（２）", "2.", "二是". */
  label: string;
  style: MarkerStyle;
}

const PAREN = /^[(\uFF08]\s*([0-9０-９]{1,3})\s*[)\uFF09]/;
const DOT = /^([0-9０-９]{1,3})\s*[.．、](?![0-9０-９])/;
const SHI = /* @__PURE__ */ new RegExp(`^(${CN_NUMERAL})是`);

/** Reads the measure marker at the start of a text, if any. */
export function readMarker(text: string): Marker | null {
  const paren = PAREN.exec(text);
  if (paren?.[1]) return { n: Number(asciiDigits(paren[1])), label: paren[0], style: 'paren' };
  const dot = DOT.exec(text);
  if (dot?.[1]) return { n: Number(asciiDigits(dot[1])), label: dot[0], style: 'dot' };
  const shi = SHI.exec(text);
  if (shi?.[1]) {
    const n = chineseNumeral(shi[1]);
    if (n !== null) return { n, label: shi[0], style: 'shi' };
  }
  return null;
}

/** A label that introduces the measures, kept with them: 整改情况：, 整改进展:, 整改措施：. */
export const MEASURES_LABEL = /^(?:整改(?:情况|进展|措施|落实情况|进展情况|成效)|进展情况|落实情况)\s*[:\uFF1A]\s*/;

/** One measure inside a paragraph: where its marker starts and what it says. */
export interface MeasureMark extends Marker {
  /** The permalink id on the section page: m1, m2 … unique on the page. */
  id: string;
  /** Offset of the marker in the paragraph's text (0 for a measure that opens the paragraph). */
  offset: number;
}

/** What a body paragraph of a problem is to the site. */
export type ParagraphRole =
  | { kind: 'subProblem'; /** The anchor id: s1, s2 … */ id: string }
  | { kind: 'text'; /** The measures that start in this paragraph, in order; empty for a plain paragraph. */ measures: MeasureMark[] };

/** The stable fragment id of the n-th measure on its section page. */
export function measureId(n: number): string {
  return `m${n}`;
}

/** The anchor id of the n-th sub-problem heading on its section page. */
export function subProblemId(n: number): string {
  return `s${n}`;
}

/** True for an id the measures plugin gives a measure (search labels those hits as measures). */
export function isMeasureId(id: string): boolean {
  return /^m\d+$/.test(id);
}

/** Where inside a paragraph a 一是-style measure may start: after a full stop, semicolon or colon. */
const INLINE_SHI = /* @__PURE__ */ new RegExp(`(?<=[。;\\uFF1B:\\uFF1A])(${CN_NUMERAL})是`, 'g');

/** Measure markers a paragraph could hold: at its start (after a 整改情况： label), and 二是… inline. */
function candidates(text: string): (Marker & { offset: number })[] {
  const label = MEASURES_LABEL.exec(text)?.[0] ?? '';
  const out: (Marker & { offset: number })[] = [];
  const first = readMarker(text.slice(label.length));
  if (first) out.push({ ...first, offset: label.length });
  for (const m of text.matchAll(INLINE_SHI)) {
    const n = chineseNumeral(m[1] ?? '');
    const at = m.index ?? 0;
    if (n !== null && at > label.length) out.push({ n, label: m[0], style: 'shi', offset: at });
  }
  return out;
}

/**
 * THE measure rule. Walks a problem's body paragraphs in order: a paragraph
 * listed in `subProblems` is a sub-problem heading (not a measure; the
 * numbering of measures starts again after it); elsewhere only a run
 * numbered 1, 2, 3… in one marker style counts — (1)(2), 1. 2., 一是 二是 at
 * a paragraph's start (a 整改情况： label may stand before it), and 一是…；二是…
 * inline, after a full stop, semicolon or colon. A paragraph that merely
 * starts with "3." outside such a run stays a plain paragraph.
 */
export function measureLayout(paragraphs: readonly string[], subProblems: readonly string[] = []): ParagraphRole[] {
  const subs = new Set(subProblems);
  let expected = 1;
  let style: MarkerStyle | null = null;
  let ids = 0;
  let subCount = 0;
  return paragraphs.map((p): ParagraphRole => {
    if (subs.has(p)) {
      expected = 1;
      style = null;
      subCount += 1;
      return { kind: 'subProblem', id: subProblemId(subCount) };
    }
    const measures: MeasureMark[] = [];
    for (const c of candidates(p)) {
      if (c.n !== expected || (style !== null && c.style !== style)) continue;
      // Inline markers only continue a 一是 run; (1) and 1. count at a paragraph's start.
      style = c.style;
      expected += 1;
      ids += 1;
      measures.push({ ...c, id: measureId(ids) });
    }
    return { kind: 'text', measures };
  });
}

/** How many measures a problem's body has (passages the site gives a permalink). */
export function countMeasures(paragraphs: readonly string[], subProblems: readonly string[] = []): number {
  return measureLayout(paragraphs, subProblems).reduce((n, r) => n + (r.kind === 'text' ? r.measures.length : 0), 0);
}
