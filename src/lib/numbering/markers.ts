/**
 * The numbering grammar of official documents (GB/T 9704) as reports of the
 * genre print it, in one table: 一、 (cn) → （一） (cnParen) → 1. (dot) → （1）
 * (paren), and 一是/二是 runs (shi), each with full- and half-width brackets
 * and dots. Every reader of a marker — the outline reader (outline.ts), the
 * measure rule (measures.ts), the importer — goes through readLineMarker.
 */

const CN_DIGITS: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
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
 * Kinds of number marker at the start of a line, outer to inner as GB/T 9704
 * orders them: 一、 (cn), (一) (cnParen), 1. / 1、 (dot), (1) (paren); and
 * 一是 (shi), which numbers points inside any level.
 */
export type MarkerKind = 'cn' | 'cnParen' | 'dot' | 'paren' | 'shi';

/** The GB/T 9704 order of the kinds: a lower rank is an outer level. */
export const KIND_RANK: Readonly<Record<MarkerKind, number>> = { cn: 0, cnParen: 1, dot: 2, paren: 3, shi: 4 };

export interface LineMarker {
  kind: MarkerKind;
  /** The number the marker gives, 1-based. No upper limit. */
  n: number;
  /** The marker exactly as printed, with the spaces after it: "1. ", "(一)", "一、". */
  label: string;
}

/**
 * THE marker table. Arabic numbers have no length cap beyond what a report
 * could print; "2022年", "1-9月" and "1.3倍" are no markers.
 */
const TABLE: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['cnParen', /* @__PURE__ */ new RegExp(`^[(\\uFF08]\\s*(${CN_NUMERAL})\\s*[)\\uFF09]\\s*`)],
  ['paren', /^[(\uFF08]\s*([0-9０-９]{1,7})\s*[)\uFF09]\s*/],
  ['cn', /* @__PURE__ */ new RegExp(`^(${CN_NUMERAL})\\s*[、.\\uFF0E]\\s*`)],
  ['dot', /^([0-9０-９]{1,7})\s*[.\uFF0E、](?![0-9０-９])\s*/],
  ['shi', /* @__PURE__ */ new RegExp(`^(${CN_NUMERAL})是`)],
];

/** Reads the number marker at the start of a line, if any. */
export function readLineMarker(text: string): LineMarker | null {
  for (const [kind, re] of TABLE) {
    const m = re.exec(text);
    if (!m?.[1]) continue;
    const n = kind === 'dot' || kind === 'paren' ? Number(asciiDigits(m[1])) : chineseNumeral(m[1]);
    if (n === null || n < 1) continue;
    return { kind, n, label: m[0] };
  }
  return null;
}

/**
 * A marker's style: its kind, and for 一、/1、 against 一./1. the mark after
 * the number, which reports use to tell two levels of one kind apart
 * (1、关于…问题 over 1.…measures). Full- and half-width brackets and dots are one style.
 */
export function markerStyle(m: LineMarker): string {
  return (m.kind === 'dot' || m.kind === 'cn') && m.label.includes('、') ? `${m.kind}、` : m.kind;
}

/** The styles a measure may be numbered in. */
export type MarkerStyle = 'paren' | 'dot' | 'shi';

export interface Marker {
  /** The measure's position in its run, 1-based. */
  n: number;
  /** The marker exactly as written, without the spaces after it: "(2)", "（２）", "2.", "二是". */
  label: string;
  style: MarkerStyle;
}

/** Reads a measure's marker at the start of a text ((1), 1., 一是), if any: the line markers of those kinds. */
export function readMarker(text: string): Marker | null {
  const m = readLineMarker(text);
  if (!m || (m.kind !== 'paren' && m.kind !== 'dot' && m.kind !== 'shi')) return null;
  return { n: m.n, label: m.label.replace(/\s+$/, ''), style: m.kind };
}
