/**
 * Synthetic archives for the scale benchmark: the shipped report's folder
 * copied as many times as it takes, each copy a report of its own with a
 * new slug, title and date, and its source text changed only in the signed
 * date line so every content check (fidelity included) passes exactly as it
 * does for the real report. Pure: the bench decides where the files go
 * (always a temporary project copy, never content/).
 */
import { parse, parseDocument } from 'yaml';

export interface ContentFile {
  /** Path relative to the content folder. */
  path: string;
  content: string;
}

export interface SectionSource {
  data: Record<string, unknown> & { number: number; title: string; heading: string };
  /** The MDX body, unchanged. */
  body: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string, file = 'section'): SectionSource {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: expected YAML frontmatter between --- lines`);
  const data = parse(m[1] ?? '') as SectionSource['data'];
  if (typeof data?.number !== 'number' || typeof data.title !== 'string' || typeof data.heading !== 'string') {
    throw new Error(`${file}: expected number, title and heading in the frontmatter`);
  }
  return { data, body: m[2] ?? '' };
}

/** A report folder's files: paths relative to the folder (report.yaml, source.txt, sections/…). */
export type ReportFiles = ReadonlyMap<string, string>;

/** The ISO date `days` after iso (UTC calendar arithmetic). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) throw new Error(`expected a date like 2022-12-20, found "${iso}"`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** 2023-01-05 → 2023年1月5日, the way the shipped report prints its date. */
export const printedDate = (iso: string) => {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
};

/** The title of the i-th copy: the report's own title, marked as synthetic. */
export const syntheticTitle = (title: string, i: number) => `${title}\uFF08合成第${i}份\uFF09`;

/**
 * Characters of the shipped text that no marker, number or date pattern
 * reads, and that stand in nearly every paragraph. Each copy writes them as
 * characters of its own (CJK Extension A, which the text never uses), in
 * every file alike, so every copy's paragraphs — and so its pages, its data
 * store entries and its index words — differ from every other copy's, as
 * real reports do; identical copies would let caches that deduplicate equal
 * strings (Astro's data store does) make a large archive look small.
 */
export const VARIED_CHARS = ['和', '等', '了', '进'] as const;

/** Text of copy i: each VARIED_CHARS character replaced by the copy's own; a bijection, so quotes stay quotes. */
export function variedText(text: string, i: number): string {
  if (i === 0) return text;
  const own = VARIED_CHARS.map((_, k) => String.fromCodePoint(0x3400 + ((i * VARIED_CHARS.length + k) % 0x19c0)));
  let out = text;
  VARIED_CHARS.forEach((c, k) => (out = out.split(c).join(own[k])));
  return out;
}

/**
 * The files of copy i (1, 2, …) of a report folder, under reports/<slug>/:
 * slug and date moved on by i days, title marked, the signature's printed
 * date (in report.yaml and as the last matching line of source.txt) rewritten
 * to the new date, and the text of every file varied (variedText).
 */
export function copyReport(files: ReportFiles, i: number, slugPrefix = 'synthetic'): ContentFile[] {
  const yamlText = files.get('report.yaml');
  const source = files.get('source.txt');
  if (yamlText === undefined || source === undefined) throw new Error('expected report.yaml and source.txt in the report folder');
  const doc = parseDocument(yamlText);
  const date = String(doc.get('date') ?? '');
  const title = String(doc.get('title') ?? '');
  const newDate = addDays(date, i);
  const slug = `${newDate}-${slugPrefix}-${String(i).padStart(4, '0')}`;
  doc.set('title', syntheticTitle(title, i));
  doc.set('date', newDate);
  const body = doc.get('body', true) as { items: { get: (k: string) => unknown; set: (k: string, v: unknown) => void }[] } | undefined;
  const signature = body?.items.find((p) => p.get('type') === 'signature');
  const signed = signature ? String(signature.get('date') ?? '') : '';
  let newSource = source;
  if (signature && signed) {
    const lines = source.split('\n');
    const at = lines.lastIndexOf(signed);
    if (at < 0) throw new Error(`source.txt: expected the signed date line "${signed}" of report.yaml, found none`);
    lines[at] = printedDate(newDate);
    newSource = lines.join('\n');
    signature.set('date', printedDate(newDate));
  }
  const out: ContentFile[] = [];
  for (const [path, content] of files) {
    const text = path === 'report.yaml' ? doc.toString({ lineWidth: 0 }) : path === 'source.txt' ? newSource : content;
    out.push({ path: `reports/${slug}/${path}`, content: variedText(text, i) });
  }
  return out;
}

/**
 * An archive of `reports` reports: the shipped one as it is, plus copies
 * 1 … reports − 1 of it (see copyReport). Only the copies are returned.
 */
export function syntheticArchive(files: ReportFiles, reports: number): ContentFile[] {
  if (!Number.isInteger(reports) || reports < 1) throw new Error(`expected a whole number of reports ≥ 1, found ${reports}`);
  const out: ContentFile[] = [];
  for (let i = 1; i < reports; i++) out.push(...copyReport(files, i));
  return out;
}

/** How many reports of `perReport` sections make at least n sections. */
export const reportsFor = (n: number, perReport: number) => Math.max(1, Math.ceil(n / perReport));
