/**
 * Where a figure's numbers are printed: each number it claims, located in
 * its section's paragraphs ("2:143", paragraph and offset), with the role
 * the figure gives it. Lets the importer keep one reading per printed
 * number and the bench tell a contradiction from another reading.
 */
import type { Metric } from '../../../schemas/metric.ts';
import { claimedNumbers, NUMBER, numbersIn, printedAs } from '../numbers.ts';

/** One claimed number: where it is printed and what the figure says it is. */
export interface Claim {
  /** Paragraph index and offset, e.g. "2:143". */
  at: string;
  /** done, total, all (done = total), part, count, amount, completion%, rate%, change:up:percent… */
  role: string;
}

/** The role a figure gives one of its numbers. */
function roleOf(m: Metric, field: string): string {
  switch (m.kind) {
    case 'progress':
      if (field === 'percent') return 'completion%';
      return m.done === m.total ? 'all' : field;
    case 'breakdown':
      return field === 'total' ? 'total' : 'part';
    case 'count':
    case 'amount':
      return m.kind;
    case 'rate':
      return m.ofCompletion ? 'completion%' : 'rate%';
    case 'change':
      return `change:${m.direction}:${m.measure}`;
  }
}

/** Each claimed number of a figure, located in the paragraphs (the first printing in its quote that can stand for it). */
export function claimsOf(m: Metric, paragraphs: readonly string[]): Claim[] {
  const p = paragraphs.findIndex((x) => x.includes(m.quote));
  if (p === -1) return [];
  const base = (paragraphs[p] as string).indexOf(m.quote);
  const printed = numbersIn(m.quote);
  const at = [...m.quote.matchAll(NUMBER)].map((x) => x.index ?? 0);
  return claimedNumbers(m).flatMap((c) => {
    const i = printed.findIndex((n) => printedAs(c, n));
    return i === -1 ? [] : [{ at: `${p}:${base + (at[i] ?? 0)}`, role: roleOf(m, c.field) }];
  });
}

/** Roles two figures may give the same printed number without telling different stories: a total is never a done number. */
export function compatibleRoles(a: string, b: string): boolean {
  if (a === b) return true;
  const plain = ['done', 'total', 'part', 'count', 'all'];
  if (!plain.includes(a) || !plain.includes(b)) return false;
  return !((a === 'done' && b === 'total') || (a === 'total' && b === 'done'));
}
