/**
 * The content check for scripts/build.ts: the same check as npm run
 * check:content, run apart from the build's own heap — in a worker thread on
 * the second core while Astro builds (posts { warnings } or { error }), or,
 * for large archives, as a process of its own (prints them; exit 1 on an
 * error), whose memory goes back to the system when it exits: at 2,600
 * sections the check needs a few hundred MB, which a worker's ended heap does
 * not give back to the process.
 */
import { parentPort } from 'node:worker_threads';
import { assertContent } from '../src/lib/content/files.ts';
import { formatIssues, type Issue } from '../src/lib/issues.ts';

let result: { warnings?: Issue[]; error?: string };
try {
  result = { warnings: assertContent(process.cwd()) };
} catch (error) {
  result = { error: error instanceof Error ? error.message : String(error) };
}
if (parentPort) parentPort.postMessage(result);
else {
  if (result.warnings && result.warnings.length > 0) console.warn(formatIssues(result.warnings));
  if (result.error !== undefined) {
    console.error(result.error);
    process.exit(1);
  }
}
