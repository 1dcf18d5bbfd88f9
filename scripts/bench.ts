/**
 * npm run bench [-- --strict] [--quick] [--runs N] [--scale 260,2600] [--no-scale] [--no-shipped] [--keep] [--peer] [--terms A,B]
 *
 * Builds the shipped report (three runs, median), measures page weight and
 * search cost in headless chromium, builds synthetic reports of 260 and
 * 2,600 sections (and weighs the search of the largest), compares
 * everything with tools/bench/budgets.json, prints a table and the budget lines,
 * and writes bench-results/bench-<time>.json (and latest.json). Not part of
 * npm test. All builds happen in temporary project copies under
 * bench-results/work/; content/ and dist/ are never touched. With --keep the
 * copies stay (bench-results/work/scale-2600-…/bench-out/ is the built site).
 *
 * --peer also builds the same report with Astro Starlight (tools/bench/peer.ts:
 * set up outside the repository from the npm registry, cached between
 * runs), alternating with ours (at least five runs each), and prints both
 * builds' median times and page weights in one table.
 *
 * What is weighed comes from the built site: its pages from the sitemap, the
 * search terms from its indexed text (tools/bench/site.ts, tools/bench/search-terms.ts);
 * --terms overrides them (the first two are the first and warm query of the
 * search table; all of them are searched for issue 13's figures).
 *
 * Issue 13's search figures, on the shipped build and on the largest
 * synthetic one: for a term on every page, two on a few pages and one found
 * nowhere, each from a fresh browser context through /search/, the gzip
 * bytes (page included), requests, fragment requests and time until the
 * results show, and a warm query; the pagefind/ folder on disk; and recall
 * and precision against substring truth computed from the built text
 * (tools/bench/search.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { CHROMIUM, INSTALL_HINT, launchBrowser, serveSite } from '../tools/bench/harness.ts';
import { budgetExitCode, compareBudgets, formatBudgetLines, parseBudgets } from '../tools/bench/budgets.ts';
import { measureAlternating, measureBuild, ourTarget, outDir, peerTarget } from '../tools/bench/build.ts';
import { PEER_VERSIONS, setupPeer } from '../tools/bench/peer.ts';
import { pagesToWeigh, searchTermsFrom, type PageToWeigh } from '../tools/bench/site.ts';
import { foldText, indexedPages } from '../tools/bench/indexed-text.ts';
import { classifyTerms, pickSearchTerms } from '../tools/bench/search-terms.ts';
import { qualityQueries } from '../tools/bench/search-quality.ts';
import { measureQuality, measureTerms, type TermsSummary } from '../tools/bench/search.ts';
import { benchProject, reportDirs } from '../tools/bench/project.ts';
import { weighSite, syntheticProject } from '../tools/bench/phases.ts';
import {
  buildTable,
  flatMetrics,
  growthLines,
  inlineScriptLines,
  pageTable,
  peerTable,
  referenceLines,
  searchTable,
  searchTermsTable,
  stepLines,
  ARCHIVE_SECTIONS,
  type BenchSummary,
  type BuildSummary,
} from '../tools/bench/report.ts';
import { GZIP_LEVEL } from '../tools/bench/weight.ts';
import { SAMPLE_MS } from '../tools/bench/run.ts';

const { values } = parseArgs({
  options: {
    strict: { type: 'boolean', default: false },
    quick: { type: 'boolean', default: false },
    runs: { type: 'string' },
    scale: { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    'no-shipped': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    peer: { type: 'boolean', default: false },
    terms: { type: 'string' },
    budgets: { type: 'string', default: 'tools/bench/budgets.json' },
    out: { type: 'string', default: 'bench-results' },
  },
});

const root = resolve('.');
const runs = Number(values.runs ?? (values.peer ? 5 : values.quick ? 1 : 3));
const termList = values.terms ? values.terms.split(',').filter((t) => t.trim() !== '') : undefined;
const terms = termList ? (([first, warm]) => ({ first: first ?? '', warm: warm ?? first ?? '' }))(termList) : undefined;
const scaleSizes = values['no-scale'] ? [] : (values.scale ?? (values.quick ? '260' : '260,2600')).split(',').map(Number);
if (!Number.isInteger(runs) || runs < 1 || scaleSizes.some((n) => !Number.isInteger(n) || n < 1)) {
  console.error(
    'usage: npm run bench -- [--strict] [--quick] [--runs N] [--scale 260,2600] [--no-scale] [--no-shipped] [--keep] [--peer] [--terms A,B]',
  );
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

/** Serves a built folder on 127.0.0.1 and weighs it in a fresh chromium. */
async function weighServed(dir: string, t?: { first: string; warm: string }, pages?: readonly PageToWeigh[], search = true) {
  const server = await serveSite(dir, '/');
  const browser = await launchBrowser(server.origin);
  try {
    return await weighSite(
      { dir, base: '/', origin: server.origin, newPage: () => browser.newPage() },
      { ...(pages ? { pages } : {}), ...(t ? { terms: t } : {}), search },
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

/** The queries exactness is checked with besides the picked terms and sampled substrings: the project's list, when there is one. */
const TERMS_FILE = join(root, 'tests', 'fixtures', 'search', 'terms.json');
const listedTerms = (): string[] => {
  try {
    return (JSON.parse(readFileSync(TERMS_FILE, 'utf8')) as { terms?: string[] }).terms ?? [];
  } catch {
    return [];
  }
};

/**
 * Issue 13's search figures for a built folder: the terms (picked from its
 * indexed text, or --terms), each from a fresh context through /search/,
 * then exactness over the terms, the project's list and substrings sampled
 * from the text.
 */
async function searchFigures(dir: string, indexed: ReturnType<typeof indexedPages>): Promise<TermsSummary> {
  const texts = indexed.map((p) => p.text);
  const picked = termList ? classifyTerms(texts, termList, foldText) : pickSearchTerms(texts);
  log(`    terms: ${picked.map((t) => `${t.term} (${t.role}, ${t.pages} of ${texts.length} pages)`).join(', ')}`);
  const server = await serveSite(dir, '/');
  const browser = await launchBrowser(server.origin);
  try {
    const site = { dir, base: '/', origin: server.origin, newPage: () => browser.newPage() };
    const measured = await measureTerms(site, 'search/', picked);
    const queries = qualityQueries([...picked.map((t) => t.term), ...listedTerms()], texts);
    const quality = await measureQuality(site, 'search/', queries, indexed);
    return { from: 'search/', terms: measured, quality };
  } finally {
    await browser.close();
    await server.close();
  }
}

const summary: BenchSummary = {
  shipped: null,
  pages: [],
  search: null,
  scale: [],
  peer: null,
  scaleSearch: null,
  searchTerms: null,
  scaleSearchTerms: null,
  notes: {},
};
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
    const reportDir = reportDirs(shipped.dir)[0] ?? join(shipped.dir, 'content');
    const sectionCount = readdirSync(join(reportDir, 'sections')).filter((f) => f.endsWith('.mdx')).length;
    let peerDir: string | null = null;
    if (values.peer) {
      log(`\n▶ peer: the same report with Astro Starlight`);
      peerDir = setupPeer(reportDir, log);
      log(`\n▶ build: shipped report and the peer, alternately (${runs} runs each)`);
      const [ours, theirs] = await measureAlternating([ourTarget(shipped.dir, sectionCount), peerTarget(peerDir, sectionCount)], runs, log);
      summary.shipped = ours ?? null;
      if (theirs) summary.peer = { name: 'Starlight', versions: PEER_VERSIONS, build: theirs, pages: [] };
    } else summary.shipped = await measureBuild(ourTarget(shipped.dir, sectionCount), runs, log);
    loads['after shipped builds'] = load();

    // 2. Page weight and search, in chromium, on the shipped build (and the peer's pages).
    if (!existsSync(CHROMIUM)) {
      const why = `chromium not found at ${CHROMIUM}; install it with: ${INSTALL_HINT}`;
      log(`\n✘ page weight and search skipped: ${why}`);
      for (const key of [
        'content.maxJsBytes',
        'page.section.gzipTotal',
        'page.home.gzipTotal',
        'search.first.gzipTotal',
        'search.worst.first.gzipTotal',
        'search.worst.warm.ms',
        'search.quality.wrongTerms',
      ])
        summary.notes[key] = why;
    } else {
      log('\n▶ page weight and search (headless chromium)');
      const indexed = indexedPages(outDir(shipped.dir));
      const weighed = await weighServed(outDir(shipped.dir), terms ?? searchTermsFrom(indexed.map((p) => p.text)));
      summary.pages = weighed.pages;
      summary.search = weighed.search;
      Object.assign(summary.notes, weighed.notes);
      log(
        `    pages from the sitemap: ${weighed.pages.map((p) => `${p.type} /${p.path}`).join(', ')}; search terms ${weighed.terms.first}, ${weighed.terms.warm}`,
      );
      if (summary.peer && peerDir) {
        const section = weighed.pages.find((p) => p.type === 'section')?.path.match(/sections\/([^/]+)\/$/)?.[1];
        const peerPages: PageToWeigh[] = [
          { type: 'home', path: '', content: true },
          ...(section ? [{ type: 'section' as const, path: `sections/${section}/`, content: true }] : []),
        ];
        summary.peer.pages = (await weighServed(peerTarget(peerDir, sectionCount).out, weighed.terms, peerPages, false)).pages;
      }
      if (existsSync(join(outDir(shipped.dir), 'search', 'index.html'))) {
        log('\n▶ search figures (issue 13): each term from a fresh page through /search/, and exactness');
        summary.searchTerms = await searchFigures(outDir(shipped.dir), indexed);
      } else summary.notes['search.worst.first.gzipTotal'] = summary.notes['search.worst.warm.ms'] = 'no search/ page';
    }
    loads['after browser'] = load();
    if (!values.keep) shipped.remove();
  }

  // 3. Scale: synthetic reports made from the real sections.
  for (const n of scaleSizes) {
    log(`\n▶ build: synthetic archive of ${n} sections`);
    const p = syntheticProject(root, workDir, n);
    projects.push(p);
    log(`    ${p.reports} reports, ${p.sections} sections: ${p.dir}`);
    const b: BuildSummary = await measureBuild(ourTarget(p.dir, p.sections), 1, log);
    summary.scale.push(b);
    loads[`after ${n} sections`] = load();
    // The search of the largest archive: what a reader pays there (issue 13's targets).
    if (n === Math.max(...scaleSizes) && existsSync(CHROMIUM)) {
      log(`\n▶ search on the ${n}-section build (headless chromium)`);
      const indexed = indexedPages(outDir(p.dir));
      const weighed = await weighServed(
        outDir(p.dir),
        terms ?? searchTermsFrom(indexed.map((x) => x.text)),
        pagesToWeigh(outDir(p.dir), '/').filter((x) => x.type === 'search'),
      );
      summary.scaleSearch = weighed.search;
      log(`    search terms ${weighed.terms.first}, ${weighed.terms.warm}`);
      log(`\n▶ search figures on the ${n}-section build (issue 13): each term from a fresh page through /search/, and exactness`);
      summary.scaleSearchTerms = await searchFigures(outDir(p.dir), indexed);
    }
    if (values.keep) log(`    kept: ${outDir(p.dir)} (the built site, with its pagefind/ index)`);
    if (!values.keep) p.remove();
  }
  for (const n of [260, 2600])
    if (!scaleSizes.includes(n)) summary.notes['scale.perSectionRatio'] = `scale build of ${n} sections skipped (--quick or --scale)`;
  const largest = Math.max(0, ...summary.scale.map((b) => b.sections));
  if (largest < ARCHIVE_SECTIONS) {
    const why =
      largest === 0
        ? 'no synthetic build in this run (--no-scale)'
        : `largest synthetic build has ${largest} sections, the targets are for ${ARCHIVE_SECTIONS} (--scale ${ARCHIVE_SECTIONS})`;
    for (const b of budgets) if (b.metric.startsWith('scale.archive.')) summary.notes[b.metric] = why;
  } else if (!existsSync(CHROMIUM))
    for (const b of budgets) if (b.metric.startsWith('scale.archive.')) summary.notes[b.metric] = `chromium not found at ${CHROMIUM}`;
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
if (summary.scaleSearch) {
  const n = Math.max(...summary.scale.map((b) => b.sections));
  out.push(
    '',
    `== search on the ${n}-section build (fresh page; first query, then a warm one) ==`,
    searchTable(summary.scaleSearch, summary.scale.find((b) => b.sections === n) ?? null),
  );
}
if (summary.searchTerms) {
  out.push(
    '',
    '== search figures, shipped report (issue 13: each term from a fresh page through /search/) ==',
    searchTermsTable(summary.searchTerms, summary.shipped),
  );
}
if (summary.scaleSearchTerms) {
  const n = Math.max(...summary.scale.map((b) => b.sections));
  out.push(
    '',
    `== search figures, ${n}-section build (issue 13: each term from a fresh page through /search/) ==`,
    searchTermsTable(summary.scaleSearchTerms, summary.scale.find((b) => b.sections === n) ?? null),
  );
}
if (summary.shipped && summary.peer) {
  out.push(
    '',
    `== the same report built with ${summary.peer.name}, alternately in this run ==`,
    peerTable({ build: summary.shipped, pages: summary.pages }, summary.peer),
  );
} else if (summary.shipped) {
  out.push(
    '',
    '== reference: the same report built with Astro Starlight (issue 8; measure it in this run with --peer) ==',
    ...referenceLines(summary),
  );
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
  options: {
    runs,
    scale: scaleSizes,
    quick: values.quick,
    strict: values.strict,
    peer: values.peer,
    terms: terms ?? null,
    termList: termList ?? null,
  },
  method: {
    gzipLevel: GZIP_LEVEL,
    favicon: 'not counted: the browser fetches it at a moment of its choosing, so it would land in an arbitrary phase',
    memorySampleMs: SAMPLE_MS,
    peakRss: 'max(summed RSS of the build process tree sampled from /proc, largest single-process VmHWM), of the median-time run',
    caches: 'node_modules/.astro, node_modules/.vite and .astro removed before every build (cold, like a fresh clone)',
    search:
      'fresh browser context; mode ui types the term into the search page form and times submit → outcome shown in the page; mode api (no search page) imports pagefind.js and loads the first 5 results\u2019 data; the warm query uses another term in the same page',
    searchTerms:
      'summary.searchTerms / scaleSearchTerms: per term (picked from the indexed text: every page, a few pages, nowhere; or --terms), a fresh browser context opens /search/ and types it (mode ui); gzip and requests include the page; fragments = .pf_fragment requests of the first query; the warm query is the next term in the same page. Exactness: each query through pagefind.js as the search page sends it, all pages found compared with the pages whose folded indexed text contains it',
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
