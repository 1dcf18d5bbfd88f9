/**
 * The figures for pages and data files: every metric of a report with its
 * section and link, built once per report from the validated archive.
 */
import { measureCount, reportRecords, sectionRecords } from '../lib/metrics/records.ts';
import type { MetricRecord } from '../lib/metrics/view.ts';
import { loadArchive, loadReport, type ReportModel } from './archive.ts';

export interface MetricsModel {
  /** Every metric in printed order: the report's own figures (section 0) where their parts stand, the sections' in section order. */
  records: MetricRecord[];
  /** Records by section number. */
  bySection: Map<number, MetricRecord[]>;
  /** Numbered measures across all sections. */
  measures: number;
}

function build(r: ReportModel): MetricsModel {
  const bySection = new Map<number, MetricRecord[]>();
  let measures = 0;
  for (const s of r.sections) {
    const paragraphs = r.paragraphs.get(s.data.number) ?? [];
    const subProblems = r.subProblems.get(s.data.number) ?? [];
    measures += measureCount(paragraphs, subProblems);
    bySection.set(
      s.data.number,
      sectionRecords(
        {
          report: r.slug,
          number: s.data.number,
          title: s.data.title,
          theme: s.data.theme,
          paragraphs,
          subProblems,
          metrics: s.data.metrics,
        },
        r.data.problemCount,
      ),
    );
  }
  // The report's own figures (its preamble, next steps…) around the problems', as printed.
  const own = reportRecords(r.slug, r.data.title, r.data, r.data.figures);
  return { records: [...own.before, ...[...bySection.values()].flat(), ...own.after], bySection, measures };
}

// Kept with the report it is built from: a new reading of the content (astro dev) builds it again.
const cache = new WeakMap<ReportModel, MetricsModel>();

/** The metrics model of one report, built once per reading of the content. */
export async function loadMetrics(slug: string): Promise<MetricsModel> {
  const r = await loadReport(slug);
  let m = cache.get(r);
  if (!m) {
    m = build(r);
    cache.set(r, m);
  }
  return m;
}

/** Every report's records, newest report first: for the site-wide data files. */
export async function loadAllMetrics(): Promise<MetricRecord[]> {
  const { reports } = await loadArchive();
  const out: MetricRecord[] = [];
  for (const r of reports) out.push(...(await loadMetrics(r.slug)).records);
  return out;
}
