/**
 * The one place pages get the report from. Loads the collections (Astro
 * validates each entry against its schema), runs the cross-entry, figure and
 * fidelity checks, and fails the build with a message naming file and line,
 * field, what was expected and what was found.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { formatIssues } from '../lib/content/cross-entry.ts';
import { assertContent } from '../lib/content/files.ts';
import { groupByTheme } from '../lib/report/themes.ts';
import type { ReportData } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

export interface SiteModel {
  report: ReportData;
  sections: SectionEntry[];
  themes: ReturnType<typeof groupByTheme<SectionEntry>>;
}

const REPORT_FILE = 'content/report.yaml';

async function load(): Promise<SiteModel> {
  const [reportEntry, ...extra] = await getCollection('report');
  if (!reportEntry || extra.length > 0) throw new Error(`${REPORT_FILE}: 应有且只有一个 report.yaml / expected exactly one report entry, found ${extra.length + (reportEntry ? 1 : 0)}`);
  const report = reportEntry.data;
  const sections = (await getCollection('sections')).sort((a, b) => a.data.number - b.data.number);

  // The same checks as `npm run check:content` (numbering, figures, coverage,
  // fidelity; src/lib/content/check.ts), so `astro dev` and `astro build`
  // refuse bad content too. scripts/build.ts runs them just before Astro and
  // says so, so a build does not run them twice.
  if (process.env['XSZG_CONTENT_CHECKED'] !== '1') {
    for (const w of assertContent(process.cwd())) console.warn(`⚠ ${formatIssues([w])}`);
  }
  return { report, sections, themes: groupByTheme(sections, (s) => s.data.theme) };
}

let cached: Promise<SiteModel> | undefined;

/** The validated report, loaded once per build. */
export function loadSite(): Promise<SiteModel> {
  cached ??= load();
  return cached;
}
