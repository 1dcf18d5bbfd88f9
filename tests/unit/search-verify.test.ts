import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { excerptAround } from '../../src/lib/search/excerpt.ts';
import { matchPage, occurrences, rank, segmentsOf, type PageMatch, type PagefindPage } from '../../src/lib/search/verify.ts';
import { searchSections, type PagefindApi } from '../../src/lib/search/run.ts';
import { queryParts } from '../../src/lib/search/segment.ts';
import { readSearchParams, resultView, searchParamsFor, statusText } from '../../src/lib/search/view.ts';
import { searchIndexIssue } from '../../src/lib/build/verify.ts';
import { t } from '../../src/i18n/zh-CN.ts';

/** result.data() of sections/09/ as pagefind.js 1.6.0 returned it for an index built by our build. */
const page09 = JSON.parse(readFileSync('tests/fixtures/search/pagefind-data-09.json', 'utf8')) as PagefindPage;

describe('segmentsOf', () => {
  const segments = segmentsOf(page09);
  it('cuts a page at its measure headings, using Pagefind word positions', () => {
    expect(segments.map((s) => [s.id, s.label])).toEqual([[null, ''], ['m1', '(1)'], ['m2', '(2)']]);
    expect(segments[0]!.text.trim()).toBe('9. 关于\u201C招引项目部分优惠措施违规\u201D问题的整改。');
  });
  it('gives each measure its text as published, without the ". " Pagefind puts after a heading', () => {
    expect(segments[1]!.text.startsWith('进一步规范项目签约流程,')).toBe(true);
    expect(segments[1]!.text.trim().endsWith('推动相关问题整改。')).toBe(true);
    expect(segments[2]!.text.startsWith('认真组织对开发区13家企业')).toBe(true);
  });
  it('treats a page as one segment when Pagefind gives no word positions', () => {
    const { raw_content: _, ...plain } = page09;
    expect(segmentsOf(plain)).toEqual([{ id: null, label: '', text: page09.content }]);
  });
});

describe('matchPage', () => {
  it('keeps a page that contains the term and links each measure that does', () => {
    const m = matchPage(page09, ['招商引资'])!;
    expect(m.number).toBe(9);
    expect(m.title).toBe('招引项目部分优惠措施违规');
    expect(m.theme).toBe(page09.filters!['theme']![0]);
    expect(m.count).toBe(3);
    expect(m.hits.map((h) => h.url)).toEqual(['/sections/09/#m1', '/sections/09/#m2']);
    expect(m.hits[1]!.excerpt.match).toBe('招商引资');
  });
  it('drops a page that has every character of the term but not the term', () => {
    // 招, 商, 引, 资 … all occur in section 9; 资招 does not.
    expect(matchPage(page09, ['资招'])).toBeNull();
    expect(matchPage(page09, ['高企'])).toBeNull();
  });
  it('needs every part of a query of several words', () => {
    expect(matchPage(page09, ['招商引资', '高新区'])).not.toBeNull();
    expect(matchPage(page09, ['招商引资', '物业'])).toBeNull();
  });
  it('links the page itself when the match is outside the measures', () => {
    const m = matchPage(page09, ['优惠措施'])!;
    expect(m.hits.map((h) => [h.url, h.id])).toEqual([['/sections/09/', null]]);
  });
  it('matches full-width digits and signs typed by the reader', () => {
    expect(matchPage(page09, queryParts('\uFF11\uFF13家'))).not.toBeNull();
  });
  it('finds nothing for an empty query', () => {
    expect(matchPage(page09, [])).toBeNull();
  });
});

describe('occurrences and rank', () => {
  it('counts non-overlapping occurrences', () => {
    expect(occurrences('物业物业管理物业', '物业')).toBe(3);
    expect(occurrences('aaa', 'aa')).toBe(1);
    expect(occurrences('abc', '')).toBe(0);
  });
  it('puts pages with more occurrences first, then report order', () => {
    const m = (url: string, number: number, count: number): PageMatch => ({ url, number, title: '', theme: null, count, hits: [] });
    expect(rank([m('c', 3, 1), m('a', 1, 1), m('b', 2, 5)]).map((x) => x.url)).toEqual(['b', 'a', 'c']);
  });
});

describe('excerptAround', () => {
  it('keeps the match apart and marks cut ends', () => {
    expect(excerptAround('一二三四五六七八九十', 4, 2, 2)).toEqual({ before: '三四', match: '五六', after: '七八', cutBefore: true, cutAfter: true });
    expect(excerptAround('物业管理', 0, 2, 5)).toEqual({ before: '', match: '物业', after: '管理', cutBefore: false, cutAfter: false });
  });
  it('never cuts a character outside the basic plane in half', () => {
    const e = excerptAround('\u{20000}\u{20001}物业', 4, 2, 1);
    expect(e.before).toBe('\u{20001}');
  });
});

