/** /read-aloud.js: the 朗读 script, loaded by the page script on the first press of 朗读 (src/lib/reading/bundle.ts). */
import { readAloudScript } from '../lib/reading/bundle.ts';

export function GET(): Response {
  return new Response(readAloudScript(), { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
