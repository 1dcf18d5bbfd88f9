/**
 * Old addresses of the first edition (/sections/06/ …) were printed (the
 * print stylesheet prints permalinks), so each stays as a page that sends
 * the reader on. A meta refresh drops the #m2 fragment; this script carries
 * it over. It is the page's only script, allowed by its hash.
 */

/** The inline script of a moved page: go to target, keeping the fragment. */
export function movedScript(target: string): string {
  return `location.replace(${JSON.stringify(target)}+location.hash)`;
}
