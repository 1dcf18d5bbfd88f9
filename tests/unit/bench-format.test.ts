import { describe, expect, it } from 'vitest';
import { describeGrowth, growthExponent, median } from '../../tools/bench/stats.ts';
import { displayWidth, formatBytes, formatMs, formatTable } from '../../tools/bench/table.ts';
import { descendants, parseProcStatus, treeRss } from '../../tools/bench/proc.ts';
import { fileForPath } from '../../tools/bench/browser.ts';
import { stepDurations } from '../../tools/bench/build.ts';
import {
  flatMetrics,
  growthLines,
  inlineScriptLines,
  pageTable,
  searchParts,
  type BenchSummary,
  type BuildSummary,
} from '../../tools/bench/report.ts';
import { pageWeight } from '../../tools/bench/weight.ts';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

describe('median', () => {
  it('takes the middle run of three, so one slow run does not count', () => expect(median([3.1, 9.9, 3.4])).toBe(3.4));
  it('averages the middle two of an even count', () => expect(median([1, 2, 3, 4])).toBe(2.5));
  it('refuses no values', () => expect(() => median([])).toThrow());
});

describe('growthExponent', () => {
  it('is 1 when ten times the sections take ten times as long', () =>
    expect(growthExponent({ size: 260, cost: 20 }, { size: 2600, cost: 200 })).toBeCloseTo(1));
  it('is 2 when the cost is quadratic', () => expect(growthExponent({ size: 10, cost: 1 }, { size: 100, cost: 100 })).toBeCloseTo(2));
  it('names the growth in words', () => {
    expect(describeGrowth(1.02)).toMatch(/^linear/);
    expect(describeGrowth(1.6)).toMatch(/^super-linear/);
    expect(describeGrowth(0.4)).toMatch(/^sub-linear/);
  });
});

describe('table formatting', () => {
  it('formats sizes in KB of 1024 bytes and times in ms or s', () => {
    expect(formatBytes(1536)).toBe('1.5 KB');
    expect(formatBytes(900)).toBe('900 B');
    expect(formatBytes(null)).toBe('n/a');
    expect(formatMs(560.2)).toBe('560 ms');
    expect(formatMs(8680)).toBe('8.68 s');
  });
  it('counts Chinese characters as two columns so columns line up', () => {
    expect(displayWidth('信访a')).toBe(5);
    const t = formatTable(
      ['term', 'ms'],
      [
        ['信访', '5'],
        ['abc', '10'],
      ],
      ['left', 'right'],
    ).split('\n');
    expect(t.map(displayWidth)).toEqual([8, 8, 8, 8]);
  });
  it('prints a missing page as one line saying so', () => {
    expect(pageTable([{ type: 'search', path: 'search/', status: 'missing' }])).toContain('n/a (page missing)');
  });
});

describe('process tree memory', () => {
  const status = (ppid: number, rssKb: number, hwmKb: number) => `Name:\tnode\nPPid:\t${ppid}\nVmHWM:\t${hwmKb} kB\nVmRSS:\t${rssKb} kB\n`;
  it('reads parent, resident memory and high-water mark from /proc/<pid>/status', () => {
    expect(parseProcStatus(10, status(1, 2, 3))).toEqual({ pid: 10, ppid: 1, rss: 2048, hwm: 3072 });
    expect(parseProcStatus(2, 'Name:\tkthreadd\nPPid:\t0\n')).toBeNull();
  });
  it('sums the root and all its descendants, not its siblings', () => {
    const rows = [
      { pid: 10, ppid: 1, rss: 100, hwm: 100 },
      { pid: 11, ppid: 10, rss: 20, hwm: 20 },
      { pid: 12, ppid: 11, rss: 3, hwm: 3 },
      { pid: 13, ppid: 1, rss: 999, hwm: 999 },
    ];
    expect(descendants(rows, 10).map((r) => r.pid)).toEqual([10, 11, 12]);
    expect(treeRss(rows, 10)).toBe(123);
  });
});

describe('fileForPath', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-serve-'));
  mkdirSync(join(dir, 'sections', '06'), { recursive: true });
  writeFileSync(join(dir, 'sections', '06', 'index.html'), 'x');
  writeFileSync(join(dir, '404.html'), 'missing');
  it('serves a folder as its index.html', () =>
    expect(fileForPath(dir, '/', '/sections/06/')).toEqual({ file: join(dir, 'sections/06/index.html'), found: true }));
  it('serves 404.html for a missing page', () =>
    expect(fileForPath(dir, '/', '/search/')).toEqual({ file: join(dir, '404.html'), found: false }));
  it('does not leave the folder', () => expect(fileForPath(dir, '/', '/../../etc/passwd').found).toBe(false));
});

