/**
 * Written budgets (tools/bench/budgets.json) and their comparison with measured
 * numbers. A budget names a metric, a maximum and where the number comes
 * from; the bench prints OK or OVER for each and, with --strict, fails on OVER.
 */
import { formatBytes, formatMs } from './table.ts';

/** count: a whole number of things (requests, queries). */
export type BudgetUnit = 'bytes' | 'ms' | 'ratio' | 'count';

export interface Budget {
  /** Stable id, e.g. section-gzip. */
  id: string;
  /** Key in the bench's flat metrics map, e.g. page.section.gzipTotal. */
  metric: string;
  /** Largest acceptable value, in `unit`. */
  max: number;
  unit: BudgetUnit;
  /** What is measured, in plain words, for the printed line. */
  label: string;
  /** Where the number comes from (issue, reference measurement). */
  source: string;
  /** Why this number, and what to do when it is missed. */
  rationale: string;
}

export type BudgetStatus = 'OK' | 'OVER' | 'n/a';

export interface BudgetResult {
  budget: Budget;
  status: BudgetStatus;
  actual: number | null;
  /** Why a metric has no value (e.g. the page does not exist yet, or the run skipped it). */
  note?: string;
}

const UNITS: readonly BudgetUnit[] = ['bytes', 'ms', 'ratio', 'count'];

/** Validates the parsed budgets file; throws naming the entry and field that is wrong. */
export function parseBudgets(json: unknown, file = 'tools/bench/budgets.json'): Budget[] {
  const list = (json as { budgets?: unknown } | null)?.budgets;
  if (!Array.isArray(list)) throw new Error(`${file}: expected an object with a "budgets" array`);
  const seen = new Set<string>();
  return list.map((b: Record<string, unknown>, i) => {
    const where = `${file}: budgets[${i}]`;
    for (const key of ['id', 'metric', 'label', 'source', 'rationale'] as const) {
      if (typeof b[key] !== 'string' || (b[key] as string).trim() === '')
        throw new Error(`${where}.${key}: expected non-empty text, found ${JSON.stringify(b[key])}`);
    }
    if (typeof b['max'] !== 'number' || !Number.isFinite(b['max']) || b['max'] < 0)
      throw new Error(`${where}.max: expected a number ≥ 0, found ${JSON.stringify(b['max'])}`);
    if (!UNITS.includes(b['unit'] as BudgetUnit))
      throw new Error(`${where}.unit: expected one of ${UNITS.join(', ')}, found ${JSON.stringify(b['unit'])}`);
    if (seen.has(b['id'] as string)) throw new Error(`${where}.id: "${b['id']}" is used twice`);
    seen.add(b['id'] as string);
    return b as unknown as Budget;
  });
}

/** Compares each budget with its metric. A metric that is absent is n/a, never OK. */
export function compareBudgets(
  budgets: readonly Budget[],
  metrics: Readonly<Record<string, number | null | undefined>>,
  notes: Readonly<Record<string, string>> = {},
): BudgetResult[] {
  return budgets.map((budget) => {
    const actual = metrics[budget.metric];
    if (actual === null || actual === undefined || !Number.isFinite(actual)) {
      return { budget, status: 'n/a', actual: null, note: notes[budget.metric] ?? 'not measured in this run' };
    }
    return { budget, status: actual <= budget.max ? 'OK' : 'OVER', actual };
  });
}

/** A value in a budget's unit, for printing. */
export function formatValue(value: number | null, unit: BudgetUnit, exact = false): string {
  if (value === null) return 'n/a';
  // Measured byte counts also show the exact figure, so a line at the limit is not hidden by rounding.
  if (unit === 'bytes') return exact && value >= 1024 ? `${formatBytes(value)} (${Math.round(value)} B)` : formatBytes(value);
  if (unit === 'ms') return formatMs(value);
  if (unit === 'count') return String(Math.round(value));
  return value.toFixed(2);
}

/** One printed line per budget: status, label, measured vs limit. */
export function formatBudgetLines(results: readonly BudgetResult[]): string[] {
  const width = Math.max(0, ...results.map((r) => r.budget.label.length));
  return results.map((r) => {
    const { budget: b } = r;
    const status = r.status.padEnd(4);
    const label = b.label.padEnd(width);
    if (r.status === 'n/a') return `${status}  ${label}  n/a (${r.note ?? 'not measured'}); budget ≤ ${formatValue(b.max, b.unit)}`;
    const cmp = r.status === 'OK' ? '≤' : '>';
    return `${status}  ${label}  ${formatValue(r.actual, b.unit, true)} ${cmp} ${formatValue(b.max, b.unit)}`;
  });
}

/** The process exit code: non-zero only when strict and some budget is OVER. */
export function budgetExitCode(results: readonly BudgetResult[], strict: boolean): number {
  return strict && results.some((r) => r.status === 'OVER') ? 1 : 0;
}
