/**
 * The one place pages get the archive from: the collections as the content
 * loaders stored them (src/data/loaders.ts, one reading of content/, checked
 * once), each report put together with its sections, themes, contact block
 * and related reports. Reads no file; in `astro dev` a failed content check
 * is thrown here with its message, so every page shows it.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { groupByTheme } from '../lib/report/themes.ts';
import { partOf } from '../lib/report/walk.ts';
import { CHECK_ENTRY, type OriginalFile, type SourceText } from '../lib/content/entries.ts';
import { reportDir } from '../lib/content/layout.ts';
import type { RenderedBody } from '../lib/markdown/rendered-body.ts';
import type { AllowlistEntry } from '../schemas/metric.ts';
import type { ContactData, ReportData } from '../schemas/report.ts';

export type SectionEntry = CollectionEntry<'sections'>;

export interface ReportModel {
  slug: string;
  data: ReportData;
  /** The source text as stored, its SHA-256 and size. */
  source: SourceText;
  /** The texts its corrections replaced, kept as source-<sha12>.txt (see data.corrections). */
  replaced: SourceText[];
  /** The percentages of the source deliberately not typed as figures, each with its reason. */
  allowlist: AllowlistEntry[];
  /** The file the report was imported from (a Word document or a saved page), if its folder keeps one. */
  original: OriginalFile | undefined;
  /** Sections in number order. */
  sections: SectionEntry[];
  /** Each section's body paragraphs as a reader sees them, by number. */
  paragraphs: Map<number, string[]>;
  /** Each section's sub-problem headings (its ### lines, among the paragraphs), by number. */
  subProblems: Map<number, string[]>;
  /** Problems grouped by the report's own themes; empty when it has none. */
  themes: { theme: string; items: SectionEntry[] }[];
  contact: ContactData | undefined;
  /** The report this one follows up, and those that follow it up. */
  follows: ReportModel | undefined;
  followedBy: ReportModel[];
  /** When withdrawn: the report that replaces it (withdrawn.replacedBy), if named. */
  replacedBy: ReportModel | undefined;
}

export interface ArchiveModel {
  /** Every report, newest first (undated last). */
  reports: ReportModel[];
  bySlug: Map<string, ReportModel>;
}

/** Newest first; reports without a date after the dated ones, then by slug. */
export function byDateDesc(
  a: { slug: string; data: { date?: string | undefined } },
  b: { slug: string; data: { date?: string | undefined } },
): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
  return a.slug.localeCompare(b.slug);
}

async function assemble(): Promise<ArchiveModel> {
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
    const { source, replaced, allowlist, original, ...data } = e.data;
    bySlug.set(e.id, {
      slug: e.id,
      data,
      source,
      replaced,
      allowlist,
      original,
      sections: own,
      paragraphs: new Map(own.map((s) => [s.data.number, s.data.paragraphs])),
      subProblems: new Map(own.map((s) => [s.data.number, s.data.subProblems])),
      themes: groupByTheme(
        own,
        (s) => s.data.theme,
        data.themes.map((t) => t.name),
      ),
      contact: partOf(data, 'contact'),
      follows: undefined,
      followedBy: [],
      replacedBy: undefined,
    });
  }
  for (const r of bySlug.values()) {
    const f = r.data.follows ? bySlug.get(r.data.follows) : undefined;
    if (f) {
      r.follows = f;
      f.followedBy.push(r);
    }
    const by = r.data.withdrawn?.replacedBy;
    r.replacedBy = by === undefined ? undefined : bySlug.get(by);
  }
  const reports = [...bySlug.values()].sort(byDateDesc);
  return { reports, bySlug };
}

let cached: { reading: string; model: Promise<ArchiveModel> } | undefined;

/**
 * The archive of the loaders' last reading, put together once per reading:
 * once per build, and in `astro dev` once per content change. Throws the
 * content check's message when that reading failed it (only `astro dev` gets
 * so far; a build stops in the loaders).
 */
export async function loadArchive(): Promise<ArchiveModel> {
  const check = await getEntry('contentCheck', CHECK_ENTRY);
  if (!check) throw new Error('内容尚未读取 / expected the content loaders to have read content/, found no reading');
  if (check.data.errors) throw new Error(check.data.errors);
  if (cached?.reading !== check.data.reading) {
    const model = assemble();
    cached = { reading: check.data.reading, model };
    model.catch(() => (cached = undefined));
  }
  return cached.model;
}

/** A section's body as the sections loader rendered it: its HTML and the places of its figures. */
export function renderedBody(entry: SectionEntry): RenderedBody {
  const html = entry.rendered?.html;
  if (html === undefined)
    throw new Error(`${entry.filePath ?? entry.id}: 正文未能生成 HTML / expected the entry's rendered HTML, found none`);
  return { html, places: (entry.rendered?.metadata?.['places'] as RenderedBody['places'] | undefined) ?? [] };
}

/** One report by slug; throws naming the slug when there is none. */
export async function loadReport(slug: string): Promise<ReportModel> {
  const r = (await loadArchive()).bySlug.get(slug);
  if (!r) throw new Error(`没有文件夹为“${slug}”的通报 / expected a report folder ${reportDir(slug)}/, found none`);
  return r;
}
