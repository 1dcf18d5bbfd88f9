/**
 * The report's figures for pages and data files: every metric with its
 * section and link, built once from the validated site model.
 */
import { bodyParagraphs } from '../lib/content/body-text.ts';
import { measureCount, sectionRecords } from '../lib/metrics/records.ts';
import type { MetricRecord } from '../lib/metrics/view.ts';
import { loadSite } from './site.ts';

export interface MetricsModel {
  /** Every metric, in section order. */
  records: MetricRecord[];
  /** Records by section number. */
  bySection: Map<number, MetricRecord[]>;
  /** Numbered measures across all sections. */
  measures: number;
}

async function build(): Promise<MetricsModel> {
  const { sections, report } = await loadSite();
  const bySection = new Map<number, MetricRecord[]>();
  let measures = 0;
  for (const s of sections) {
    const paragraphs = bodyParagraphs(s.body ?? '');
    measures += measureCount(paragraphs);
    bySection.set(s.data.number, sectionRecords({ number: s.data.number, title: s.data.title, theme: s.data.theme, paragraphs, metrics: s.data.metrics }, report.problemCount));
  }
  return { records: [...bySection.values()].flat(), bySection, measures };
}

let cached: Promise<MetricsModel> | undefined;

/** The metrics model, built once per build. */
export function loadMetrics(): Promise<MetricsModel> {
  cached ??= build();
  return cached;
}
