/**
 * One segmentation for Chinese text at index time and at query time.
 *
 * Pagefind splits Chinese into words with one algorithm when it indexes and
 * with the browser's Intl.Segmenter when it searches; the two disagree (e.g.
 * it indexes 整改 as 整 + 改 but 党员 as one word), so a term can miss pages
 * that contain it or match pages that do not. We remove the guesswork: every
 * Han character and every digit becomes a word of its own on both sides. A
 * page that contains a term then contains every word of the term, so
 * Pagefind's candidates include every page with the term (recall by
 * construction), and verify.ts keeps only the pages that contain the term as
 * written (precision by construction).
 */

/** The separator put between single-character words in the indexed text. Pagefind strips it from content it returns. */
export const INDEX_SEPARATOR = '\u200B';

/** Characters that are words on their own: Han ideographs (incl. extensions and compatibility forms) and ASCII digits. */
const SINGLE = /[\p{Script=Han}0-9]/u;

function isSingle(ch: string): boolean {
  return SINGLE.test(ch);
}

/** Splits text so every Han character and digit stands alone, joined by sep; other runs (Latin words, punctuation, spaces) stay as they are. */
export function splitSingles(text: string, sep: string = INDEX_SEPARATOR): string {
  let out = '';
  let prev = '';
  for (const ch of text) {
    if (prev && (isSingle(ch) || isSingle(prev)) && !/\s/u.test(ch) && !/\s/u.test(prev) && ch !== sep && prev !== sep) out += sep;
    out += ch;
    prev = ch;
  }
  return out;
}

/**
 * Normalises text for matching, one character to one character so that
 * offsets stay valid: full-width ASCII (５３８８, ％) → half-width, the
 * ideographic space → space, Latin letters → lower case.
 */
export function normaliseForMatch(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    let c = ch;
    if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
    else if (code === 0x3000) c = ' ';
    const lower = c.toLowerCase();
    out += lower.length === c.length ? lower : c;
  }
  return out;
}

/** A query cut into the parts a page must all contain: whitespace separates parts; empty parts are dropped. */
export function queryParts(query: string): string[] {
  return normaliseForMatch(query)
    .split(/\s+/u)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** What to send to Pagefind for a query: the parts, each split like the index, joined by spaces. */
export function pagefindQuery(parts: readonly string[]): string {
  return parts.map((p) => splitSingles(p, ' ')).join(' ');
}
