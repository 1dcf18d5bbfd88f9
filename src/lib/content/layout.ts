/**
 * The layout of a report folder, in one place: content/reports/<slug>/ holds
 * these files. The content check, the importer and the collections use it;
 * every path into content/ is built here. Paths are relative to the project
 * root, with forward slashes, as the content check names files.
 */

/** The content folder, under the project root: everything an editor writes, and nothing else. */
export const CONTENT_DIR = 'content';
/** The folder of all reports, under the content folder. */
export const REPORTS_DIR = 'reports';
/** The report's data. */
export const REPORT_FILE = 'report.yaml';
/** The report's text exactly as published: the reference of every fidelity check, offered for download byte for byte. */
export const SOURCE_FILE = 'source.txt';
/** A source.txt a correction replaced, kept in the report folder under its SHA-256's first 12 hex digits. */
export const ARCHIVED_SOURCE = /^source-[0-9a-f]{12}\.txt$/;
/** The file name a replaced source.txt is kept as: source-<first 12 hex digits of its SHA-256>.txt. */
export function archivedSourceName(sha256: string): string {
  return `source-${sha256.slice(0, 12)}.txt`;
}
/** Percentages of the source deliberately not typed as figures, each with its reason. */
export const ALLOWLIST_FILE = 'metrics-allowlist.yaml';
/**
 * The file a report was imported from, kept as received: a Word document
 * (offered for download beside source.txt) or a saved portal page (never
 * published: served from this site it would run the portal's scripts here;
 * the full-text page shows only its SHA-256).
 */
export const ORIGINAL_FILES = { docx: 'original.docx', html: 'original.html' } as const;
/** The folder of the section entries. */
export const SECTIONS_DIR = 'sections';

/**
 * Every file a report folder may hold besides its sections/NN-标题.mdx, by
 * name or by a pattern of names: the one list of them. Any other file in a
 * report folder is reported (src/lib/content/folders.ts), so a file an
 * editor meant to count (a withdrawn.yaml beside report.yaml) never sits
 * there ignored. Add here what another part of the project keeps in a
 * report folder.
 */
export const REPORT_FOLDER_FILES: readonly (string | { pattern: RegExp; shown: string })[] = [
  REPORT_FILE,
  SOURCE_FILE,
  ALLOWLIST_FILE,
  ...Object.values(ORIGINAL_FILES),
  { pattern: ARCHIVED_SOURCE, shown: 'source-<校验值前12位 / sha>.txt' },
];

/** True for a file name (directly in a report folder) that REPORT_FOLDER_FILES lists. */
export function isReportFolderFile(name: string): boolean {
  return REPORT_FOLDER_FILES.some((k) => (typeof k === 'string' ? k === name : k.pattern.test(name)));
}

/** The files content/ is made of: what the content check opens (any other regular file is listed, not read). */
export const CONTENT_FILE = /\.(mdx|md|ya?ml|txt)$/;

/** A report's folder name is its address: lowercase letters, digits and hyphens. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,78}[a-z0-9])?$/;

/** Folder names that would clash with the site's own addresses. */
export const RESERVED_SLUGS: readonly string[] = [
  'search',
  'by-issuer',
  'data',
  'sections',
  'feedback',
  'pagefind',
  'feed',
  'feed.xml',
  '404',
  '_astro',
  'favicon.svg',
  'sitemap-index.xml',
  'sitemap-0.xml',
];

/** The folder of all reports: content/reports (or under another content folder). */
export function reportsDir(contentDir = CONTENT_DIR): string {
  return `${contentDir}/${REPORTS_DIR}`;
}

/** A report's folder: content/reports/<slug>. */
export function reportDir(slug: string, contentDir = CONTENT_DIR): string {
  return `${reportsDir(contentDir)}/${slug}`;
}

/** A file of a report's folder: content/reports/<slug>/<name>, e.g. reportFile(slug, SOURCE_FILE). */
export function reportFile(slug: string, name: string, contentDir = CONTENT_DIR): string {
  return `${reportDir(slug, contentDir)}/${name}`;
}

/** A section file's path in its report's folder: sections/<name>. */
export function sectionFile(name: string): string {
  return `${SECTIONS_DIR}/${name}`;
}

/** Whether a path is a section entry: …/sections/<name>.mdx. */
export function isSectionFile(path: string): boolean {
  const parts = path.split(/[\\/]/);
  return parts.length >= 2 && parts.at(-2) === SECTIONS_DIR && (parts.at(-1) ?? '').endsWith('.mdx');
}

/** A section entry's id, <slug>/NN-标题, from its report's slug and its file's path. */
export function sectionEntryId(slug: string, path: string): string {
  return `${slug}/${(path.split('/').at(-1) ?? '').replace(/\.mdx$/, '')}`;
}

/** A readable file name for a section: 06-安全生产监管不到位.mdx. */
export function sectionFileName(s: { number: number; title: string }): string {
  const slug = s.title.replace(/[\s“”"‘’'、,，。.:：;；!?！？()（）《》<>/\\|*]+/g, '').slice(0, 40);
  return `${String(s.number).padStart(2, '0')}-${slug}.mdx`;
}
