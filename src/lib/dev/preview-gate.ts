/**
 * The preview's content gate (`npm run dev`): while the content check finds
 * errors, every page request gets the error page instead of the site. The
 * check runs once per content change (and once at the first page), not per
 * request; after a change the browser is told to reload when what it shows
 * must change: the site turning into the error page, the error page into
 * the site, or one list of errors into another.
 */
import { formatIssues, type Issue } from '../issues.ts';

export interface PreviewGate {
  /** The errors of the content as it was at the last change (checked now if never yet). */
  errors: () => readonly Issue[];
  /** A content file changed: checks again; true when an open page must reload to show the change. */
  recheck: () => boolean;
}

/** A gate over `check`, which returns the content check's errors for the tree as it is on disk. */
export function createPreviewGate(check: () => readonly Issue[]): PreviewGate {
  let errors: readonly Issue[] | undefined;
  let shown = '';
  const run = () => {
    errors = check();
    shown = formatIssues(errors);
  };
  return {
    errors: () => {
      if (errors === undefined) run();
      return errors ?? [];
    },
    recheck: () => {
      const before = errors === undefined ? undefined : shown;
      run();
      // Both clean: the site's own reload (Astro's, once the content store has the change) is enough.
      if (before === undefined) return shown !== '';
      return before !== shown;
    },
  };
}

/** Dev-server paths that are never pages: Vite's client and modules, source files, packages, bundled assets. */
const NOT_A_PAGE = /^\/(?:@|__|node_modules\/|src\/|_astro\/)/;

/**
 * A request the browser makes for a page (a navigation or a reload): GET or
 * HEAD, asking for HTML, not one of the dev server's own paths. `url` is the
 * path after the base path (Astro's dev server strips it first).
 */
export function isPageRequest(method: string | undefined, url: string | undefined, accept: string | undefined): boolean {
  if (method !== 'GET' && method !== 'HEAD') return false;
  if (!accept?.includes('text/html')) return false;
  const path = (url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  return !NOT_A_PAGE.test(path);
}
