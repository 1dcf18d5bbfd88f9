/**
 * /read-aloud.js: the 朗读 script, loaded by the page script on the first press
 * of 朗读. The build serves the committed bundle (src/lib/reading/read-aloud.min.js)
 * instead of running esbuild every time; tests/unit/read-aloud-bundle.test.ts
 * proves it is exactly today's bundle of its sources (regenerate with
 * `node scripts/reading-script.ts`).
 */
import bundle from '../lib/reading/read-aloud.min.js?raw';

export function GET(): Response {
  return new Response(bundle, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
