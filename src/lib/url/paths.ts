/**
 * Site paths, independent of where the site is served. Pages prefix them
 * with the base path through joinBase, so every link works under /xszg/ too.
 */

/** Pads a section number for its URL: 6 → "06". Wider reports get wider numbers. */
export function sectionSlug(n: number, total = 99): string {
  return String(n).padStart(Math.max(2, String(total).length), '0');
}

/** The path of a section page, e.g. sections/06/. */
export function sectionPath(n: number, total?: number): string {
  return `sections/${sectionSlug(n, total)}/`;
}

/** Joins the configured base ("/", "/xszg/") and a site path ("sections/06/", "#m2"). */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  return b + path.replace(/^\/+/, '');
}
