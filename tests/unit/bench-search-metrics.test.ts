import { describe, expect, it } from 'vitest';
import { flatMetrics, searchTermsTable, termMetrics, type BenchSummary, type BuildSummary } from '../../tools/bench/report.ts';
import type { TermSearch, TermsSummary } from '../../tools/bench/search.ts';
import { fragmentRequests, fragmentUrls } from '../../tools/bench/search.ts';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { pageWeight } from '../../tools/bench/weight.ts';

const build = (sections: number, indexBytes: number): BuildSummary => ({
  sections,
  pages: sections + 4,
  runs: [{ wallMs: 1000, peakTreeRss: 1, maxProcessHwm: 1, steps: [], load1: 0 }],
  medianWallMs: 1000,
  peakRss: 1,
  indexBytes,
  indexFiles: 3,
  indexDataBytes: indexBytes / 2,
});

const term = (role: TermSearch['role'], t: string, gzip: number, fragments: number, ms: number, warmMs: number): TermSearch => ({
  role,
  term: t,
  pages: 1,
  why: 'test',
  results: 1,
  gzipTotal: gzip,
  requests: fragments + 11,
  fragments,
  ms,
  warm: { term: '整改', ms: warmMs, gzip: 1, fragments: 0 },
});

const figures = (scale = 1): TermsSummary => ({
  from: 'search/',
  terms: [
    term('every', '整改', 120_000 * scale, 10, 300 * scale, 40),
    term('mid', '招商引资', 90_000 * scale, 2, 200 * scale, 60),
    term('mid', '岭家庄', 88_000 * scale, 1, 150 * scale, 20),
    term('nowhere', '区改', 80_000 * scale, 0, 900 * scale, 30),
  ],
  quality: {
    terms: 100,
    pages: 27,
    recall: 1,
    precision: 0.98,
    truePositives: 49,
    falsePositives: 1,
    falseNegatives: 0,
    wrong: ['区: expected 3, found 4, common 3'],
  },
});

const summary = (largest: number): BenchSummary => ({
  shipped: build(26, 500_000),
  pages: [],
  search: null,
  scale: [build(260, 2_000_000), build(largest, 9_000_000)],
  searchTerms: figures(),
  scaleSearchTerms: figures(2),
  notes: {},
});

describe('flatMetrics: issue 13 search figures', () => {
  const m = flatMetrics(summary(2600));

  it('has each term by its role and the worst of the terms, on the shipped build', () => {
    expect(m['search.every.first.gzipTotal']).toBe(120_000);
    expect(m['search.mid1.first.fragments']).toBe(2);
    expect(m['search.mid2.first.ms']).toBe(150);
    expect(m['search.nowhere.first.requests']).toBe(11);
    expect(m['search.worst.first.gzipTotal']).toBe(120_000);
    expect(m['search.worst.first.fragments']).toBe(10);
    expect(m['search.worst.first.ms']).toBe(900);
    expect(m['search.worst.first.requests']).toBe(21);
    expect(m['search.worst.warm.ms']).toBe(60);
  });

  it('has exactness: recall, precision and the number of queries that differ from the truth', () => {
    expect(m['search.quality.recall']).toBe(1);
    expect(m['search.quality.precision']).toBe(0.98);
    expect(m['search.quality.wrongTerms']).toBe(1);
    expect(m['search.quality.terms']).toBe(100);
  });

  it('has the largest build under its size and, at 2,600 sections or more, under scale.archive for the budgets', () => {
    expect(m['scale.2600.search.worst.first.gzipTotal']).toBe(240_000);
    expect(m['scale.archive.search.worst.first.gzipTotal']).toBe(240_000);
    expect(m['scale.archive.search.worst.first.ms']).toBe(1800);
    expect(m['scale.archive.search.quality.wrongTerms']).toBe(1);
    const small = flatMetrics(summary(1300));
    expect(small['scale.1300.search.worst.first.fragments']).toBe(10);
    expect(Object.keys(small).filter((k) => k.startsWith('scale.archive.'))).toEqual([]);
  });

  it('records the pagefind/ folder on disk at every size', () => {
    expect(m['index.bytes']).toBe(500_000);
    expect(m['index.dataBytes']).toBe(250_000);
    expect(m['scale.260.index.bytes']).toBe(2_000_000);
    expect(m['scale.2600.index.bytes']).toBe(9_000_000);
    expect(m['scale.2600.index.dataBytes']).toBe(4_500_000);
  });

  it('keeps the existing keys and adds none for search figures that were not measured', () => {
    const none = flatMetrics({ ...summary(2600), searchTerms: null, scaleSearchTerms: null });
    expect(none['build.wallMs.median']).toBe(1000);
    expect(Object.keys(none).filter((k) => k.startsWith('search.') || k.includes('.search.'))).toEqual([]);
    expect(termMetrics('x', { from: 'search/', terms: [], quality: null })).toEqual({});
  });
});

describe('searchTermsTable', () => {
  it('prints a row per term, the worst, the index on disk and exactness', () => {
    const text = searchTermsTable(figures(), build(26, 500_000));
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^role +term +pages +results +requests +fragments +gzip +time +warm term +warm time +warm frag\.$/);
    expect(lines.find((l) => l.startsWith('mid1'))).toMatch(/招商引资 +1 +1 +13 +2 +87\.9 KB +200 ms +整改 +60 ms +0$/);
    expect(lines.find((l) => l.startsWith('worst'))).toMatch(/21 +10 +117\.2 KB +900 ms +60 ms +0$/);
    expect(text).toContain('index on disk: pagefind/ folder 488.3 KB (500000 B) in 3 files');
    expect(text).toContain('recall 1.0000, precision 0.9800');
    expect(text).toContain('differs: 区: expected 3, found 4, common 3');
  });
});

describe('fragmentRequests', () => {
  it('counts the .pf_fragment responses only', () => {
    const w = pageWeight([
      { url: 'http://h/pagefind/fragment/a.pf_fragment', body: new Uint8Array(4) },
      { url: 'http://h/pagefind/fragment/b.pf_fragment', body: new Uint8Array(4) },
      { url: 'http://h/pagefind/index/c.pf_index', body: new Uint8Array(4) },
    ]);
    expect(fragmentRequests(w)).toBe(2);
  });
});

describe('fragmentUrls', () => {
  const write = (dir: string, name: string, json: unknown) =>
    writeFileSync(join(dir, 'pagefind', 'fragment', name), gzipSync(Buffer.from(`pagefind_dcd${JSON.stringify(json)}`)));

  it('reads result ids from one-page fragment files and from shared ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fragment-urls-'));
    try {
      mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
      write(dir, 'und_aaa1.pf_fragment', { url: '/r/sections/01/', content: 'x' });
      write(dir, 'und_group_bbb2.pf_fragment', {
        und_ccc3: { url: '/r/sections/02/', content: 'y' },
        und_ddd4: { url: '/r/sections/03/', content: 'z' },
      });
      expect([...fragmentUrls(dir)].sort()).toEqual([
        ['und_aaa1', '/r/sections/01/'],
        ['und_ccc3', '/r/sections/02/'],
        ['und_ddd4', '/r/sections/03/'],
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
