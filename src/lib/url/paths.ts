/**
 * Site paths, independent of where the site is served. Pages prefix them
 * with the base path through joinBase, so every link works under /xszg/ too.
 * Every report lives under its slug: /<slug>/, /<slug>/sections/06/ …
 */

/** Pads a section number for its URL: 6 → "06". Wider reports get wider numbers. */
export function sectionSlug(n: number, total = 99): string {
  return String(n).padStart(Math.max(2, String(total).length), '0');
}

/** A report's home, e.g. 2022-12-20-jiangyan/. */
export function reportPath(slug: string): string {
  return `${slug}/`;
}

/** The id of a printed part on its report's home: "problems" for the problems part, part-N (1-based) for the others. */
export function partAnchor(type: string, index: number): string {
  return type === 'problems' ? 'problems' : `part-${index + 1}`;
}

/** The path of a section page, e.g. 2022-12-20-jiangyan/sections/06/. */
export function sectionPath(slug: string, n: number, total?: number): string {
  return `${slug}/sections/${sectionSlug(n, total)}/`;
}

/** A report's feedback page. */
export function feedbackPath(slug: string): string {
  return `${slug}/feedback/`;
}

/** A report's open-data page; its files are data/metrics.csv and data/metrics.json under it. */
export function dataPath(slug: string): string {
  return `${slug}/data/`;
}

/** A report's full text, rebuilt from its entries. */
export function fullTextPath(slug: string): string {
  return `${slug}/full-text/`;
}

/** The source text as stored, byte for byte. */
export function sourcePath(slug: string): string {
  return `${slug}/source.txt`;
}

/** A source text a correction replaced, byte for byte, e.g. 2022-12-20-jiangyan/source-1e1f3890ef20.txt. */
export function replacedSourcePath(slug: string, file: string): string {
  return `${slug}/${file}`;
}

/** The Word document a report was imported from, byte for byte (reports imported from a .docx only). */
export function originalDocxPath(slug: string): string {
  return `${slug}/original.docx`;
}

/** The search page, optionally limited to one report. */
export function searchPath(report?: string): string {
  return report ? `search/?report=${encodeURIComponent(report)}` : 'search/';
}

/** Joins the configured base ("/", "/xszg/") and a site path ("sections/06/", "#m2"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
