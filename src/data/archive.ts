/**
 * The one place pages get the archive from. Loads the collections (Astro
 * validates each entry against its schema), runs the same content check as
 * `npm run check:content` unless the build already did, and puts each report
 * together with its sections, themes, contact block and related reports.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssues } from '../lib/issues.ts';
import { groupByTheme } from '../lib/report/themes.ts';
import { partOf } from '../lib/report/walk.ts';
import { bodyParagraphs } from '../lib/content/body-text.ts';
import type { ContactData, ReportData } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

export interface ReportModel {
  slug: string;
  data: ReportData;
  /** Sections in number order. */
  sections: SectionEntry[];
  /** Each section's body paragraphs as a reader sees them, by number. */
  paragraphs: Map<number, string[]>;
  /** Problems grouped by the report's own themes; empty when it has none. */
  themes: { theme: string; items: SectionEntry[] }[];
  contact: ContactData | undefined;
  /** The report this one follows up, and those that follow it up. */
  follows: ReportModel | undefined;
  followedBy: ReportModel[];
}

export interface ArchiveModel {
  /** Every report, newest first (undated last). */
  reports: ReportModel[];
  bySlug: Map<string, ReportModel>;
}

/** Newest first; reports without a date after the dated ones, then by slug. */
export function byDateDesc(a: { slug: string; data: { date?: string | undefined } }, b: { slug: string; data: { date?: string | undefined } }): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  return a.slug.localeCompare(b.slug);
}

async function load(): Promise<ArchiveModel> {
  // The same checks as `npm run check:content` (src/lib/content/run.ts), so
  // `astro dev` and `astro build` refuse bad content too; scripts/build.ts
  // runs them itself (in the sections loader, or as a process of its own for
  // a large archive) and says so, so a build does not run them twice.
  if (process.env['XSZG_CONTENT_CHECKED'] !== '1') {
    // Imported from the project's source when it runs, not bundled: the
    // check's ~20 modules would otherwise be compiled into every build's
    // pages (≈ 0.1 s of CPU), only to be skipped when scripts/build.ts has checked.
    const files = pathToFileURL(join(process.cwd(), 'src/lib/content/files.ts')).href;
    const { assertContent } = (await import(/* @vite-ignore */ files)) as typeof import('../lib/content/files.ts');
    for (const w of assertContent(process.cwd())) console.warn(`⚠ ${formatIssues([w])}`);
  }
  const entries = await getCollection('reports');
  const sections = await getCollection('sections');
  // Sections grouped by their report in one pass: linear in the archive, whatever its number of reports.
  const bySection = new Map<string, SectionEntry[]>();
  for (const s of sections) {
    const slug = s.id.slice(0, s.id.indexOf('/'));
    const list = bySection.get(slug);
    if (list) list.push(s);
    else bySection.set(slug, [s]);
  }
  const bySlug = new Map<string, ReportModel>();
  for (const e of entries) {
    const own = (bySection.get(e.id) ?? []).sort((a, b) => a.data.number - b.data.number);
    bySlug.set(e.id, {
      slug: e.id,
      data: e.data,
      sections: own,
      paragraphs: new Map(own.map((s) => [s.data.number, bodyParagraphs(s.body ?? '')])),
      themes: groupByTheme(own, (s) => s.data.theme, e.data.themes.map((t) => t.name)),
      contact: partOf(e.data, 'contact'),
      follows: undefined,
      followedBy: [],
    });
  }
  for (const r of bySlug.values()) {
    const f = r.data.follows ? bySlug.get(r.data.follows) : undefined;
    if (f) {
      r.follows = f;
      f.followedBy.push(r);
    }
  }
  const reports = [...bySlug.values()].sort(byDateDesc);
  return { reports, bySlug };
}

let cached: Promise<ArchiveModel> | undefined;

/**
 * The validated archive, loaded once per build. In `astro dev` it is loaded
 * on every request, so an edit to any content file (source.txt too, which is
 * no collection's) shows on the next one; and a failed load is never kept, so
 * a fixed mistake does not leave the pages showing the old error.
 */
export function loadArchive(): Promise<ArchiveModel> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  cached.catch(() => (cached = undefined));
  return cached;
}

/** One report by slug; throws naming the slug when there is none. */
export async function loadReport(slug: string): Promise<ReportModel> {
  const r = (await loadArchive()).bySlug.get(slug);
  if (!r) throw new Error(`没有文件夹为“${slug}”的通报 / expected a report folder content/reports/${slug}/, found none`);
  return r;
}
