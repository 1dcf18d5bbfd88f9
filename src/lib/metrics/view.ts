/**
 * What the site shows for a metric: the numbers for its text, its bar, and
 * where it links. One place, so the section panel, the home overview and the
 * data files agree. Nothing here invents a status: a percentage is either
 * the one printed or computed from printed numbers and marked so.
 */
import type { Metric } from '../../schemas/metric.ts';
import { progressGeometry, stackedGeometry, type ProgressGeometry, type Segment } from '../charts/bar.ts';
import { completionOf, type Completion } from './numbers.ts';
import { groupByTheme } from '../report/themes.ts';

/** A metric with its section and link, as pages and data files use it. */
export interface MetricRecord {
  /** The report's slug. */
  report: string;
  section: number;
  sectionTitle: string;
  theme: string | undefined;
  /** Site path with fragment, base not included, e.g. 2022-12-20-jiangyan/sections/17/#m1. */
  path: string;
  metric: Metric;
}

/** The completion of a metric, when the text gives one: progress (stated or computed) or a rate marked ofCompletion. */
export function completionOfMetric(m: Metric): Completion | null {
  if (m.kind === 'progress') return completionOf(m);
  if (m.kind === 'rate' && m.ofCompletion) {
    return { percent: m.percent, display: `${m.percent}%`, source: 'stated' };
  }
  return null;
}

export type MetricChart =
  | { type: 'progress'; geometry: ProgressGeometry; completion: Completion }
  | { type: 'stacked'; segments: (Segment & { label: string; value: number })[] }
  | { type: 'none' };

/** The chart a metric gets: a bar for progress and completion rates, a stacked bar for breakdowns, none otherwise. */
export function chartOf(m: Metric): MetricChart {
  if (m.kind === 'breakdown') {
    const segments = stackedGeometry(
      m.parts.map((p) => p.value),
      m.total,
    ).map((s) => ({ ...s, label: m.parts[s.index]?.label ?? '', value: m.parts[s.index]?.value ?? 0 }));
    return { type: 'stacked', segments };
  }
  const completion = completionOfMetric(m);
  if (!completion) return { type: 'none' };
  const fraction = m.kind === 'progress' ? m.done / m.total : completion.percent / 100;
  return { type: 'progress', geometry: progressGeometry(fraction), completion };
}

/** A completion rate for the home overview, with its section and link. */
export interface CompletionItem {
  record: MetricRecord;
  completion: Completion;
}

/** Every completion rate, highest first; ties keep section order. */
export function completionRates(records: readonly MetricRecord[]): CompletionItem[] {
  return records
    .flatMap((record) => {
      const completion = completionOfMetric(record.metric);
      return completion ? [{ record, completion }] : [];
    })
    .map((item, i) => ({ item, i }))
    .sort((a, b) => b.item.completion.percent - a.item.completion.percent || a.i - b.i)
    .map(({ item }) => item);
}

/** How many metrics of each kind; for the overview and the data page. */
export function countByKind(records: readonly MetricRecord[]): Record<Metric['kind'], number> {
  const out: Record<Metric['kind'], number> = { progress: 0, amount: 0, count: 0, change: 0, rate: 0, breakdown: 0 };
  for (const r of records) out[r.metric.kind] += 1;
  return out;
}

/** Hedges that stand before a number (近2000亩, 约23%). */
const LEADING_QUALIFIERS = ['近', '约', '超', '超过', '逾'];
/** Hedges that stand between the number and its unit (3000余条, 20多个); all others follow the unit (80辆以上). */
const INNER_QUALIFIERS = ['余', '多'];

/** Where a metric's qualifier goes around its number and unit, as the text prints it. */
export function splitQualifier(qualifier: string | undefined): { before: string; inner: string; after: string } {
  if (!qualifier) return { before: '', inner: '', after: '' };
  if (LEADING_QUALIFIERS.includes(qualifier)) return { before: qualifier, inner: '', after: '' };
  if (INNER_QUALIFIERS.includes(qualifier)) return { before: '', inner: qualifier, after: '' };
  return { before: '', inner: '', after: qualifier };
}

/** Completion rates grouped by the report's theme order, each group highest first; themes without rates left out. */
export function ratesByTheme(records: readonly MetricRecord[], order: readonly string[]): { theme: string; items: CompletionItem[] }[] {
  const items = completionRates(records);
  // A report without themes still shows its rates, as one unnamed group.
  if (order.length === 0) return items.length > 0 ? [{ theme: '', items }] : [];
  return groupByTheme(items, (i) => i.record.theme, order);
}

/** The fragment part of a record's path ("#m1"), or "" when it points at the section page. */
export function fragmentOf(path: string): string {
  const i = path.indexOf('#');
  return i === -1 ? '' : path.slice(i);
}

const UP_WORDS = ['增长', '提升', '上升', '增加', '提高'];
const DOWN_WORDS = ['下降', '减少', '降低', '回落', '压减'];

/**
 * The word the text itself uses for a change ("提升", "增加", "上升" …), read
 * from the quote just before the value, so the page repeats the report's
 * wording instead of a generic 增长/下降. Null when the quote has no such word
 * before the value or the word points the other way than `direction`.
 */
export function changeWord(quote: string, direction: 'up' | 'down', value: number): string | null {
  const words = direction === 'up' ? UP_WORDS : DOWN_WORDS;
  const escaped = String(value).replace('.', '\\.');
  const m = new RegExp(`(${[...UP_WORDS, ...DOWN_WORDS].join('|')})了?(?:约|近)?${escaped}(?![\\d.])`).exec(quote);
  return m?.[1] && words.includes(m[1]) ? m[1] : null;
}
