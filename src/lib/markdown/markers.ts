/**
 * Measure markers: how a report numbers the measures under a problem.
 * The importer and the rehype plugin share these, so a paragraph the importer
 * calls a measure is the paragraph the site gives a permalink.
 */

const CN_DIGITS: Record<string, number> = {
  一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10,
};

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

export type MarkerStyle = 'paren' | 'dot' | 'shi';

export interface Marker {
  /** The measure's position, 1-based. */
  n: number;
  /** The marker exactly as written, e.g. "(2)", "(2)", "2.", "二是". */
  label: string;
  style: MarkerStyle;
}

const PAREN = /^[(\uFF08]\s*(\d{1,3})\s*[)\uFF09]/;
const DOT = /^(\d{1,3})\s*[.．、](?!\d)/;
const SHI = /^([一二三四五六七八九十]{1,3})是/;

/** Reads the measure marker at the start of a paragraph's text, if any. */
export function readMarker(text: string): Marker | null {
  const paren = PAREN.exec(text);
  if (paren?.[1]) return { n: Number(paren[1]), label: paren[0], style: 'paren' };
  const dot = DOT.exec(text);
  if (dot?.[1]) return { n: Number(dot[1]), label: dot[0], style: 'dot' };
  const shi = SHI.exec(text);
  if (shi?.[1]) {
    const n = chineseNumeral(shi[1]);
    if (n !== null) return { n, label: shi[0], style: 'shi' };
  }
  return null;
}

/** The stable fragment id of measure n on its section page. */
export function measureId(n: number): string {
  return `m${n}`;
}
