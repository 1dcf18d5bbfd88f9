/**
 * node tools/bench/scale-site.ts [--sections 2600] [--parent bench-results/work]
 *
 * Makes a synthetic project of at least N sections (tools/bench/phases.ts,
 * syntheticProject) and builds it once with `npm run build -- --out
 * <project>/bench-out`, keeping both, so that one step of the build (e.g.
 * tools/bench/search-index-rss.ts for the Pagefind step) can be measured again and
 * again on the same built site without the bench's full run. Prints the
 * built folder's path. Remove the project by hand when done.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { syntheticProject } from './phases.ts';
import { NPM, outDir } from './build.ts';

const { values } = parseArgs({
  options: { sections: { type: 'string', default: '2600' }, parent: { type: 'string', default: 'bench-results/work' } },
});
const n = Number(values.sections);
if (!Number.isInteger(n) || n < 1) throw new Error(`--sections: expected a whole number ≥ 1, found "${values.sections}"`);
const p = syntheticProject(process.cwd(), resolve(values.parent), n);
console.log(`project: ${p.dir} (${p.reports} reports, ${p.sections} sections)`);
execFileSync(NPM, ['run', 'build', '--', '--out', outDir(p.dir)], {
  cwd: p.dir,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
console.log(`built: ${outDir(p.dir)}`);