describe('flatMetrics', () => {
  const build = (sections: number, ms: number): BuildSummary => ({
    sections,
    pages: sections + 4,
    runs: [
      {
        wallMs: ms,
        peakTreeRss: 1,
        maxProcessHwm: 1,
        steps: [
          { name: 'astro build', ms: ms / 2 },
          { name: 'pagefind', ms: sections === 2600 ? ms / 2 : 10 },
        ],
        load1: 0,
      },
    ],
    medianWallMs: ms,
    peakRss: 1,
    indexBytes: 1,
    indexFiles: 1,
    indexDataBytes: 1,
  });
  const js = (bytes: number) =>
    pageWeight([{ url: 'http://h/', body: new TextEncoder().encode(`<script>${'x'.repeat(bytes)}</script>`), contentType: 'text/html' }]);
  const summary: BenchSummary = {
    shipped: build(26, 2600),
    pages: [
      { type: 'home', path: '', status: 'ok', weight: js(100) },
      { type: 'section', path: 'sections/06/', status: 'ok', weight: js(200) },
      { type: 'feedback', path: 'feedback/', status: 'ok', weight: js(5000) },
      { type: 'data', path: 'data/', status: 'missing' },
    ],
    search: null,
    scale: [build(2600, 260_000), build(260, 13_000)],
    notes: {},
  };
  const m = flatMetrics(summary);
  it('takes the largest JavaScript of the content pages only (feedback is not one)', () => expect(m['content.maxJsBytes']).toBe(200));
  it('names the inline scripts of each content page', () => {
    expect(inlineScriptLines(summary.pages)).toEqual([
      `inline scripts on /: 100 B «${'x'.repeat(40)}…»`,
      `inline scripts on /sections/06/: 200 B «${'x'.repeat(40)}…»`,
    ]);
  });
  it('has no metric for a missing page', () => expect(m['page.data.gzipTotal']).toBeUndefined());
  it('counts the first search from opening the search page, and not at all from a fallback page', () => {
    const q = { term: '信访', ms: 100, results: 2, weight: js(1000) };
    const search = { from: 'search/', mode: 'ui' as const, fallback: false, page: js(500), first: q, warm: q };
    expect(flatMetrics({ ...summary, search })['search.first.gzipTotal']).toBe(js(500).gzipTotal + js(1000).gzipTotal);
    expect(flatMetrics({ ...summary, search: { ...search, fallback: true } })['search.first.gzipTotal']).toBeUndefined();
  });
  it('compares time per section at the largest and the smallest synthetic size', () =>
    expect(m['scale.perSectionRatio']).toBeCloseTo(100 / 50));
  it('says how build time grows from 26 to 260 to 2,600 sections', () => {
    const lines = growthLines(summary);
    expect(lines[0]).toBe('time per section: 26 → 100 ms, 260 → 50 ms, 2600 → 100 ms');
    expect(lines).toContain(
      'build time 260 → 2600 sections: ×20.00 for ×10 sections, super-linear (≈ n^1.30: each section costs more as the report grows)',
    );
    expect(lines).toContain('  by step: astro build ×20.0 (n^1.30), pagefind ×13000.0 (n^4.11)');
  });
});

describe('searchParts', () => {
  it('splits a query into runtime JS, wasm, index chunks and fragments', () => {
    const w = pageWeight([
      { url: 'http://h/pagefind/pagefind.js', body: randomBytes(10), contentType: 'text/javascript' },
      { url: 'http://h/pagefind/wasm.unknown.pagefind', body: randomBytes(20) },
      { url: 'http://h/pagefind/index/zh_1.pf_index', body: randomBytes(30) },
      { url: 'http://h/pagefind/fragment/zh_1.pf_fragment', body: randomBytes(40) },
    ]);
    expect(searchParts(w)).toMatchObject({ 'runtime JS': 10, wasm: 20, index: 30, fragments: 40, other: 0 });
  });
});

describe('stepDurations', () => {
  it('times each printed step until the next, and the start-up before the first', () => {
    const steps = stepDurations(
      [
        { name: 'astro build', at: 1300 },
        { name: 'pagefind', at: 4000 },
      ],
      1000,
      4500,
    );
    expect(steps).toEqual([
      { name: 'start-up', ms: 300 },
      { name: 'astro build', ms: 2700 },
      { name: 'pagefind', ms: 500 },
    ]);
  });
  it('gives each step the largest memory sampled while it ran', () => {
    const samples = [
      { at: 1100, rss: 50 },
      { at: 2000, rss: 900 },
      { at: 3000, rss: 700 },
      { at: 4100, rss: 300 },
    ];
    expect(
      stepDurations(
        [
          { name: 'astro build', at: 1300 },
          { name: 'pagefind', at: 4000 },
        ],
        1000,
        4500,
        samples,
      ).map((st) => st.peakRss),
    ).toEqual([50, 900, 300]);
  });
});
