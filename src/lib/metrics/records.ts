/**
 * Turns sections into metric records: each metric with its section and the
 * path of the measure whose paragraph holds its quote.
 */
import type { Metric } from '../../schemas/metric.ts';
import { sectionPath } from '../url/paths.ts';
import { countMeasures } from '../numbering/measures.ts';
import { quoteFragment } from './permalink.ts';
import type { MetricRecord } from './view.ts';

export interface SectionForMetrics {
  /** The report's slug. */
  report: string;
  number: number;
  title: string;
  theme: string | undefined;
  /** Body paragraphs as a reader sees them (bodyParagraphs()). */
  paragraphs: string[];
  /** Body paragraphs that are sub-problem headings (the body's ### lines, in order): not measures. */
  subProblems?: readonly string[] | undefined;
  metrics: Metric[];
}

/** The records of one section's metrics, in frontmatter order. */
export function sectionRecords(s: SectionForMetrics, problemCount?: number): MetricRecord[] {
  const page = sectionPath(s.report, s.number, problemCount);
  return s.metrics.map((metric) => ({
    report: s.report,
    section: s.number,
    sectionTitle: s.title,
    theme: s.theme,
    path: page + quoteFragment(s.paragraphs, metric.quote, s.subProblems),
    metric,
  }));
}

/** How many measures a section has (passages the site gives a permalink), by the one rule of numbering/measures.ts. */
export function measureCount(paragraphs: readonly string[], subProblems: readonly string[] = []): number {
  return countMeasures(paragraphs, subProblems);
}
