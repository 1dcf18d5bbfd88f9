/**
 * GB/T 15834-2011 for the site's own Chinese: in a Chinese sentence the
 * marks ，：；（）？！ are full-width. This finds the half-width , : ; ( ) ? !
 * that touch a Chinese character, in text where the report's own words
 * (which keep exactly the punctuation they were published with) have been
 * set aside. Pure functions: the build test feeds them the built pages.
 */

/** The half-width marks GB/T 15834 writes full-width in Chinese text. */
export const HALF_WIDTH_MARKS = [',', ':', ';', '(', ')', '?', '!'] as const;

/** The full-width form of each mark, for messages. */
export const FULL_WIDTH_OF: Record<(typeof HALF_WIDTH_MARKS)[number], string> = {
  ',': '\uFF0C',
  ':': '\uFF1A',
  ';': '\uFF1B',
  '(': '\uFF08',
  ')': '\uFF09',
  '?': '\uFF1F',
  '!': '\uFF01',
};

/** Han characters, CJK punctuation (、。《》「」…), full-width forms and the curly quotes Chinese text uses. */
const CJK = /[\u3000-\u303F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF\u201C\u201D\u2018\u2019\u2026\u2014]/u;
const MARK = /[,:;()?!]/g;
const BLANK = /[ \t\u00A0]/;

/**
 * Stretches a mark must never be judged in: addresses (https://…, mailto:…),
 * e-mail addresses, times or ratios between digits (8:30), and a mark cited
 * as itself in quotes (以“; ”分隔). Replaced by
 * spaces of the same length so positions stay.
 */
const NOT_PROSE =
  /\u201C[ ]?[,:;()?!][ ]?\u201D|\b[a-z][a-z0-9+.-]*:\/\/[^\s\u3000-\u303F\uFF00-\uFFEF]+|\bmailto:[^\s]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+(?::\d+)+/giu;

/** The text with non-prose stretches blanked out, same length. */
export function blankNonProse(text: string): string {
  return text.replace(NOT_PROSE, (m) => ' '.repeat(m.length));
}

/** The nearest character to one side of i that is not a blank (space, tab, no-break space), or ''. */
function neighbour(text: string, i: number, step: 1 | -1): string {
  for (let j = i + step; j >= 0 && j < text.length; j += step) {
    const c = text[j] ?? '';
    if (!BLANK.test(c)) return c;
  }
  return '';
}

/**
 * Positions of half-width , : ; ( ) ? ! that touch a Chinese character on
 * either side (blanks in between allowed): "主题(本站分组)" and "邮编:225500"
 * both count; "8:30", "https://…" and "a, b" do not.
 */
export function halfWidthHits(text: string): number[] {
  const prose = blankNonProse(text);
  const out: number[] = [];
  for (const m of prose.matchAll(MARK)) {
    const i = m.index ?? 0;
    if (CJK.test(neighbour(prose, i, -1)) || CJK.test(neighbour(prose, i, 1))) out.push(i);
  }
  return out;
}

/**
 * Whether position i of `text` lies inside a stretch of `length` characters
 * that occurs in one of the sources: the report's own text, quoted.
 */
export function quotedAt(text: string, i: number, sources: readonly string[], length: number): boolean {
  for (let a = Math.max(0, i - length + 1); a <= i && a + length <= text.length; a += 1) {
    const stretch = text.slice(a, a + length);
    if (sources.some((src) => src.includes(stretch))) return true;
  }
  return false;
}

/**
 * How long a stretch of the report must be to count as quoting it. Shorter
 * ones (巡视,) can occur in the source by chance, inside the site's own words.
 */
export const MIN_QUOTED = 8;

/** A half-width mark in the site's own Chinese. */
export interface PunctuationFinding {
  /** The text it was found in (a line of the page or an attribute value). */
  text: string;
  /** Index of the mark in text. */
  index: number;
  mark: string;
  /** A few characters either side, for the message. */
  context: string;
}

/**
 * Half-width marks in the site's own Chinese: every hit that is not inside
 * a stretch of at least MIN_QUOTED characters (or the whole text, if shorter)
 * that the sources print.
 */
export function siteHalfWidth(texts: Iterable<string>, sources: readonly string[], minQuoted = MIN_QUOTED): PunctuationFinding[] {
  const out: PunctuationFinding[] = [];
  for (const text of texts) {
    const hits = halfWidthHits(text);
    // Most lines with such marks are the report's own paragraphs, whole.
    if (hits.length === 0 || sources.some((src) => src.includes(text))) continue;
    const need = Math.min(minQuoted, text.length);
    for (const i of hits) {
      if (quotedAt(text, i, sources, need)) continue;
      out.push({ text, index: i, mark: text[i] ?? '', context: text.slice(Math.max(0, i - 12), i + 13) });
    }
  }
  return out;
}

/** One finding as a line of a message: where, what, and what it should be. */
export function describeFinding(where: string, f: PunctuationFinding): string {
  const full = FULL_WIDTH_OF[f.mark as keyof typeof FULL_WIDTH_OF] ?? '';
  return `${where}：半角“${f.mark}”应为全角“${full}”，见“${f.context}” / expected full-width ${full} for half-width ${f.mark} in the site's own Chinese, found in "${f.context}"`;
}
