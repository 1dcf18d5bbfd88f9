/**
 * The merge behind `npm run import -- FILE --slug S --update`: a corrected
 * source, parsed, goes into a report editors have worked on, without losing
 * their work. A three-way merge, as version control does it, of
 *   base   — what the importer makes of the text being replaced,
 *   ours   — the report's files as they are now (the editors' work),
 *   theirs — what the importer makes of the corrected text:
 * a field the editors left as the importer wrote it takes the corrected
 * text's value; a field they changed keeps their value, as long as it still
 * holds against the corrected text (a figure's quote still stands, a title is
 * still in its heading), else the corrected text's value. Fields that are the
 * text itself (the printed parts, the headings, the date) always follow the
 * corrected text. Pure: parsed data in, merged data out; any source format
 * (.txt today, .docx or .html later) comes here as a ParsedReport.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Metric, AllowlistEntry } from '../../schemas/metric.ts';
import type { ReportData } from '../../schemas/report.ts';
import type { SectionData } from '../../schemas/section.ts';
import { checkSectionMetrics } from '../metrics/check.ts';
import { printedLines } from '../report/walk.ts';

const equal = (a: unknown, b: unknown) => isDeepStrictEqual(a ?? null, b ?? null);

/** A value of a field: ours unless ours is still the importer's (base), then theirs. Without a base, ours. */
export function pick<T>(hasBase: boolean, base: T | undefined, ours: T | undefined, theirs: T | undefined): T | undefined {
  return hasBase && equal(ours, base) ? theirs : ours;
}

/** What merging a list of figures (by id) did. */
export interface ListMerge<T> {
  items: T[];
  /** Items of ours that are gone: their quote no longer stands, or the importer no longer finds them. */
  removed: T[];
  /** Items of ours the corrected text changed (the importer's, untouched by editors). */
  replaced: T[];
  /** The edits that turn ours into items, by index of ours: so a YAML file keeps the comments of what is unchanged. */
  edit: { remove: number[]; replace: [number, T][]; add: T[] };
}

/**
 * Merges figures by id. An editor's figure (not the importer's as it wrote
 * it) stays while it stands against the corrected text; the importer's own
 * follow the corrected text; a new one of the importer's is added unless
 * editors had removed it.
 */
export function mergeById<T extends { id: string }>(
  hasBase: boolean,
  base: readonly T[],
  ours: readonly T[],
  theirs: readonly T[],
  stands: (item: T) => boolean,
): ListMerge<T> {
  const items: T[] = [];
  const removed: T[] = [];
  const replaced: T[] = [];
  const edit: ListMerge<T>['edit'] = { remove: [], replace: [], add: [] };
  ours.forEach((o, i) => {
    const b = base.find((x) => x.id === o.id);
    const t = theirs.find((x) => x.id === o.id);
    if (hasBase && b && equal(o, b)) {
      if (t && equal(t, o)) items.push(o);
      else if (t) {
        items.push(t);
        replaced.push(o);
        edit.replace.push([i, t]);
      } else {
        removed.push(o);
        edit.remove.push(i);
      }
    } else if (stands(o)) items.push(o);
    else {
      removed.push(o);
      edit.remove.push(i);
    }
  });
  if (hasBase) {
    for (const t of theirs) {
      if (ours.some((o) => o.id === t.id) || base.some((b) => b.id === t.id)) continue;
      items.push(t);
      edit.add.push(t);
    }
  }
  return { items, removed, replaced, edit };
}

/** True when a figure still holds against paragraphs: the content check finds nothing wrong with it. */
export function figureStands(m: Metric, paragraphs: string[], number: number): boolean {
  return checkSectionMetrics({ file: '', number, paragraphs, metrics: [m] }).errors.length === 0;
}

/** A section as the importer gives it: its frontmatter data and body paragraphs. */
export interface SectionIn {
  data: SectionData;
  paragraphs: string[];
}

/** A section's merged frontmatter and where it came from. */
export interface SectionMerge {
  data: SectionData;
  metrics: ListMerge<Metric>;
  /** Fields an editor had changed that no longer fit the corrected text: the corrected text's value was taken. */
  reset: string[];
  /** The theme was left out: neither the editors' nor the importer's is one of the report's themes. */
  themeDropped: boolean;
}