describe('searchSections', () => {
  const fake = (pages: PagefindPage[], seen: unknown[] = []): PagefindApi => ({
    search: async (term, options) => {
      seen.push([term, options]);
      return { results: pages.map((p) => ({ data: async () => p })) };
    },
  });
  it('asks Pagefind with the query split like the index, with the theme as a filter', async () => {
    const seen: unknown[] = [];
    await searchSections(fake([page09], seen), '招商引资', '全面从严治党');
    expect(seen).toEqual([['招 商 引 资', { filters: { theme: '全面从严治党' } }]]);
  });
  it('returns only the candidates that contain the query', async () => {
    const other: PagefindPage = { ...page09, url: '/sections/10/', content: '招引商资', raw_content: '招\u200B引\u200B商\u200B资', anchors: [] };
    const out = await searchSections(fake([other, page09]), '招商引资');
    expect(out.results.map((r) => r.url)).toEqual(['/sections/09/']);
  });
  it('lets every page be a candidate when the query has no word Pagefind can look up', async () => {
    const seen: unknown[] = [];
    const out = await searchSections(fake([page09], seen), '%');
    expect(seen[0]).toEqual([null, { filters: {} }]);
    expect(out.results).toEqual([]);
  });
  it('does not search for an empty query', async () => {
    const seen: unknown[] = [];
    expect(await searchSections(fake([page09], seen), '  ')).toEqual({ parts: [], results: [] });
    expect(seen).toEqual([]);
  });
});

describe('search page view', () => {
  it('says how many sections contain the query, within a theme when one is chosen', () => {
    const outcome = { parts: ['物业'], results: [matchPage(page09, ['招商引资'])!] };
    expect(statusText(t, outcome, ' 物业 ', null)).toBe(t('search.count', { count: 1, query: '物业' }));
    expect(statusText(t, outcome, '物业', '民生保障')).toBe(t('search.countInTheme', { theme: '民生保障', count: 1, query: '物业' }));
    expect(statusText(t, { parts: ['x'], results: [] }, 'x', null)).toBe(t('search.none', { query: 'x' }));
    expect(statusText(t, { parts: [], results: [] }, '', null)).toBe(t('search.prompt'));
  });
  it('shows a result with its section number and title and each measure with its excerpt', () => {
    const view = resultView(t, matchPage(page09, ['招商引资'], 5)!);
    expect(view.title).toBe(t('search.resultTitle', { n: 9, title: '招引项目部分优惠措施违规' }));
    expect(view.meta).toBe(t('search.resultMeta', { theme: '全面从严治党', count: 3 }));
    expect(view.hits[0]!.label).toBe(t('search.hitMeasure', { label: '(1)' }));
    expect(view.hits[0]!.match).toBe('招商引资');
    expect(view.hits[0]!.before.startsWith(t('search.ellipsis'))).toBe(true);
  });
  it('labels a match under another heading with that heading, and one outside any heading as the body', () => {
    const m = matchPage(page09, ['招商引资'])!;
    const other = { ...m, hits: [{ ...m.hits[0]!, id: 'background', label: '背景' }, { ...m.hits[0]!, id: null, label: '' }] };
    expect(resultView(t, other).hits.map((h) => h.label)).toEqual(['背景', t('search.hitBody')]);
  });
  it('round-trips the query and theme through the URL', () => {
    const qs = searchParamsFor(' 58.62% ', '民生保障');
    expect(readSearchParams(qs)).toEqual({ query: '58.62%', theme: '民生保障' });
    expect(searchParamsFor('', null)).toBe('');
    expect(readSearchParams('?q=%E7%89%A9%E4%B8%9A&theme=')).toEqual({ query: '物业', theme: null });
  });
});

describe('searchIndexIssue', () => {
  const entry = (n: number) => JSON.stringify({ version: '1.6.0', languages: { 'zh-cn': { hash: 'x', page_count: n } } });
  it('accepts an index holding every page that asks to be indexed', () => {
    expect(searchIndexIssue(entry(26), 26)).toBeNull();
  });
  it('reports an index with pages missing or unreadable', () => {
    expect(searchIndexIssue(entry(25), 26)).toMatch(/25.*26/);
    expect(searchIndexIssue('{', 26)).not.toBeNull();
  });
});

describe('search strings', () => {
  it('picks the search strings and translates them like t()', async () => {
    const { zhCN } = await import('../../src/i18n/zh-CN.ts');
    const { pickStrings, translator } = await import('../../src/lib/search/strings.ts');
    const strings = pickStrings(zhCN, 'search.');
    expect(Object.keys(strings).every((k) => k.startsWith('search.'))).toBe(true);
    expect(Object.keys(strings)).toContain('search.count');
    const tr = translator(strings);
    expect(tr('search.count', { count: 2, query: '物业' })).toBe(t('search.count', { count: 2, query: '物业' }));
    expect(tr('site.home')).toBe('site.home');
  });
});
