/**
 * The preview's content gate (`npm run dev`): while the content check's
 * latest verdict (src/lib/dev/verdict.ts, posted by the content loaders
 * once per content change) has errors, every request for the site gets the
 * error page instead; and what a page asks to know whether to reload.
 *
 * A fix is let through only once Astro has written its content store after
 * it: the store (which the pages read, src/data/archive.ts) is saved a
 * moment after the loaders fill it, and a page built before that would be
 * built from the failing reading — and Astro's dev server can keep that
 * stale store (seen on Astro 7.3), leaving the preview broken after the fix.
 */
import { createHash } from 'node:crypto';
import { formatIssues, type Issue } from '../issues.ts';
import type { Verdict } from './verdict.ts';

export interface PreviewGate {
  /** The errors to show: the latest verdict's, or the last errors until a fix is in Astro's store (none before the first verdict). */
  errors: () => readonly Issue[];
  /** A short name of those errors: the same errors give the same name; 'ok' when there are none. */
  state: () => string;
}

/** The name of a verdict: 'ok' for none, else a hash of the errors as the check prints them. */
export function verdictState(errors: readonly Issue[]): string {
  return errors.length === 0 ? 'ok' : createHash('sha256').update(formatIssues(errors)).digest('hex').slice(0, 16);
}

/** After this long without a store write, a fix is let through anyway (Astro skips writing a store that did not change). */
export const STORE_WAIT_LIMIT_MS = 10_000;

/**
 * A gate over `latest`, the content check's latest verdict, and
 * `storeWrittenAt`, when Astro last wrote its content store (ms since the
 * epoch; undefined if unknown).
 */
export function createPreviewGate(
  latest: () => Verdict | undefined,
  storeWrittenAt: () => number | undefined = () => undefined,
  now: () => number = Date.now,
): PreviewGate {
  let shown: readonly Issue[] = [];
  let named: readonly Issue[] | undefined;
  let state = 'ok';
  const errors = (): readonly Issue[] => {
    const v = latest();
    if (v && v.errors.length > 0) shown = v.errors;
    else if (v && shown.length > 0) {
      const written = storeWrittenAt();
      if (written === undefined || written >= v.postedAt || now() - v.postedAt >= STORE_WAIT_LIMIT_MS) shown = [];
    }
    if (shown !== named) {
      named = shown;
      state = verdictState(shown);
    }
    return shown;
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