/** Fields of a section that are its printed text: always the corrected text's. */
const SECTION_TEXT = new Set(['number', 'heading', 'marker']);

/**
 * Merges one problem's frontmatter: `ours` as it stands (parsed), `base`
 * the importer's from the replaced text (undefined: none to compare with),
 * `theirs` from the corrected text, whose paragraphs are the new body.
 */
export function mergeSection(base: SectionData | undefined, ours: SectionData, theirs: SectionIn, themes: readonly string[]): SectionMerge {
  const hasBase = base !== undefined;
  const t = theirs.data;
  const reset: string[] = [];
  const inText = (s: string) => t.heading.includes(s) || theirs.paragraphs.some((p) => p.includes(s));
  const fits: Record<string, (v: unknown) => boolean> = {
    title: (v) => typeof v === 'string' && t.heading.includes(v),
    status: (v) => v === undefined || (typeof v === 'string' && inText(v)),
    theme: (v) => v === undefined || themes.includes(String(v)),
  };
  const out: Record<string, unknown> = {};
  const keys = new Set([...Object.keys(ours), ...Object.keys(t)]);
  for (const key of keys) {
    if (key === 'metrics') continue;
    const o = (ours as Record<string, unknown>)[key];
    const th = (t as Record<string, unknown>)[key];
    let v = SECTION_TEXT.has(key) ? th : pick(hasBase, (base as Record<string, unknown> | undefined)?.[key], o, th);
    const holds = fits[key];
    if (holds && !holds(v)) {
      if (!equal(v, th)) reset.push(key);
      v = th;
    }
    if (v !== undefined) out[key] = v;
  }
  let themeDropped = false;
  if (out['theme'] !== undefined && !themes.includes(String(out['theme']))) {
    delete out['theme'];
    themeDropped = true;
  }
  const metrics = mergeById(hasBase, base?.metrics ?? [], ours.metrics, t.metrics, (m) => figureStands(m, theirs.paragraphs, t.number));
  return {
    data: { ...out, metrics: metrics.items } as SectionData,
    metrics,
    reset: reset.filter((k) => k !== 'theme' || !themeDropped),
    themeDropped,
  };
}

/** A report's merged data and where it came from. */
export interface ReportMerge {
  data: ReportData;
  figures: ListMerge<Metric>;
}

/** Fields of report.yaml that are the printed text, or follow from it: always the corrected text's. */
const REPORT_TEXT = new Set(['body', 'problemCount', 'date']);

/** Merges report.yaml's data (corrections are the caller's: it appends the new one). */
export function mergeReportData(base: ReportData | undefined, ours: ReportData, theirs: ReportData): ReportMerge {
  const hasBase = base !== undefined;
  const out: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(ours), ...Object.keys(theirs)])) {
    if (key === 'figures') continue;
    const o = (ours as Record<string, unknown>)[key];
    const th = (theirs as Record<string, unknown>)[key];
    const v = REPORT_TEXT.has(key)
      ? th
      : key === 'corrections'
        ? o
        : pick(hasBase, (base as Record<string, unknown> | undefined)?.[key], o, th);
    if (v !== undefined) out[key] = v;
  }
  // The report's own paragraphs as corrected: where its figures must still stand.
  const own = printedLines({ body: theirs.body } as ReportData, []).map((l) => l.text);
  const figures = mergeById(hasBase, base?.figures ?? [], ours.figures, theirs.figures, (m) => figureStands(m, own, 0));
  return { data: { ...out, figures: figures.items } as ReportData, figures };
}

/** Where an allowlist entry's context must still be printed: the paragraphs of its section (0: the report's own). */
export type ParagraphsOf = (section: number) => readonly string[];

/** The allowlist entries that still hold (their context still printed where they say), and those that do not. */
export function keptAllowlist(
  entries: readonly AllowlistEntry[],
  paragraphsOf: ParagraphsOf,
): { kept: AllowlistEntry[]; dropped: { index: number; entry: AllowlistEntry }[] } {
  const kept: AllowlistEntry[] = [];
  const dropped: { index: number; entry: AllowlistEntry }[] = [];
  entries.forEach((entry, index) => {
    if (paragraphsOf(entry.section).some((p) => p.includes(entry.context))) kept.push(entry);
    else dropped.push({ index, entry });
  });
  return { kept, dropped };
}
