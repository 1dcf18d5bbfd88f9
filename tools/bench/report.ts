/**
 * Turns the bench's measurements into the flat metrics the budgets name, and
 * into the printed tables. Pure: scripts/bench.ts measures, this formats.
 */
import type { PageWeight } from './weight.ts';
import type { PageKind } from './site.ts';
import { describeGrowth, growthExponent } from './stats.ts';
import { formatBytes, formatMs, formatTable } from './table.ts';
import type { TermSearch, TermsSummary } from './search.ts';
import { termLabels } from './search-terms.ts';

/** Page kinds that are content pages: they may carry no script beyond the page script (budget content-js). */
export const CONTENT_KINDS: ReadonlySet<PageType> = new Set<PageType>(['home', 'report', 'section', 'data']);

/** A kind of page, as tools/bench/site.ts picks them from the built site's sitemap. */
export type PageType = PageKind;

export interface StepTime {
  name: string;
  ms: number;
  /** Largest sampled RSS of the build's process tree during the step, bytes. */
  peakRss?: number;
}

export interface BuildRun {
  wallMs: number;
  peakTreeRss: number | null;
  maxProcessHwm: number | null;
  /** CPU time of the build's process tree, ms (null without /proc). */
  cpuMs?: number | null;
  /** Time per build step (start-up, then each step the build announces: astro build with its content check, pagefind, verify). */
  steps: StepTime[];
  /** One-minute load average when the run ended: read every time with the numbers. */
  load1: number;
}

export interface BuildSummary {
  sections: number;
  pages: number;
  runs: BuildRun[];
  medianWallMs: number;
  /** Median CPU time (user + system) of the build's process tree, ms; null without /proc. */
  medianCpuMs?: number | null;
  /** Peak memory of the median-time run: max(sampled tree sum, largest single-process high-water mark). */
  peakRss: number | null;
  /** The whole pagefind/ folder on disk, including UI bundles no page loads. */
  indexBytes: number;
  indexFiles: number;
  /** The index proper: index and fragment chunks, filters, metadata, wasm. */
  indexDataBytes: number;
}

export interface PageSummary {
  type: PageType;
  path: string;
  status: 'ok' | 'missing';
  weight?: PageWeight;
}

export interface QuerySummary {
  term: string;
  ms: number;
  results: number;
  weight: PageWeight;
}

export interface SearchSummary {
  from: string;
  /** ui: typed into the search page's form; api: pagefind.js called directly. */
  mode: 'ui' | 'api';
  /** True when /search/ was missing and the search ran from a section page. */
  fallback: boolean;
  page: PageWeight;
  first: QuerySummary;
  warm: QuerySummary;
}

export interface PeerSummary {
  name: string;
  versions: Record<string, string>;
  build: BuildSummary;
  /** The peer's home and the same section page as ours. */
  pages: PageSummary[];
}

export interface BenchSummary {
  shipped: BuildSummary | null;
  pages: PageSummary[];
  search: SearchSummary | null;
  scale: BuildSummary[];
  /** The Starlight peer (npm run bench -- --peer), built alternately with the shipped report. */
  peer?: PeerSummary | null;
  /** Search on the largest synthetic build, when it was weighed. */
  scaleSearch?: SearchSummary | null;
  /** Issue 13's search figures on the shipped build: each term from a fresh page through /search/, and exactness. */
  searchTerms?: TermsSummary | null;
  /** The same on the largest synthetic build. */
  scaleSearchTerms?: TermsSummary | null;
  /** Why something was not measured, by metric key. */
  notes: Record<string, string>;
}

/** The archive size issue 13's search targets are set for: budgets read scale.archive.* only from a build at least this large. */
export const ARCHIVE_SECTIONS = 2600;

/**
 * Metrics of one size's search figures under prefix: per term (by role
 * label: every, mid1, mid2, nowhere) and the worst of the terms, which the
 * budgets read; exactness when it was checked.
 */
