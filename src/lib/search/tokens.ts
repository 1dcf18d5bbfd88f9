/**
 * The words the search index holds, and the query that finds them.
 *
 * Pagefind finds words, and with a quoted query ("a b c") only words at
 * consecutive positions (an exact phrase, decided by the index from word
 * positions, no page text fetched). So that a phrase match means exactly
 * "the page contains the query as typed", the index gets one word per
 * character of the text (after folding full-width to half-width and upper to
 * lower case), written in a code that neither Pagefind's indexer nor the
 * browser's word segmenter can split, merge or strip: the character's code
 * point in base 26, four letters wide (unitCode; the rare code points beyond
 * what four letters hold, "z" and five more). Every
 * character counts: Han, digits, Latin letters, punctuation and symbols, so
 * "58.62%" is found exactly as written and never as "5862".
 *
 * A query of n characters is the phrase of their n codes: the page matches
 * if and only if it holds the n characters in a row. Whitespace is no word
 * (queries never contain it: it separates query parts), but it must keep a
 * phrase from running on across it, so each run of characters ends with a
 * break word, RUN_BREAK, which holds a position and matches nothing.
 *
 * Measured against the alternative of bigram words (each position holds the
 * character and the next, as Lucene's CJKAnalyzer does), on a synthetic
 * archive of 2,600 sections and on the shipped report: bigrams read fewer
 * index bytes for common characters, but every page's fragment grows by about
 * a third, and the ten fragments of the first results are most of what a
 * first search pays for beyond Pagefind's runtime: a first search for a
 * term on every page cost less with unigram words on the shipped report and
 * the same at 2,600 sections (the figures are in the changelog; `npm run
 * bench` measures the current ones at both sizes).
 *
 * The page text comes back from Pagefind as these words; decodeWords turns it
 * back into text for excerpts.
 */

/**
 * Width of one character's code: four letters, the first a–y, hold every
 * code point below 25 × 26³ = 439,400 (every plane that has characters a
 * report prints: the BMP, CJK extensions B–H); above that, "z" and five
 * letters. Every code is then as long as every other code of its kind, and
 * no four-letter code starts another code, so a word Pagefind finds by its
 * prefix is always the word itself. Four letters, not a fixed five: the page
 * text comes back from Pagefind as these codes, and a sixth of every fragment
 * a first search downloads was the fifth letter and its space.
 */
export const UNIT_WIDTH = 4;
const SHORT_LIMIT = 25 * 26 ** 3;
const LONG_PREFIX = 'z';

function base26(n: number, width: number): string {
  let out = '';
  for (let i = 0; i < width; i++) {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  }
  return out;
}

/** One character as its index code, e.g. "整" → four lower-case letters. Letters only: Pagefind splits words at letter–digit boundaries. */
export function unitCode(ch: string): string {
  const n = ch.codePointAt(0)!;
  return n < SHORT_LIMIT ? base26(n, UNIT_WIDTH) : LONG_PREFIX + base26(n - SHORT_LIMIT, UNIT_WIDTH + 1);
}

/** A code back to its character, or null when it is not one. */
export function unitChar(code: string): string | null {
  const long = code.startsWith(LONG_PREFIX);
  if (!(long ? /^z[a-z]{5}$/ : /^[a-y][a-z]{3}$/).test(code)) return null;
  let n = 0;
  for (const c of long ? code.slice(1) : code) n = n * 26 + (c.charCodeAt(0) - 97);
  if (long) n += SHORT_LIMIT;
  return n <= 0x10ffff ? String.fromCodePoint(n) : null;
}

/** Folds one character for matching (see foldForMatch). */
export function foldChar(ch: string): string {
  const code = ch.codePointAt(0)!;
  let c = ch;
  if (code >= 0xff01 && code <= 0xff5e) c = String.fromCodePoint(code - 0xfee0);
  else if (code === 0x3000) c = ' ';
  const lower = c.toLowerCase();
  return [...lower].length === 1 ? lower : c;
}

