/**
 * The preview's content gate (`npm run dev`): while the content check's
 * latest verdict (src/lib/dev/verdict.ts, posted by the content loaders
 * once per content change) has errors, every request for the site gets the
 * error page instead; and what a page asks to know whether to reload.
 */
import { createHash } from 'node:crypto';
import { formatIssues, type Issue } from '../issues.ts';

export interface PreviewGate {
  /** The errors of the latest verdict (none before the first). */
  errors: () => readonly Issue[];
  /** A short name of that verdict: the same errors give the same name; 'ok' when there are none. */
  state: () => string;
}

/** The name of a verdict: 'ok' for none, else a hash of the errors as the check prints them. */
export function verdictState(errors: readonly Issue[]): string {
  return errors.length === 0 ? 'ok' : createHash('sha256').update(formatIssues(errors)).digest('hex').slice(0, 16);
}

/** A gate over `latest`, the content check's latest errors; each verdict is named once. */
export function createPreviewGate(latest: () => readonly Issue[] | undefined): PreviewGate {
  let named: readonly Issue[] | undefined;
  let state = 'ok';
  const errors = (): readonly Issue[] => {
    const now = latest() ?? [];
    if (now !== named) {
      named = now;
      state = verdictState(now);
    }
    return now;
  };
  return {
    errors,
    state: () => {
      errors();
      return state;
    },
  };
}

/** Dev-server paths that are never the site: Vite's client and modules, source files, packages, the preview's own. */
const DEV_SERVER_PATH = /^\/(?:@|__|node_modules\/|src\/)/;

/**
 * What the gate does with a request: 'page' for a browser asking for a page
 * (an error page answers it), 'file' for anything else of the site (a short
 * refusal answers it: every address of the site is built from the content,
 * a missing one from the 404 page, which reads the content too), null for
 * the dev server's own paths and for methods other than GET and HEAD. `url`
 * is the path after the base path (Astro's dev server strips it first).
 */
export function gatedRequest(method: string | undefined, url: string | undefined, accept: string | undefined): 'page' | 'file' | null {
  if (method !== 'GET' && method !== 'HEAD') return null;
  const path = (url ?? '/').split(/[?#]/, 1)[0] ?? '/';
  if (DEV_SERVER_PATH.test(path)) return null;
  return accept?.includes('text/html') ? 'page' : 'file';
}
