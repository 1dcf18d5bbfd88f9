/**
 * Turns sections into metric records: each metric with its section and the
 * path of the measure whose paragraph holds its quote.
 */
import type { Metric } from '../../schemas/metric.ts';
import { partAnchor, reportPath, sectionPath } from '../url/paths.ts';
import type { ReportBody } from '../report/walk.ts';
import { partFigures } from './placement.ts';
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

/** The report's own figures (report.yaml `figures`: its preamble, organisation part, next steps) as records. */
export interface ReportRecords {
  /** Figures of the parts printed before the problems. */
  before: MetricRecord[];
  /** Figures of the parts printed after them. */
  after: MetricRecord[];
}

/**
 * The records of the report's own figures: section 0, linked to the part of
 * the report's home that prints the quote, split at the problems part so the
 * data files list every figure in printed order.
 */
export function reportRecords(slug: string, title: string, report: ReportBody, figures: readonly Metric[]): ReportRecords {
  const problemsAt = report.body.findIndex((p) => p.type === 'problems');
  const out: ReportRecords = { before: [], after: [] };
  for (const [i, metrics] of [...partFigures(report, figures)].sort(([a], [b]) => a - b)) {
    const part = report.body[i];
    const records = metrics.map((metric) => ({
      report: slug,
      section: 0,
      sectionTitle: title,
      theme: undefined,
      path: `${reportPath(slug)}#${partAnchor(part?.type ?? '', i)}`,
      metric,
    }));
    (problemsAt !== -1 && i > problemsAt ? out.after : out.before).push(...records);
  }
  return out;
}
