/**
 * Compares the report's lines, rebuilt from its entries by the report walker
 * (src/lib/report/walk.ts), with the source text exactly, so an edit that
 * changes one published character is caught before the build publishes it.
 *
 * The one normalisation (documented in EDITING.md): a leading BOM is dropped,
 * CRLF and CR count as LF, blank lines separate blocks, and spaces, tabs and
 * ideographic spaces (U+3000) at the start and end of a line are indentation.
 * Every other character counts, U+00A0, U+FEFF, U+2028 and zero-width
 * characters included.
 */
import { charName, codePoint, isInvisible, spellOut } from './exact.ts';

export interface LineDiff {
  /** 1-based line number in the source. */
  line: number;
  expected: string;
  /** The rebuilt line that stands where the source line should; null when it is missing. */
  found: string | null;
  /** Index of that rebuilt line (for its place), when there is one. */
  rebuilt?: number;
}

/** Indentation: what the normalisation strips at line starts and ends. */
const INDENT = /^[ \t\u3000]+|[ \t\u3000]+$/g;

/** One source line as compared: indentation stripped. */
export function normaliseLine(line: string): string {
  return line.replace(INDENT, '');
}

/** The source's non-empty lines, indentation stripped, with their 1-based line numbers. */
export function sourceLinesNumbered(source: string): { text: string; line: number }[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ text: normaliseLine(l), line: i + 1 }))
    .filter((l) => l.text !== '');
}

/** The source's non-empty lines, indentation stripped. */
export function sourceLines(source: string): string[] {
  return sourceLinesNumbered(source).map((l) => l.text);
}

/** The source text after the one normalisation: what the rebuilt text must equal byte for byte. */
export function normalisedSource(source: string): string {
  return `${sourceLines(source).join('\n')}\n`;
}

/** Collapses whitespace runs; keeps a space only between two ASCII letters or digits. For comparing rendered pages, not entries. */
export function normaliseWhitespace(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
    .trim();
}

/** Above this many cells the alignment is skipped for a linear account (see diffAgainstSource). */
const MAX_TABLE = 4_000_000;

/**
 * Compares rebuilt lines with the source lines exactly. The common start and
 * end are matched first; the stretch between is aligned (longest common
 * subsequence) so one added or dropped paragraph is reported once instead of
 * shifting every line after it. A stretch too large to align (thousands of
 * stray paragraphs) is reported linearly: each line of one side that the
 * other side lacks.
 */
export function diffAgainstSource(source: string, rebuilt: readonly string[]): LineDiff[] {
  const all = sourceLinesNumbered(source);
  const ak0 = all.map((l) => l.text);
  let lo = 0;
  while (lo < ak0.length && lo < rebuilt.length && ak0[lo] === rebuilt[lo]) lo++;
  let hi = 0;
  while (hi < ak0.length - lo && hi < rebuilt.length - lo && ak0[ak0.length - 1 - hi] === rebuilt[rebuilt.length - 1 - hi]) hi++;
  const a = all.slice(lo, all.length - hi);
  const b = rebuilt.slice(lo, rebuilt.length - hi);
  const lineAt = (i: number) => a[i]?.line ?? all[lo + i]?.line ?? (all.at(-1)?.line ?? 0) + 1;
  const diffs: LineDiff[] = [];
  if (a.length * b.length > MAX_TABLE) {
    const inB = new Map<string, number>();
    for (const l of b) inB.set(l, (inB.get(l) ?? 0) + 1);
    const inA = new Map<string, number>();
    for (const l of a) inA.set(l.text, (inA.get(l.text) ?? 0) + 1);
    for (const l of a) {
      const n = inB.get(l.text) ?? 0;
      if (n > 0) inB.set(l.text, n - 1);
      else diffs.push({ line: l.line, expected: l.text, found: null });
    }
    b.forEach((l, j) => {
      const n = inA.get(l) ?? 0;
      if (n > 0) inA.set(l, n - 1);
      else diffs.push({ line: lineAt(0), expected: NOT_IN_SOURCE, found: l, rebuilt: lo + j });
    });
    return diffs;
  }
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const width = b.length + 1;
  const lcs = new Uint32Array((a.length + 1) * width);
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i * width + j] =
        a[i]?.text === b[j]
          ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1
          : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  const at = (x: number, y: number) => lcs[x * width + y] ?? 0;
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i]?.text === b[j]) {
      i++;
      j++;
    } else if (i < a.length && j < b.length && at(i + 1, j + 1) === at(i, j)) {
      // Neither line is part of the common text: one line was changed.
      diffs.push({ line: lineAt(i), expected: a[i]?.text ?? '', found: b[j] ?? '', rebuilt: lo + j });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || at(i, j + 1) >= at(i + 1, j))) {
      diffs.push({ line: lineAt(i), expected: NOT_IN_SOURCE, found: b[j] ?? '', rebuilt: lo + j });
      j++;
    } else {
      diffs.push({ line: lineAt(i), expected: a[i]?.text ?? '', found: null });
      i++;
    }
  }
  return diffs;
}

/** The `expected` of a rebuilt line that the source does not have. */
export const NOT_IN_SOURCE = '(原文无此段 / not in the source)';

/** Names a character an editor cannot see: U+00A0 NO-BREAK SPACE (names in exact.ts). */
export function describeChar(ch: string | undefined): string {
  if (ch === undefined) return '(行尾 / end of line)';
  if (isInvisible(ch)) return charName(ch);
  return `“${ch}”（${codePoint(ch.codePointAt(0) ?? 0)}）`;
}

/** Replaces characters an editor cannot see with their code point, so a message shows them. */
export const visibleText = spellOut;

/** Shows where two lines first differ, naming the two characters, with a little context. */
export function firstDifference(expected: string, found: string): string {
  const a = [...expected];
  const b = [...found];
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  const from = Math.max(0, i - 10);
  const ctx = (x: string[]) => visibleText(x.slice(from, i + 10).join(''));
  return `第${i + 1}个字符 / at character ${i + 1}: 原文 / source ${describeChar(a[i])} ≠ 条目 / entry ${describeChar(b[i])}；原文 “…${ctx(a)}…” ≠ 条目 “…${ctx(b)}…”`;
}
