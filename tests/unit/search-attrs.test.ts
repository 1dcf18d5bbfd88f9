import { describe, expect, it } from 'vitest';
import { searchAttrs, searchOrder, searchPartAttrs } from '../../src/lib/search/attrs.ts';

const report = { slug: '2022-12-20-jiangyan', date: '2022-12-20' };

describe('searchAttrs', () => {
  it('marks a section as the indexed body with its report, number and theme as meta and filters', () => {
    const a = searchAttrs({ report, kind: 'section', title: '项目招引质效不高', number: 2, theme: '经济发展' });
    expect(a['data-pagefind-body']).toBe('');
    expect(a['data-pagefind-meta']).toBe('title[data-search-title], kind[data-search-kind], number[data-search-number]');
    expect(a['data-pagefind-filter']).toBe('report[data-search-report], theme[data-search-theme]');
    expect(a['data-pagefind-sort']).toBe('order[data-search-order]');
    expect(a['data-search-title']).toBe('项目招引质效不高');
    expect(a['data-search-report']).toBe('2022-12-20-jiangyan');
    // The report's title is not index data: the search page names the report by its slug.
    expect(a['data-search-report-title']).toBeUndefined();
    expect(a['data-pagefind-meta']).not.toContain('report');
    expect(a['data-search-number']).toBe('2');
    expect(a['data-search-year']).toBeUndefined();
    expect(a['data-search-theme']).toBe('经济发展');
    expect(a['data-search-kind']).toBe('section');
  });

  it('leaves out number and theme when a report part or an undated report has none', () => {
    const a = searchAttrs({ report: { slug: 'x' }, kind: 'report-part', title: 'X' });
    expect(a['data-pagefind-meta']).toBe('title[data-search-title], kind[data-search-kind]');
    expect(a['data-pagefind-filter']).toBe('report[data-search-report]');
    expect(Object.keys(a).filter((k) => /number|theme|year/.test(k))).toEqual([]);
  });

  it('refuses an empty slug, a malformed date and a number that is not a problem number, naming the field', () => {
    expect(() => searchAttrs({ report: { ...report, slug: ' ' }, kind: 'section', title: 't' })).toThrow(/slug/);
    expect(() => searchAttrs({ report: { ...report, date: '2022-12' }, kind: 'section', title: 't' })).toThrow(/date.*YYYY-MM-DD.*2022-12/);
    expect(() => searchAttrs({ report, kind: 'section', title: 't', number: 0 })).toThrow(/number/);
  });
});

describe('searchOrder', () => {
  it('sorts newer reports first and, within a report, the home page before problems in number order', () => {
    const keys = [
      searchOrder('2021-05-01', 3),
      searchOrder('2022-12-20', 10),
      searchOrder('2022-12-20', 2),
      searchOrder('2022-12-20', undefined),
      searchOrder('2021-05-01', undefined),
    ];
    expect([...keys].sort()).toEqual([keys[3], keys[2], keys[1], keys[4], keys[0]]);
  });
});

describe('searchPartAttrs', () => {
  it('gives a part its id and its label for the result', () => {
    expect(searchPartAttrs({ id: 'preamble', label: '前言' })).toEqual({ id: 'preamble', 'data-pagefind-title': '前言' });
  });
  it('refuses an id that cannot be a URL fragment as written', () => {
    expect(() => searchPartAttrs({ id: '前言 1', label: '前言' })).toThrow(/id/);
  });
});
