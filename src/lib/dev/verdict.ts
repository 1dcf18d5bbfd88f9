/**
 * The content check's latest verdict in this process, under `astro dev`:
 * the content loaders post the errors of each reading they check
 * (src/data/loaders.ts), and the preview's gate reads them
 * (src/integrations/dev-preview.ts), so the check runs once per content
 * change and the gate answers with the verdict the pages would show. Kept
 * on globalThis under a registered symbol, because the loaders come through
 * Vite's module runner and the integration through Node, which may each
 * hold their own copy of this module.
 */
import type { Issue } from '../issues.ts';

const KEY = Symbol.for('xszg.dev.contentVerdict');

export interface Verdict {
  /** The errors the content check found in the reading (none: the content passes). */
  errors: readonly Issue[];
  /** When the loaders posted it (ms since the epoch), after putting the reading into Astro's content store. */
  postedAt: number;
}

const board = globalThis as { [KEY]?: Verdict };

/** Records the errors the content check found in the latest reading, now. */
export function postVerdict(errors: readonly Issue[], at = Date.now()): void {
  board[KEY] = { errors, postedAt: at };
}

/** The latest verdict; undefined before the first. */
export function latestVerdict(): Verdict | undefined {
  return board[KEY];
}
