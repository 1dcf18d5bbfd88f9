/**
 * The preview's content gate (`npm run dev`): while the content check finds
 * errors, every request for the site gets the error page instead. Before
 * answering, the gate compares the content folder's fingerprint (names,
 * sizes and times of its files: a few stat calls) with the one it last
 * checked, and runs the check again only when they differ — once per
 * change, never per request, and never on a verdict older than the files,
 * whatever the file watcher has or has not reported yet.
 */
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { formatIssues, type Issue } from '../issues.ts';

export interface PreviewGate {
  /** The content's errors as the files are now. */
  errors: () => readonly Issue[];
  /** A short name of that verdict: the same errors give the same name; 'ok' when there are none. */
  state: () => string;
}

/** The name of a verdict: 'ok' for none, else a hash of the errors as the check prints them. */
export function verdictState(errors: readonly Issue[]): string {
  return errors.length === 0 ? 'ok' : createHash('sha256').update(formatIssues(errors)).digest('hex').slice(0, 16);
}

/**
 * A gate over `check` (the content check's errors for the files as they are
 * on disk), checking again when `fingerprint` changes; `onVerdict` hears
 * each new verdict after the first.
 */
export function createPreviewGate(check: () => readonly Issue[], fingerprint: () => string, onVerdict: (errors: readonly Issue[]) => void = () => {}): PreviewGate {
  let errors: readonly Issue[] | undefined;
  let state = '';
  let checked: string | undefined;
  const current = (): readonly Issue[] => {
    const now = fingerprint();
    if (errors === undefined || now !== checked) {
      const before = state;
      errors = check();
      state = verdictState(errors);
      checked = now;
      if (before !== '' && before !== state) onVerdict(errors);
    }
    return errors;
  };
  return {
    errors: current,
    state: () => {
      current();
      return state;
    },
  };
}

/** Every file under dir (hidden ones left out), with its size and modification time, in a stable order. */
export function folderFingerprint(dir: string): string {
  const parts: string[] = [];
  const walk = (abs: string, rel: string) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      try {
        const s = statSync(p);
        if (s.isDirectory()) walk(p, `${rel}${name}/`);
        else parts.push(`${rel}${name}\t${s.size}\t${s.mtimeMs}`);
      } catch {
        // Removed while listed: the next call sees the folder without it.
      }
    }
  };
  walk(dir, '');
  return parts.join('\n');
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