/**
 * The index word of one character: its folded code, which queries look up;
 * for a character that folding changes (５, ％, Ａ), the folded code, "-" and
 * the printed character's code. Pagefind stores each part of a hyphenated
 * word at the word's position, so the folded code is found there, and the
 * printed character comes back for the excerpt, as printed.
 */
export function charWord(ch: string): string {
  const folded = foldChar(ch);
  return folded === ch ? unitCode(ch) : `${unitCode(folded)}-${unitCode(ch)}`;
}

/**
 * Folds text for matching, one character to one character: full-width ASCII
 * (５３８８, ％) → half-width, the ideographic space → space, Latin letters → lower case.
 */
export function foldForMatch(text: string): string {
  let out = '';
  for (const ch of text) out += foldChar(ch);
  return out;
}

const SPACE = /\s/u;

/** The word that ends a run of characters: it takes a position, so no phrase spans it, and Pagefind stores no word for it (punctuation only). */
export const RUN_BREAK = '-';

/**
 * Each character's index word, or null for a character that breaks the run
 * (whitespace, after folding): the one rule of where a phrase stops. Kept
 * across pages: an archive has a few thousand distinct characters and
 * millions of occurrences, each of which would otherwise make a new string.
 */
const WORDS = new Map<string, string | null>();
export function wordOf(ch: string): string | null {
  let word = WORDS.get(ch);
  if (word === undefined) {
    word = SPACE.test(foldChar(ch)) ? null : charWord(ch);
    WORDS.set(ch, word);
  }
  return word;
}

/**
 * The index words of texts that read on into each other (a run across text
 * nodes), each word given to `emit` with the index of the text it belongs to:
 * each character's word to the text holding the character, RUN_BREAK after
 * each stretch of characters to the text holding the stretch's last one.
 */
export function eachIndexWord(texts: readonly string[], emit: (text: number, word: string) => void): void {
  let last = -1;
  texts.forEach((text, k) => {
    for (const ch of text) {
      const word = wordOf(ch);
      if (word === null) {
        if (last !== -1) emit(last, RUN_BREAK);
        last = -1;
      } else {
        emit(k, word);
        last = k;
      }
    }
  });
  if (last !== -1) emit(last, RUN_BREAK);
}

/**
 * The index words of a sequence of characters, one per non-space character,
 * each run of characters followed by RUN_BREAK; each word with the index of
 * its character (a break: the run's last character).
 */
export function indexWords(chars: readonly string[]): { word: string; at: number }[] {
  const words: { word: string; at: number }[] = [];
  eachIndexWord(chars, (at, word) => words.push({ word, at }));
  return words;
}

/** The index words of texts that read on into each other, text by text (see eachIndexWord). */
export function runWords(texts: readonly string[]): string[][] {
  const out: string[][] = texts.map(() => []);
  eachIndexWord(texts, (k, word) => out[k]!.push(word));
  return out;
}

/** The index words of a text (see indexWords). */
export function textWords(text: string): string[] {
  return indexWords([...text]).map((w) => w.word);
}

/** A query cut into the parts a page must all contain: whitespace separates parts; empty parts are dropped. */
export function queryParts(query: string): string[] {
  return foldForMatch(query)
    .split(/\s+/u)
    .filter((p) => p.length > 0);
}

/** What to ask Pagefind for one query part: the quoted phrase of its characters' codes. */
export function partQuery(part: string): string {
  return `"${[...part].map(unitCode).join(' ')}"`;
}

/** One word of the indexed text back to its character as printed; a run break (or what Pagefind adds, the "." after a heading) is a space. */
export function decodeWord(word: string): string {
  const codes = word.replace(/[^a-z-]/g, '').split('-');
  return unitChar(codes[codes.length - 1] ?? '') ?? ' ';
}

/** Pagefind's content (words separated by spaces) as text, one string per word position: the character, or a space for a run break. */
export function decodeWords(content: string): string[] {
  return content
    .split(' ')
    .filter((w) => w.length > 0)
    .map(decodeWord);
}
