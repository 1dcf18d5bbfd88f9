import { describe, expect, it } from 'vitest';
import {
  indexOfPart,
  MAX_QUERY_CHARS,
  pageMatch,
  searchPages,
  segmentsOf,
  type PagefindApi,
  type PagefindPage,
  type SearchOptions,
} from '../../src/lib/search/run.ts';
import { partQuery, textWords } from '../../src/lib/search/tokens.ts';

/** A fragment as Pagefind returns it for a page whose text is given in pieces; a heading's words come first in its piece. */
function fragment(
  pieces: { text: string; anchor?: { element: string; id: string; heading?: string; title?: string } }[],
  meta: Record<string, string> = {},
): PagefindPage {
  const all: string[] = [];
  const anchors: NonNullable<PagefindPage['anchors']> = [];
  for (const p of pieces) {
    if (p.anchor) {
      const headingWords = p.anchor.heading ? textWords(p.anchor.heading) : [];
      anchors.push({
        element: p.anchor.element,
        id: p.anchor.id,
        text: headingWords.join(' '),
        ...(p.anchor.title ? { title: p.anchor.title } : {}),
        location: all.length,
      });
      all.push(...headingWords);
    }
    all.push(...textWords(p.text));
  }
  return {
    url: '/r/sections/06/',
    content: all.join(' '),
    meta: { title: '安全生产监管不到位', number: '6', kind: 'section', ...meta },
    filters: { report: ['r1'], theme: ['安全生产'] },
    anchors,
  };
}

const page = fragment([
  { text: '6. 关于安全生产的整改。' },
  { text: '开展隐患排查，已整改5388项。', anchor: { element: 'h3', id: 'm1', heading: '(1)' } },
  { text: '组织道路交通安全宣传。', anchor: { element: 'h3', id: 'm2', heading: '(2)' } },
]);

describe('segmentsOf', () => {
  it('cuts a page at its headings with ids, the heading text as label and not in the segment', () => {
    const segs = segmentsOf(page);
    expect(segs.map((s) => [s.id, s.label])).toEqual([
      [null, ''],
      ['m1', '(1)'],
      ['m2', '(2)'],
    ]);
    expect(segs[1]!.chars.join('').trim()).toBe('开展隐患排查，已整改5388项。');
  });
  it('cuts at a part labelled with data-pagefind-title, keeping its text', () => {
    const home = fragment([{ text: '标题' }, { text: '第一责任人职责', anchor: { element: 'div', id: 'part-1', title: '报告开头' } }]);
    expect(segmentsOf(home).map((s) => [s.id, s.label, s.chars.join('').trim()])).toEqual([
      [null, '', '标题'],
      ['part-1', '报告开头', '第一责任人职责'],
    ]);
  });
  it('cuts at a measure anchored inside a paragraph (二是…), its marker kept in the text', () => {
    const p = fragment([{ text: '一是加强排查；' }, { text: '二是落实整改。', anchor: { element: 'a', id: 'm2', heading: '' } }]);
    const segs = segmentsOf({ ...p, anchors: p.anchors!.map((a) => ({ ...a, text: '' })) });
    expect(segs.map((s) => [s.id, s.chars.join('').trim()])).toEqual([
      [null, '一是加强排查；'],
      ['m2', '二是落实整改。'],
    ]);
  });
  it('ignores anchors that are neither headings nor labelled parts (figure ids, wrappers)', () => {
    const p = fragment([{ text: '正文' }, { text: '图表', anchor: { element: 'svg', id: 'f6' } }]);
    expect(segmentsOf(p).map((s) => s.id)).toEqual([null]);
  });
});

describe('indexOfPart', () => {
  it('finds a run of characters, and not one broken by a space', () => {
    expect(indexOfPart([...'已整改5388项'], [...'5388'])).toBe(3);
    expect(indexOfPart([...'整 改'], [...'整改'])).toBe(-1);
  });
});

describe('pageMatch', () => {
  it('lists each part that holds the query, with an excerpt around its first occurrence', () => {
    const m = pageMatch(page, ['整改']);
    expect(m.hits.map((h) => h.url)).toEqual(['/r/sections/06/', '/r/sections/06/#m1']);
    expect(m.hits[1]!.excerpt.pieces).toEqual([
      { text: '开展隐患排查，已', match: false },
      { text: '整改', match: true },
      { text: '5388项。', match: false },
    ]);
    expect(m).toMatchObject({ title: '安全生产监管不到位', number: 6, report: 'r1', kind: 'section', theme: '安全生产' });
  });
  it("names the result's report by its title, looked up from the slug its report filter holds", () => {
    expect(pageMatch(page, ['整改'], (slug) => (slug === 'r1' ? '某区委通报' : '?')).report).toBe('某区委通报');
    expect(pageMatch({ ...page, filters: {} }, ['整改'], () => '某区委通报').report).toBeNull();
  });
  it('takes every part of a query of several words', () => {
    expect(pageMatch(page, ['5388', '交通']).hits.map((h) => h.id)).toEqual(['m1', 'm2']);
  });
  it('highlights every part of the query that stands in an excerpt, not only the first found', () => {
    const m = pageMatch(fragment([{ text: '开展隐患排查，隐患已整改。' }]), ['整改', '隐患']);
    expect(m.hits[0]!.excerpt.pieces.filter((p) => p.match).map((p) => p.text)).toEqual(['隐患', '隐患', '整改']);
  });
  it('has no number for a result without one', () => {
    expect(
      pageMatch(fragment([{ text: '前言' }], { number: undefined as unknown as string, kind: 'report-part' }), ['前言']).number,
    ).toBeNull();
  });
});

