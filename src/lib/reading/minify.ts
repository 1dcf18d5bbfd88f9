/**
 * How the page script is minified (ES5 in, ES5 out). Not run by the build:
 * inline.min.js is this function's output for inline.js, committed, and
 * tests/unit/reading-settings.test.ts fails when the two differ. After
 * editing inline.js: `node scripts/reading-script.ts` rewrites inline.min.js.
 */
import { transformSync } from 'esbuild';

/** Minifies the page script (ES5 in, ES5 out). */
export function minifyScript(js: string): string {
  return transformSync(js, { minify: true, target: 'es5', legalComments: 'none' }).code.trim();
}
