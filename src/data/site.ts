/**
 * The one place pages get the report from. Loads the collections, runs the
 * cross-entry and fidelity checks, and fails the build with a message naming
 * file, field, what was expected and what was found.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkNumbering, formatIssues, type ContentIssue } from '../lib/content/cross-entry.ts';
import { bodyParagraphs } from '../lib/content/body-text.ts';
import { diffAgainstSource, firstDifference, reconstructLines } from '../lib/fidelity/reconstruct.ts';
import { groupByTheme } from '../lib/report/themes.ts';
import { checkSectionMetrics } from '../lib/metrics/check.ts';
import { allowlistWarnings, coverageIssues } from '../lib/metrics/coverage.ts';
import { ALLOWLIST_FILE, loadAllowlist } from './allowlist.ts';
import type { ReportData } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

export interface SiteModel {
  report: ReportData;
  sections: SectionEntry[];
  themes: ReturnType<typeof groupByTheme<SectionEntry>>;
}

const REPORT_FILE = 'content/report.yaml';

function fileOf(entry: SectionEntry): string {
  return entry.filePath ?? `content/sections/${entry.id}.mdx`;
}

async function load(): Promise<SiteModel> {
  const [reportEntry, ...extra] = await getCollection('report');
  if (!reportEntry || extra.length > 0) throw new Error(`${REPORT_FILE}: 应有且只有一个 report.yaml / expected exactly one report entry, found ${extra.length + (reportEntry ? 1 : 0)}`);
  const report = reportEntry.data;
  const sections = (await getCollection('sections')).sort((a, b) => a.data.number - b.data.number);

  const issues: ContentIssue[] = checkNumbering(
    sections.map((s) => ({ file: fileOf(s), number: s.data.number, title: s.data.title })),
    report.problemCount,
    REPORT_FILE,
  );
  if (issues.length === 0) {
    const source = readFileSync(join('content', report.source), 'utf8');
    const rebuilt = reconstructLines(
      report,
      sections.map((s) => ({ number: s.data.number, heading: s.data.heading, paragraphs: bodyParagraphs(s.body ?? '') })),
    );
    for (const d of diffAgainstSource(source, rebuilt)) {
      issues.push({
        file: `content/${report.source}:${d.line}`,
        field: '原文一致性 / fidelity',
        message: d.found === null ? `条目中缺少这一行 / line missing from the entries: “${d.expected.slice(0, 40)}…”` : firstDifference(d.expected, d.found),
      });
    }
  }
  // Metrics: every figure against its quote and its arithmetic (src/lib/metrics/check.ts).
  for (const s of sections) {
    const result = checkSectionMetrics({ file: fileOf(s), number: s.data.number, paragraphs: bodyParagraphs(s.body ?? ''), metrics: s.data.metrics });
    issues.push(...result.errors);
    for (const w of result.warnings) console.warn(`⚠ 指标提示 / metric warning: ${formatIssues([w])}`);
  }
  // Every percentage of the source belongs to a metric's quote or the allowlist.
  const allowlist = loadAllowlist();
  const covers = [...sections.flatMap((s) => s.data.metrics.map((m) => m.quote)), ...allowlist.map((e) => e.context)];
  for (const w of allowlistWarnings(allowlist, ALLOWLIST_FILE)) console.warn(`⚠ 原文提示 / source warning: ${formatIssues([w])}`);
  issues.push(...coverageIssues(readFileSync(join('content', report.source), 'utf8'), `content/${report.source}`, covers, ALLOWLIST_FILE));
  if (issues.length > 0) throw new Error(`内容检查未通过 / content check failed:\n${formatIssues(issues)}`);
  return { report, sections, themes: groupByTheme(sections, (s) => s.data.theme) };
}

let cached: Promise<SiteModel> | undefined;

/** The validated report, loaded once per build. */
export function loadSite(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