export function termMetrics(prefix: string, t: TermsSummary): Record<string, number> {
  const m: Record<string, number> = {};
  const labels = termLabels(t.terms);
  t.terms.forEach((x, i) => {
    const k = `${prefix}.${labels[i]}`;
    m[`${k}.first.gzipTotal`] = x.gzipTotal;
    m[`${k}.first.requests`] = x.requests;
    m[`${k}.first.fragments`] = x.fragments;
    m[`${k}.first.ms`] = x.ms;
    m[`${k}.warm.ms`] = x.warm.ms;
  });
  if (t.terms.length > 0) {
    const worst = (f: (x: TermSearch) => number) => Math.max(...t.terms.map(f));
    m[`${prefix}.worst.first.gzipTotal`] = worst((x) => x.gzipTotal);
    m[`${prefix}.worst.first.requests`] = worst((x) => x.requests);
    m[`${prefix}.worst.first.fragments`] = worst((x) => x.fragments);
    m[`${prefix}.worst.first.ms`] = worst((x) => x.ms);
    m[`${prefix}.worst.warm.ms`] = worst((x) => x.warm.ms);
  }
  if (t.quality) {
    m[`${prefix}.quality.recall`] = t.quality.recall;
    m[`${prefix}.quality.precision`] = t.quality.precision;
    m[`${prefix}.quality.wrongTerms`] = t.quality.wrong.length;
    m[`${prefix}.quality.terms`] = t.quality.terms;
  }
  return m;
}

/** Per-section build time in ms. */
export const perSection = (b: BuildSummary) => b.medianWallMs / b.sections;

/** The metrics the budgets file refers to, by key; absent when not measured. */
export function flatMetrics(s: BenchSummary): Record<string, number> {
  const m: Record<string, number> = {};
  if (s.shipped) {
    m['build.wallMs.median'] = s.shipped.medianWallMs;
    if (s.shipped.peakRss !== null) m['build.peakRss'] = s.shipped.peakRss;
    m['build.perSectionMs'] = perSection(s.shipped);
    m['index.bytes'] = s.shipped.indexBytes;
    m['index.dataBytes'] = s.shipped.indexDataBytes;
  }
  const contentJs: number[] = [];
  for (const p of s.pages) {
    if (p.status !== 'ok' || !p.weight) continue;
    m[`page.${p.type}.gzipTotal`] = p.weight.gzipTotal;
    m[`page.${p.type}.jsBytes`] = p.weight.jsBytes;
    m[`page.${p.type}.requests`] = p.weight.requests;
    if (CONTENT_KINDS.has(p.type)) contentJs.push(p.weight.jsBytes);
  }
  if (contentJs.length > 0) m['content.maxJsBytes'] = Math.max(...contentJs);
  if (s.search) {
    // "Open the search page and search" needs a search page; from the fallback page it would measure something else.
    if (!s.search.fallback) m['search.first.gzipTotal'] = s.search.page.gzipTotal + s.search.first.weight.gzipTotal;
    m['search.firstQuery.gzip'] = s.search.first.weight.gzipTotal;
    m['search.first.ms'] = s.search.first.ms;
    m['search.warm.ms'] = s.search.warm.ms;
    m['search.warm.gzip'] = s.search.warm.weight.gzipTotal;
  }
  for (const b of s.scale) {
    m[`scale.${b.sections}.perSectionMs`] = perSection(b);
    m[`scale.${b.sections}.wallMs`] = b.medianWallMs;
  }
  if (s.peer && s.shipped) {
    m['peer.wallMs.median'] = s.peer.build.medianWallMs;
    m['build.peerRatio'] = s.shipped.medianWallMs / s.peer.build.medianWallMs;
    if (s.peer.build.medianCpuMs && s.shipped.medianCpuMs) m['build.peerCpuRatio'] = s.shipped.medianCpuMs / s.peer.build.medianCpuMs;
  }
  if (s.scaleSearch) {
    const n = Math.max(...s.scale.map((b) => b.sections));
    m[`scale.${n}.search.first.gzipTotal`] = s.scaleSearch.page.gzipTotal + s.scaleSearch.first.weight.gzipTotal;
    m[`scale.${n}.search.firstQuery.requests`] = s.scaleSearch.first.weight.requests;
    m[`scale.${n}.search.first.ms`] = s.scaleSearch.first.ms;
  }
  if (s.searchTerms) Object.assign(m, termMetrics('search', s.searchTerms));
  const largestSections = Math.max(0, ...s.scale.map((b) => b.sections));
  if (s.scaleSearchTerms && largestSections > 0) {
    Object.assign(m, termMetrics(`scale.${largestSections}.search`, s.scaleSearchTerms));
    // Issue 13's targets hold at 2,600 sections: compared only for a build that large.
    if (largestSections >= ARCHIVE_SECTIONS) Object.assign(m, termMetrics('scale.archive.search', s.scaleSearchTerms));
  }
  for (const b of s.scale) {
    m[`scale.${b.sections}.index.bytes`] = b.indexBytes;
    m[`scale.${b.sections}.index.dataBytes`] = b.indexDataBytes;
  }
  for (const b of s.scale) if (b.peakRss !== null) m[`scale.${b.sections}.peakRss`] = b.peakRss;
  const largest = [...s.scale].sort((a, b) => b.sections - a.sections)[0];
  if (largest && largest.peakRss !== null) m['scale.largest.peakRss'] = largest.peakRss;
  const [small, large] = scalePair(s.scale);
  if (small && large) m['scale.perSectionRatio'] = perSection(large) / perSection(small);
  return m;
}

