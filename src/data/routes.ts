/**
 * Every page's props from one place (as Starlight's utils/routing does):
 * the report pages, the section pages with their neighbours, and the old
 * addresses of the first edition that now redirect.
 */
import { siteConfig } from '../../site.config.ts';
import { sectionSlug } from '../lib/url/paths.ts';
import { loadArchive, type ReportModel, type SectionEntry } from './archive.ts';

export interface ReportRoute {
  params: { report: string };
  props: { report: ReportModel };
}

export interface SectionRoute {
  params: { report: string; n: string };
  props: { report: ReportModel; entry: SectionEntry; prev: SectionEntry | undefined; next: SectionEntry | undefined };
}

/** One route per report. */
export async function reportRoutes(): Promise<ReportRoute[]> {
  const { reports } = await loadArchive();
  return reports.map((report) => ({ params: { report: report.slug }, props: { report } }));
}

/** One route per section of every report. Withdrawn reports keep their addresses (their pages say so). */
export async function sectionRoutes(): Promise<SectionRoute[]> {
  const { reports } = await loadArchive();
  return reports.flatMap((report) =>
    report.sections.map((entry, i) => ({
      params: { report: report.slug, n: sectionSlug(entry.data.number, report.data.problemCount) },
      props: { report, entry, prev: report.sections[i - 1], next: report.sections[i + 1] },
    })),
  );
}

/** The report the first edition's flat addresses belong to, if the site keeps them. */
export async function legacyReport(): Promise<ReportModel | undefined> {
  const slug = siteConfig.legacyReport;
  return slug ? (await loadArchive()).bySlug.get(slug) : undefined;
}