/** A stand-in for pagefind.js: answers each query from a table, recording what it was asked. */
function standIn(table: Record<string, string[]>) {
  const asked: [string, SearchOptions | undefined][] = [];
  const loaded: string[] = [];
  const api: PagefindApi = {
    search: async (term, options) => {
      asked.push([term, options]);
      return { results: (table[term] ?? []).map((id) => ({ id, data: async () => (loaded.push(id), { ...page, url: `/${id}/` }) })) };
    },
  };
  return { api, asked, loaded };
}

describe('searchPages', () => {
  it('asks for the exact phrase in the order searchAttrs sets, with the chosen filters', async () => {
    const pf = standIn({ [partQuery('整改')]: ['a', 'b'] });
    const out = await searchPages(pf.api, ' 整改 ', { report: 'r1', theme: '安全生产' });
    expect(pf.asked[0]).toEqual([partQuery('整改'), { filters: { report: 'r1', theme: '安全生产' }, sort: { order: 'asc' } }]);
    expect(out).toMatchObject({ kind: 'results', parts: ['整改'], total: 2 });
  });
  it('counts the matching pages from the index without loading any of them', async () => {
    const pf = standIn({ [partQuery('整改')]: Array.from({ length: 2600 }, (_, i) => `p${i}`) });
    const out = await searchPages(pf.api, '整改');
    expect(out.kind === 'results' && out.total).toBe(2600);
    expect(pf.loaded).toEqual([]);
  });
  it('keeps only pages that hold every part, in the first part’s order', async () => {
    const pf = standIn({ [partQuery('整改')]: ['a', 'b', 'c'], [partQuery('物业')]: ['c', 'a'] });
    const out = await searchPages(pf.api, '整改 物业');
    expect(out.kind === 'results' && out.pages.map((p) => p.id)).toEqual(['a', 'c']);
  });
  it('loads a page’s text only when it is shown', async () => {
    const pf = standIn({ [partQuery('整改')]: ['a', 'b'] });
    const out = await searchPages(pf.api, '整改');
    if (out.kind !== 'results') throw new Error(out.kind);
    const shown = await out.pages[1]!.load();
    expect(pf.loaded).toEqual(['b']);
    expect(shown.url).toBe('/b/');
  });
  it('does not search an empty query, nor one longer than the cap', async () => {
    const pf = standIn({});
    expect(await searchPages(pf.api, ' \u3000')).toEqual({ kind: 'empty' });
    expect(await searchPages(pf.api, '字'.repeat(MAX_QUERY_CHARS + 1))).toEqual({ kind: 'tooLong', max: MAX_QUERY_CHARS });
    expect(await searchPages(pf.api, '字'.repeat(100_000))).toEqual({ kind: 'tooLong', max: MAX_QUERY_CHARS });
    expect(pf.asked).toEqual([]);
  });
});

/** A stand-in that also answers plain one-character searches with word positions, as pagefind.js does for a word. */
function positional(pages: Record<string, string>, order: string[]) {
  const api: PagefindApi = {
    search: async (term) => {
      const quoted = term.startsWith('"');
      const codes = term.replace(/"/g, '').split(' ');
      const chars = codes.map((c) => String.fromCodePoint([...c].reduce((n, l) => n * 26 + l.charCodeAt(0) - 97, 0)));
      const results = order
        .filter((id) => (quoted ? pages[id]!.includes(chars.join('')) : pages[id]!.includes(chars[0]!)))
        .map((id) => {
          const text = [...pages[id]!];
          const words = quoted ? [] : text.flatMap((c, i) => (c === chars[0] ? [i] : []));
          return { id, score: 1, words, data: async () => ({ ...page, url: `/${id}/` }) };
        });
      return { results };
    },
  };
  return api;
}

describe('searchPages ranking', () => {
  it('lists the page where the query occurs most first, keeping exactly the pages that hold it', async () => {
    const pages = { a: '整改一次。', b: '无关。', c: '整改整改又整改。', d: '整改，再整改。' };
    const out = await searchPages(positional(pages, ['a', 'b', 'c', 'd']), '整改');
    expect(out.kind === 'results' && out.pages.map((p) => p.id)).toEqual(['c', 'd', 'a']);
  });
  it('counts a phrase only where its characters stand in a row', async () => {
    const pages = { a: '整个改革，整改。', b: '整改整改。' };
    const out = await searchPages(positional(pages, ['a', 'b']), '整改');
    expect(out.kind === 'results' && out.pages.map((p) => p.id)).toEqual(['b', 'a']);
  });
  it('adds up the occurrences of every part; equal pages keep the printed order', async () => {
    const pages = { a: '物业整改。', b: '物业物业整改。', c: '物业整改。' };
    const out = await searchPages(positional(pages, ['a', 'b', 'c']), '物业 整改');
    expect(out.kind === 'results' && out.pages.map((p) => p.id)).toEqual(['b', 'a', 'c']);
  });
});