/** The smallest and largest synthetic builds (260 and 2,600 by default). */
function scalePair(scale: readonly BuildSummary[]): [BuildSummary | undefined, BuildSummary | undefined] {
  const sorted = [...scale].sort((a, b) => a.sections - b.sections);
  return sorted.length >= 2 ? [sorted[0], sorted[sorted.length - 1]] : [undefined, undefined];
}

/** Build table: shipped content and each synthetic size. */
export function buildTable(s: BenchSummary): string {
  const rows = [
    s.shipped ? { label: 'shipped report', b: s.shipped } : null,
    ...s.scale.map((b) => ({ label: `synthetic ${b.sections}`, b })),
  ]
    .filter((r): r is { label: string; b: BuildSummary } => r !== null)
    .map(({ label, b }) => [
      label,
      String(b.sections),
      String(b.pages),
      String(b.runs.length),
      formatMs(b.medianWallMs),
      formatBytes(b.peakRss),
      formatMs(perSection(b)),
      formatBytes(b.indexDataBytes),
      `${formatBytes(b.indexBytes)} / ${b.indexFiles} files`,
    ]);
  return formatTable(
    ['build', 'sections', 'pages', 'runs', 'wall (median)', 'peak RSS', 'per section', 'index data', 'pagefind/ folder'],
    rows,
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** Page-weight table; a missing page is one spanning line. */
export function pageTable(pages: readonly PageSummary[]): string {
  const rows = pages.map((p) => {
    if (p.status !== 'ok' || !p.weight) return `${p.type.padEnd(8)}  /${p.path}  n/a (page missing)`;
    const w = p.weight;
    return [
      p.type,
      `/${p.path}`,
      String(w.requests),
      formatBytes(w.htmlBytes),
      formatBytes(w.cssBytes),
      formatBytes(w.jsBytes),
      formatBytes(w.jsGzip),
      formatBytes(w.gzipTotal),
    ];
  });
  return formatTable(['page', 'path', 'requests', 'HTML', 'CSS', 'JS', 'JS gzip', 'gzip total'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
}

/** The inline scripts of each content page, so a JS budget miss names its cause. */
export function inlineScriptLines(pages: readonly PageSummary[]): string[] {
  return pages
    .filter((p) => p.status === 'ok' && p.weight && CONTENT_KINDS.has(p.type))
    .map((p) => {
      const scripts = p.weight?.inlineScripts ?? [];
      const list = scripts.map((sc) => `${sc.bytes} B «${sc.start.slice(0, 40).replace(/\s+/g, ' ')}…»`).join(', ');
      return `inline scripts on /${p.path}: ${scripts.length === 0 ? 'none' : list}`;
    });
}

/** Search table: page load, first query, warm query, and what the first search costs in all. */
export function searchTable(search: SearchSummary, index: BuildSummary | null): string {
  const row = (label: string, term: string, ms: number | null, w: PageWeight, results: string) => [
    label,
    term,
    ms === null ? '' : formatMs(ms),
    results,
    String(w.requests),
    formatBytes(w.rawTotal),
    formatBytes(w.gzipTotal),
  ];
  const total = {
    ...search.page,
    requests: search.page.requests + search.first.weight.requests,
    rawTotal: search.page.rawTotal + search.first.weight.rawTotal,
    gzipTotal: search.page.gzipTotal + search.first.weight.gzipTotal,
  };
  const rows: (string[] | string)[] = [
    row(`open /${search.from}`, '', null, search.page, ''),
    row('first query', search.first.term, search.first.ms, search.first.weight, String(search.first.results)),
    row('warm query', search.warm.term, search.warm.ms, search.warm.weight, String(search.warm.results)),
    row('first search in all', '', null, total, ''),
  ];
  if (search.fallback) rows.push(`(no /search/ page yet: the queries ran from /${search.from} through the Pagefind API)`);
  else if (search.mode === 'api')
    rows.push(`(the search page has no form hooks the bench knows: the queries ran through the Pagefind API)`);
  else rows.push(`(typed into the form of /${search.from}; time is from typing to the results shown)`);
  const parts = searchParts(search.first.weight);
  rows.push(
    `first query, gzip: ${Object.entries(parts)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${k} ${formatBytes(v)}`)
      .join(', ')}`,
  );
  if (index)
    rows.push(
      `Pagefind index on disk: ${formatBytes(index.indexDataBytes)} of index data (chunks, fragments, filters, wasm); whole pagefind/ folder ${formatBytes(index.indexBytes)} in ${index.indexFiles} files`,
    );
  return formatTable(['search', 'term', 'time', 'results', 'requests', 'bytes', 'gzip'], rows, [
    'left',
    'left',
    'right',
    'right',
    'right',
    'right',
    'right',
  ]);
}

/**
 * Issue 13's search figures for one build: a row per term (role, term, the
 * pages holding it, results listed, requests and fragment requests and
 * gzip of opening /search/ plus the first query, time to results shown,
 * the warm query after it), the worst of the terms, the index on disk and
 * exactness.
 */
export function searchTermsTable(t: TermsSummary, index: BuildSummary | null): string {
  const labels = termLabels(t.terms);
  const rows: (string[] | string)[] = t.terms.map((x, i) => [
    labels[i] ?? x.role,
    x.term,
    String(x.pages),
    String(x.results),
    String(x.requests),
    String(x.fragments),
    formatBytes(x.gzipTotal),
    formatMs(x.ms),
    x.warm.term,
    formatMs(x.warm.ms),
    String(x.warm.fragments),
  ]);
  if (t.terms.length > 0) {
    const worst = (f: (x: TermSearch) => number) => Math.max(...t.terms.map(f));
    rows.push([
      'worst',
      '',
      '',
      '',
      String(worst((x) => x.requests)),
      String(worst((x) => x.fragments)),
      formatBytes(worst((x) => x.gzipTotal)),
      formatMs(worst((x) => x.ms)),
      '',
      formatMs(worst((x) => x.warm.ms)),
      String(worst((x) => x.warm.fragments)),
    ]);
  }
  rows.push(
    `(each term from a fresh browser context: open /${t.from}, type it, until its results or the "none found" status show; requests and gzip include the page; warm: the next term typed in the same page)`,
  );
  for (const [i, x] of t.terms.entries()) rows.push(`  ${labels[i]} ${x.term}: ${x.why}`);
  if (index)
    rows.push(
      `index on disk: pagefind/ folder ${formatBytes(index.indexBytes)} (${index.indexBytes} B) in ${index.indexFiles} files; index data ${formatBytes(index.indexDataBytes)}`,
    );
  const q = t.quality;
  if (q) {
    rows.push(
      `exactness over ${q.terms} queries against substring truth on ${q.pages} indexed pages: recall ${q.recall.toFixed(4)}, precision ${q.precision.toFixed(4)} (found and right ${q.truePositives}, wrong ${q.falsePositives}, missed ${q.falseNegatives})`,
    );
    for (const w of q.wrong.slice(0, 10)) rows.push(`  differs: ${w}`);
    if (q.wrong.length > 10) rows.push(`  … and ${q.wrong.length - 10} more`);
  }
  return formatTable(
    ['role', 'term', 'pages', 'results', 'requests', 'fragments', 'gzip', 'time', 'warm term', 'warm time', 'warm frag.'],
    rows,
    ['left', 'left', 'right', 'right', 'right', 'right', 'right', 'right', 'left', 'right', 'right'],
  );
}

/** What a query downloaded, gzip, by part of Pagefind: runtime JS, wasm, index chunks, fragments, the rest. */
export function searchParts(w: PageWeight): Record<'runtime JS' | 'wasm' | 'index' | 'fragments' | 'other', number> {
  const parts = { 'runtime JS': 0, wasm: 0, index: 0, fragments: 0, other: 0 };
  for (const r of w.resources) {
    const path = new URL(r.url, 'http://x').pathname;
    const key =
      r.kind === 'js'
        ? 'runtime JS'
        : r.kind === 'wasm'
          ? 'wasm'
          : /\.pf_fragment$/.test(path)
            ? 'fragments'
            : /\.(pf_index|pf_meta|pf_filter)$|pagefind-entry\.json$/.test(path)
              ? 'index'
              : 'other';
    parts[key] += r.gzip;
  }
  return parts;
}

/** The run of a build whose wall time is the median (the lower middle one for an even count). */
function medianRunOf(b: BuildSummary): BuildRun {
  return [...b.runs].sort((x, y) => x.wallMs - y.wallMs)[Math.floor((b.runs.length - 1) / 2)] as BuildRun;
}

/** Where each build's time went (its median run), one line per build. */
export function stepLines(s: BenchSummary): string[] {
  const builds = [...(s.shipped ? [s.shipped] : []), ...s.scale];
  return builds.map((b) => {
    const run = medianRunOf(b);
    const steps =
      run?.steps.map((st) => `${st.name} ${formatMs(st.ms)}${st.peakRss ? ` (${formatBytes(st.peakRss)})` : ''}`).join(', ') ?? '';
    return `${b.sections} sections, steps of the median run (peak RSS): ${steps} (load average ${run?.load1.toFixed(2)} at its end)`;
  });
}

/** How build time grows with the number of sections, in words and numbers. */
export function growthLines(s: BenchSummary): string[] {
  const all = [...(s.shipped ? [s.shipped] : []), ...s.scale].sort((a, b) => a.sections - b.sections);
  if (all.length === 0) return [];
  const lines = [`time per section: ${all.map((b) => `${b.sections} → ${formatMs(perSection(b))}`).join(', ')}`];
  for (let i = 1; i < all.length; i++) {
    const a = all[i - 1] as BuildSummary;
    const b = all[i] as BuildSummary;
    const k = growthExponent({ size: a.sections, cost: a.medianWallMs }, { size: b.sections, cost: b.medianWallMs });
    lines.push(
      `build time ${a.sections} → ${b.sections} sections: ×${(b.medianWallMs / a.medianWallMs).toFixed(2)} for ×${(b.sections / a.sections).toFixed(0)} sections, ${describeGrowth(k)}`,
    );
    // Per step, so a step that grows faster than the report is named.
    const sa = medianRunOf(a).steps;
    const sb = medianRunOf(b).steps;
    const perStep = sb
      .map((st) => ({ st, before: sa.find((x) => x.name === st.name) }))
      .filter((x): x is { st: StepTime; before: StepTime } => x.before !== undefined && x.before.ms > 0)
      .map(
        ({ st, before }) =>
          `${st.name} ×${(st.ms / before.ms).toFixed(1)} (n^${growthExponent({ size: a.sections, cost: before.ms }, { size: b.sections, cost: st.ms }).toFixed(2)})`,
      );
    if (perStep.length > 0) lines.push(`  by step: ${perStep.join(', ')}`);
  }
  return lines;
}

/** Reference figures from the issue: the same report built with Astro Starlight. */
export const STARLIGHT = {
  sectionGzip: 23 * 1024,
  sectionCssGzip: 12 * 1024,
  sectionJsGzip: 6 * 1024,
  lazyJsGzip: 26 * 1024,
  pages: 28,
  buildMs: 3500,
};

/**
 * Our build and the peer's side by side, built alternately in this run:
 * median wall and CPU time, peak memory, pages, and the weight of home and
 * a section page (gzip, as loaded in a fresh page).
 */
export function peerTable(ours: { build: BuildSummary; pages: readonly PageSummary[] }, peer: PeerSummary): string {
  const weight = (pages: readonly PageSummary[], type: PageType) => pages.find((p) => p.type === type && p.status === 'ok')?.weight;
  const row = (label: string, b: BuildSummary, pages: readonly PageSummary[]) => {
    const section = weight(pages, 'section');
    const home = weight(pages, 'home');
    return [
      label,
      String(b.pages),
      String(b.runs.length),
      formatMs(b.medianWallMs),
      formatMs(b.medianCpuMs ?? null),
      formatBytes(b.peakRss),
      formatBytes(home?.gzipTotal),
      formatBytes(section?.gzipTotal),
      section ? `${formatBytes(section.cssGzip)} / ${formatBytes(section.jsGzip)}` : 'n/a',
    ];
  };
  const versions = Object.entries(peer.versions)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return formatTable(
    ['build', 'pages', 'runs', 'wall (median)', 'CPU (median)', 'peak RSS', 'home gzip', 'section gzip', 'section CSS / JS gzip'],
    [
      row('ours (npm run build)', ours.build, ours.pages),
      row(`${peer.name} (npm run build)`, peer.build, peer.pages),
      `ratio ours / ${peer.name}: wall ×${(ours.build.medianWallMs / peer.build.medianWallMs).toFixed(2)}${ours.build.medianCpuMs && peer.build.medianCpuMs ? `, CPU ×${(ours.build.medianCpuMs / peer.build.medianCpuMs).toFixed(2)}` : ''} (builds alternated, cold caches; ${versions})`,
    ],
    ['left', 'right', 'right', 'right', 'right', 'right', 'right', 'right', 'right'],
  );
}

/** Our numbers next to the Starlight reference figures of issue 8 (when the peer was not built in this run). */
export function referenceLines(s: BenchSummary): string[] {
  const lines: string[] = [];
  const section = s.pages.find((p) => p.type === 'section' && p.status === 'ok')?.weight;
  if (section) {
    lines.push(
      `section page: ${formatBytes(section.gzipTotal)} gzip vs Starlight ≈ ${formatBytes(STARLIGHT.sectionGzip)} (+ ${formatBytes(STARLIGHT.lazyJsGzip)} lazy JS): ${(STARLIGHT.sectionGzip / section.gzipTotal).toFixed(1)}× lighter`,
    );
  }
  if (s.shipped) {
    lines.push(
      `build: ${formatMs(s.shipped.medianWallMs)} for ${s.shipped.pages} pages vs Starlight ≈ ${formatMs(STARLIGHT.buildMs)} for ${STARLIGHT.pages} pages`,
    );
  }
  return lines;
}
