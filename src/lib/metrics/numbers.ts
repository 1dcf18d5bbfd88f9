/**
 * Numbers as a report prints them, and the arithmetic the checks and charts
 * share: which numbers a metric claims, the completion percentage (stated or
 * computed from stated numbers), rounding at the precision the text uses.
 */
import type { Metric } from '../../schemas/metric.ts';

/** One number printed in a text, with what directly follows it. */
export interface PrintedNumber {
  /** The digits as printed, e.g. "58.62" (or full-width "５８．６２"). */
  text: string;
  value: number;
  /** Digits after the decimal point, as printed: 58.62 → 2, 57.9 → 1, 100 → 0. */
  decimals: number;
  /** True when a per-cent sign (% or the full-width one) follows. */
  percent: boolean;
  /** True when 个百分点 (percentage points) follows. */
  points: boolean;
}

/** Digits as reports print them: ASCII or full-width (４６项, ５８．６２％); the text keeps them as printed. */
export const NUMBER = /[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)?/g;

/** A printed number's digits in ASCII: ５８．６２ → 58.62. */
export function asciiNumber(printed: string): string {
  return printed.replace(/[\uFF10-\uFF19\uFF0E]/g, (c) => (c === '\uFF0E' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)));
}

/** A percentage as printed: 77.8%, 100％, ７５％ (full-width digits, as NUMBER reads them). */
export const PERCENT = /[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)?\s*[%\uFF05]/g;

/** Every number printed in a text, in order. */
export function numbersIn(text: string): PrintedNumber[] {
  const out: PrintedNumber[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const after = text.slice((m.index ?? 0) + m[0].length);
    const ascii = asciiNumber(m[0]);
    const dot = ascii.indexOf('.');
    out.push({
      text: m[0],
      value: Number(ascii),
      decimals: dot === -1 ? 0 : ascii.length - dot - 1,
      percent: /^\s*[%\uFF05]/.test(after),
      points: /^\s*个百分点/.test(after),
    });
  }
  return out;
}

/** What a printed number must look like for a metric field to match it. */
export type NumberRole = 'plain' | 'percent' | 'points';

/** One number a metric claims, named by its field. */
export interface ClaimedNumber {
  field: string;
  value: number;
  role: NumberRole;
}

/** Every number a metric claims, each of which must be printed in its quote. */
export function claimedNumbers(m: Metric): ClaimedNumber[] {
  switch (m.kind) {
    case 'progress':
      return [
        { field: 'done', value: m.done, role: 'plain' },
        { field: 'total', value: m.total, role: 'plain' },
        ...(m.percent === undefined ? [] : [{ field: 'percent', value: m.percent, role: 'percent' as const }]),
      ];
    case 'amount':
    case 'count':
      return [{ field: 'value', value: m.value, role: 'plain' }];
    case 'change':
      return [{ field: 'value', value: m.value, role: m.measure === 'absolute' ? 'plain' : m.measure }];
    case 'rate':
      return [{ field: 'percent', value: m.percent, role: 'percent' }];
    case 'breakdown':
      return [
        { field: 'total', value: m.total, role: 'plain' },
        ...m.parts.map((p, i) => ({ field: `parts[${i}].value`, value: p.value, role: 'plain' as const })),
      ];
  }
}

/** Whether a printed number can stand for a claimed one (same value, and a % or 个百分点 where the role needs it). */
export function printedAs(claim: ClaimedNumber, printed: PrintedNumber): boolean {
  if (printed.value !== claim.value) return false;
  if (claim.role === 'percent') return printed.percent;
  if (claim.role === 'points') return printed.points;
  return true;
}

/** Rounds half away from zero at the given decimals, immune to binary noise (57.894736… → 57.9 at 1). */
export function roundAt(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f + Math.sign(value) * 1e-9) / f;
}

/** done / total as a percentage, unrounded. */
export function ratioPercent(done: number, total: number): number {
  return (done / total) * 100;
}

/** A completion percentage and where it comes from. */
export interface Completion {
  /** The percentage to show. */
  percent: number;
  /** The percentage as text, at the text's precision when stated, one decimal when computed. */
  display: string;
  /** stated: printed in the report; computed: done / total from stated numbers. */
  source: 'stated' | 'computed';
}

/** Decimals used for computed percentages; one, the precision most reports print. */
export const COMPUTED_DECIMALS = 1;

/**
 * The completion percentage of a progress metric. The stated one when the
 * text prints it (at its printed precision, read from the quote), otherwise
 * computed from the stated done and total and marked as computed.
 */
export function completionOf(m: { done: number; total: number; percent?: number | undefined; quote: string }): Completion {
  if (m.percent !== undefined) {
    const printed = numbersIn(m.quote).find((n) => n.percent && n.value === m.percent);
    return { percent: m.percent, display: `${printed ? asciiNumber(printed.text) : String(m.percent)}%`, source: 'stated' };
  }
  const computed = roundAt(ratioPercent(m.done, m.total), COMPUTED_DECIMALS);
  return { percent: computed, display: `${computed.toFixed(COMPUTED_DECIMALS).replace(/\.0$/, '')}%`, source: 'computed' };
}
