/**
 * npm run bench [-- --strict] [--quick] [--runs N] [--scale 260,2600] [--no-scale] [--no-shipped] [--keep]
 *
 * Builds the shipped report (three runs, median), measures page weight and
 * search cost in headless chromium, builds synthetic reports of 260 and
 * 2,600 sections, compares everything with bench/budgets.json, prints a
 * table and the budget lines, and writes bench-results/bench-<time>.json
 * (and latest.json). Not part of npm test. All builds happen in temporary
 * project copies under bench-results/work/; content/ and dist/ are never touched.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM, INSTALL_HINT, launchBrowser, serveSite } from '../bench/harness.ts';
import { budgetExitCode, compareBudgets, formatBudgetLines, parseBudgets } from '../bench/budgets.ts';
import { measureBuild, outDir } from '../bench/build.ts';
import { benchProject } from '../bench/project.ts';
import { weighSite, syntheticProject } from '../bench/phases.ts';
import {
  buildTable,
  flatMetrics,
  growthLines,
  inlineScriptLines,
  pageTable,
  referenceLines,
  searchTable,
  stepLines,
  type BenchSummary,
  type BuildSummary,
} from '../bench/report.ts';
import { GZIP_LEVEL } from '../bench/weight.ts';
import { SAMPLE_MS } from '../bench/run.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    scale: { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    'no-shipped': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    budgets: { type: 'string', default: 'bench/budgets.json' },
    out: { type: 'string', default: 'bench-results' },
  },
});

const root = resolve('.');
const runs = Number(values.runs ?? (values.quick ? 1 : 3));
const scaleSizes = values['no-scale'] ? [] : (values.scale ?? (values.quick ? '260' : '260,2600')).split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || scaleSizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error('usage: npm run bench -- [--strict] [--quick] [--runs N] [--scale 260,2600] [--no-scale] [--no-shipped] [--keep]');
  process.exit(2);
}
const resultsDir = resolve(values.out);
const workDir = join(resultsDir, 'work');
const budgets = parseBudgets(JSON.parse(readFileSync(values.budgets, 'utf8')), values.budgets);
const log = (line: string) => console.log(line);
const load = () =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
const commit = (() => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
})();

const startedAt = new Date();
const loadAtStart = loadavg();
log(
  `bench ${startedAt.toISOString()} · commit ${commit ?? '?'} · node ${process.version} · ${cpus().length} CPUs · load average ${load()}`,
);
log(
  `builds: ${runs} run(s) of the shipped report; scale: ${scaleSizes.length ? scaleSizes.join(', ') : 'skipped'} sections (one run each); caches cleared before every build`,
);

const summary: BenchSummary = { shipped: null, pages: [], search: null, scale: [], notes: {} };
const projects: { remove: () => void }[] = [];
// Interrupted: remove the project copies (unless --keep) instead of leaving gigabytes in bench-results/work/.
process.once('SIGINT', () => {
  if (!values.keep) for (const p of projects) p.remove();
  process.exit(130);
});
const loads: Record<string, string> = { start: load() };

try {
  // 1. The shipped report.
  if (values['no-shipped']) {
    const why = 'shipped build skipped (--no-shipped)';
    for (const b of budgets) if (!b.metric.startsWith('scale.')) summary.notes[b.metric] = why;
  } else {
    log('\n▶ build: shipped report');
    const shipped = benchProject(root, workDir, 'shipped');
    projects.push(shipped);
    const sectionCount = readdirSync(join(shipped.dir, 'content', 'sections')).filter((f) => f.endsWith('.mdx')).length;
    summary.shipped = await measureBuild(shipped.dir, sectionCount, runs, log);
    loads['after shipped builds'] = load();

    // 2. Page weight and search, in chromium, on the shipped build.
    if (!existsSync(CHROMIUM)) {
      const why = `chromium not found at ${CHROMIUM}; install it with: ${INSTALL_HINT}`;
      log(`\n✘ page weight and search skipped: ${why}`);
      for (const key of ['content.maxJsBytes', 'page.section.gzipTotal', 'page.home.gzipTotal', 'search.first.gzipTotal'])
        summary.notes[key] = why;
    } else {
      log('\n▶ page weight and search (headless chromium)');
      const server = await serveSite(outDir(shipped.dir), '/');
      const browser = await launchBrowser(server.origin);
      try {
        const weighed = await weighSite({ dir: outDir(shipped.dir), base: '/', origin: server.origin, newPage: () => browser.newPage() });
        summary.pages = weighed.pages;
        summary.search = weighed.search;
        Object.assign(summary.notes, weighed.notes);
      } finally {
        await browser.close();
        await server.close();
      }
    }
    loads['after browser'] = load();
    if (!values.keep) shipped.remove();
  }

  // 3. Scale: synthetic reports made from the real sections.
  for (const n of scaleSizes) {
    log(`\n▶ build: synthetic report of ${n} sections`);
    const p = syntheticProject(root, workDir, n);
    projects.push(p);
    const b: BuildSummary = await measureBuild(p.dir, n, 1, log);
    summary.scale.push(b);
    loads[`after ${n} sections`] = load();
    if (!values.keep) p.remove();
  }
  for (const n of [260, 2600])
    if (!scaleSizes.includes(n)) summary.notes['scale.perSectionRatio'] = `scale build of ${n} sections skipped (--quick or --scale)`;
} catch (error) {
  console.error(`\n✘ bench failed: ${error instanceof Error ? error.message : String(error)}`);
  if (!values.keep) for (const p of projects) p.remove();
  process.exit(1);
}

// 4. Report.
const metrics = flatMetrics(summary);
const results = compareBudgets(budgets, metrics, summary.notes);
loads['end'] = load();
const out: string[] = [];
out.push(
  '',
  `== build (load average at start ${loads['start']}, at end ${loads['end']}) ==`,
  buildTable(summary),
  ...stepLines(summary),
  ...growthLines(summary),
);
if (summary.pages.length > 0) {
  out.push(
    '',
    `== page weight (fresh page each, mobile viewport; gzip level ${GZIP_LEVEL} per response) ==`,
    pageTable(summary.pages),
    ...inlineScriptLines(summary.pages),
  );
}
if (summary.search) {
  out.push('', '== search (fresh page; first query, then a warm one with another term) ==', searchTable(summary.search, summary.shipped));
}
if (summary.shipped) {
  out.push('', '== reference: the same report built with Astro Starlight (issue 8) ==', ...referenceLines(summary));
}
out.push('', `== budgets (${values.budgets}) ==`, ...formatBudgetLines(results));
log(out.join('\n'));

mkdirSync(resultsDir, { recursive: true });
const json = {
  startedAt: startedAt.toISOString(),
  finishedAt: new Date().toISOString(),
  commit,
  node: process.version,
  cpus: cpus().length,
  loadAverage: { atStart: loadAtStart, checkpoints: loads },
  options: { runs, scale: scaleSizes, quick: values.quick, strict: values.strict },
  method: {
    gzipLevel: GZIP_LEVEL,
    favicon: 'not counted: the browser fetches it at a moment of its choosing, so it would land in an arbitrary phase',
    memorySampleMs: SAMPLE_MS,
    peakRss: 'max(summed RSS of the build process tree sampled from /proc, largest single-process VmHWM), of the median-time run',
    caches: 'node_modules/.astro, node_modules/.vite and .astro removed before every build (cold, like a fresh clone)',
    search:
      'fresh browser context; mode ui types the term into the search page form and times submit → outcome shown in the page; mode api (no search page) imports pagefind.js and loads the first 5 results\u2019 data; the warm query uses another term in the same page',
  },
  summary,
  metrics,
  budgets: results.map((r) => ({
    id: r.budget.id,
    metric: r.budget.metric,
    max: r.budget.max,
    unit: r.budget.unit,
    status: r.status,
    actual: r.actual,
    note: r.note ?? null,
  })),
};
const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
const file = join(resultsDir, `bench-${stamp}.json`);
writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
writeFileSync(join(resultsDir, 'latest.json'), `${JSON.stringify(json, null, 2)}\n`);
log(`\nresults: ${file} (and ${join(values.out, 'latest.json')})`);
process.exit(budgetExitCode(results, values.strict));
