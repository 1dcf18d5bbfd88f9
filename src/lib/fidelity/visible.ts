/**
 * Checks the built pages against the source: every printed line and every
 * number must appear in the visible text of some page.
 */
import { normaliseWhitespace, sourceLines } from './reconstruct.ts';

/** Source lines that appear in no page's visible text (whitespace normalised). */
export function missingLines(source: string, pageTexts: Iterable<string>): string[] {
  const pages = [...pageTexts].map(normaliseWhitespace);
  return sourceLines(source).filter((line) => {
    const needle = normaliseWhitespace(line);
    return !pages.some((p) => p.includes(needle));
  });
}

/** Every number printed in the source (integers, decimals, percentages), once each. */
export function numbersIn(text: string): string[] {
  return [...new Set(text.match(/\d+(?:\.\d+)?%?/g) ?? [])];
}

/** Numbers of the source that no page shows as a whole number ("5388" does not count as "538" or "388"). */
export function missingNumbers(source: string, pageTexts: Iterable<string>): string[] {
  const all = [...pageTexts].join('\n');
  return numbersIn(source).filter((n) => {
    const whole = new RegExp(`(?<![\\d.])${n.replace(/[.%]/g, (c) => `\\${c}`)}(?![\\d]|\\.\\d)`);
    return !whole.test(all);
  });
}
