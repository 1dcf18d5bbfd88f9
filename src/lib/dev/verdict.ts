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
const board = globalThis as { [KEY]?: readonly Issue[] };

/** Records the errors the content check found in the latest reading (none: the content passes). */
export function postVerdict(errors: readonly Issue[]): void {
  board[KEY] = errors;
}

/** The errors of the latest reading; undefined before the first. */
export function latestVerdict(): readonly Issue[] | undefined {
  return board[KEY];
}
