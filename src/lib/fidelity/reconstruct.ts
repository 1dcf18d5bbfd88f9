/**
 * Rebuilds the report's printed lines from the content entries and compares
 * them with the source text, so an edit that changes the published wording
 * is caught before the build publishes it.
 */

export interface ReportText {
  /** Printed as the first line only when titleInSource is true. */
  title?: string;
  titleInSource?: boolean | undefined;
  preamble: readonly string[];
  organisation: { heading: string; intro: readonly string[]; points: readonly string[] };
  sectionsHeading: string;
  /** Category headings of part two, each printed just before the problem it opens. */
  categories?: readonly { heading: string; firstProblem: number }[] | undefined;
  nextSteps: { heading: string; intro: readonly string[]; points: readonly string[] };
  contact: { printed: string };
  issuer: string;
  date: string;
}

export interface SectionText {
  number: number;
  heading: string;
  paragraphs: readonly string[];
}

export interface LineDiff {
  /** 1-based line number in the source. */
  line: number;
  expected: string;
  found: string | null;
}

/** Prints an ISO date the way the report signs it: 2022年12月20日. */
export function chineseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The report's lines in printed order, rebuilt from its entries. */
export function reconstructLines(report: ReportText, sections: readonly SectionText[]): string[] {
  const sorted = [...sections].sort((a, b) => a.number - b.number);
  const categoriesBefore = (n: number) => (report.categories ?? []).filter((c) => c.firstProblem === n).map((c) => c.heading);
  return [
    ...(report.titleInSource && report.title ? [report.title] : []),
    ...report.preamble,
    report.organisation.heading,
    ...report.organisation.intro,
    ...report.organisation.points,
    report.sectionsHeading,
    ...sorted.flatMap((s) => [...categoriesBefore(s.number), `${s.number}. ${s.heading}`, ...s.paragraphs]),
    report.nextSteps.heading,
    ...report.nextSteps.intro,
    ...report.nextSteps.points,
    ...report.contact.printed.split('\n'),
    report.issuer,
    chineseDate(report.date),
  ];
}

/** Collapses whitespace runs; keeps a space only between two ASCII letters or digits. */
export function normaliseWhitespace(s: string): string {
  return s
    .replace(/[\s\u3000]+/g, ' ')
    .replace(/ (?![A-Za-z0-9])|(?<![A-Za-z0-9]) /g, '')
    .trim();
}

/** The number of a problem heading line ("6、关于…", "6．“…”问题整改情况"), as opposed to a numbered measure. */
export const HEADING_NUMBER =
  /^(?:(\d{1,4})\s*[.．、]\s*(?=关于)|(\d{1,4})\s*[.．、]\s*(?=[^。]{0,80}整改(?:情况|进展|落实情况)?[。.]?$)|[(\uFF08]\s*(\d{1,4})\s*[)\uFF09]\s*(?=关于[^。]{0,80}整改))/;

/** A section heading's number may be printed "6." "6、" "6." or "(6)"; the site always shows "6. ". */
export function normaliseHeadingNumber(line: string): string {
  return line.replace(HEADING_NUMBER, (_m, a: string | undefined, b: string | undefined, c: string | undefined) => `${a ?? b ?? c}. `);
}

/** The source's non-empty lines, trimmed. */
export function sourceLines(source: string): string[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

/**
 * Compares rebuilt lines with the source, ignoring whitespace only. Lines are
 * aligned (longest common subsequence), so one added or dropped paragraph is
 * reported once instead of shifting every line after it. The common start
 * and end are matched first and only the stretch between them is aligned:
 * the table is quadratic in the lines it covers, and for a report of
 * thousands of sections a full table took tens of seconds and most of a
 * gigabyte (found by npm run bench); an unchanged report now costs one pass.
 */
export function diffAgainstSource(source: string, rebuilt: readonly string[]): LineDiff[] {
  const key = (l: string) => normaliseWhitespace(normaliseHeadingNumber(l));
  const all = sourceLines(source);
  const allKeys = all.map(key);
  const rebuiltKeys = rebuilt.map(key);
  let lo = 0;
  while (lo < allKeys.length && lo < rebuiltKeys.length && allKeys[lo] === rebuiltKeys[lo]) lo++;
  let hi = 0;
  const lastA = allKeys.length - 1;
  const lastB = rebuiltKeys.length - 1;
  while (hi < allKeys.length - lo && hi < rebuiltKeys.length - lo && allKeys[lastA - hi] === rebuiltKeys[lastB - hi]) hi++;
  const a = all.slice(lo, all.length - hi);
  const b = rebuilt.slice(lo, rebuilt.length - hi);
  const ak = allKeys.slice(lo, allKeys.length - hi);
  const bk = rebuiltKeys.slice(lo, rebuiltKeys.length - hi);
  // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const row = lcs[i] as number[];
      row[j] = ak[i] === bk[j] ? (lcs[i + 1]?.[j + 1] ?? 0) + 1 : Math.max(lcs[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const diffs: LineDiff[] = [];
  let i = 0;
  let j = 0;
  const at = (x: number, y: number) => lcs[x]?.[y] ?? 0;
  // Line numbers in the source count the matched start too.
  const line = (x: number) => lo + x + 1;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && ak[i] === bk[j]) {
      i++;
      j++;
    } else if (i < a.length && j < b.length && at(i + 1, j + 1) === at(i, j)) {
      // Neither line is part of the common text: one line was changed.
      diffs.push({ line: line(i), expected: a[i] ?? '', found: b[j] ?? '' });
      i++;
      j++;
    } else if (j < b.length && (i >= a.length || at(i, j + 1) >= at(i + 1, j))) {
      diffs.push({ line: line(i), expected: '(原文无此段 / not in the source)', found: b[j] ?? '' });
      j++;
    } else {
      diffs.push({ line: line(i), expected: a[i] ?? '', found: null });
      i++;
    }
  }
  return diffs;
}

/** Shows where two lines first differ, with a little context. */
export function firstDifference(expected: string, found: string): string {
  let i = 0;
  while (i < expected.length && expected[i] === found[i]) i++;
  const from = Math.max(0, i - 10);
  return `第${i + 1}个字符 / at character ${i + 1}: 原文 / source “…${expected.slice(from, i + 10)}…” ≠ 条目 / entry “…${found.slice(from, i + 10)}…”`;
}
