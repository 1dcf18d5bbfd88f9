import { describe, expect, it } from 'vitest';
import { moreText, PAGE_SIZE, readSearchParams, resultView, searchParamsFor, statusText } from '../../src/lib/search/view.ts';
import { scriptStrings, translator } from '../../src/lib/search/strings.ts';
import { zhCN } from '../../src/i18n/zh-CN.ts';
import type { PageMatch, SearchOutcome } from '../../src/lib/search/run.ts';

// The strings the page ships to its script: a key missing there shows as the key and fails these tests.
const t = translator(scriptStrings(zhCN));
const results = (total: number): SearchOutcome => ({ kind: 'results', parts: ['整改'], total, pages: [] });
const none = { report: null, theme: null };

describe('statusText', () => {
  it('says how many pages match and, while not all are shown, how many are', () => {
    expect(statusText(t, results(27), '整改', none, 10)).toBe('共有27个页面包含\u201C整改\u201D\u3002已显示前10个\u3002');
    expect(statusText(t, results(3), '整改', none, 3)).toBe('共有3个页面包含\u201C整改\u201D\u3002');
  });
  it('names the report and the theme searched in', () => {
    expect(statusText(t, results(2), '整改', { report: '某区委通报', theme: '民生' }, 2)).toBe(
      '在\u201C某区委通报\u201D中\uFF0C在\u201C民生\u201D主题中\uFF0C共有2个页面包含\u201C整改\u201D\u3002',
    );
    expect(statusText(t, results(0), '整改', { report: null, theme: '民生' }, 0)).toContain('在\u201C民生\u201D主题中\uFF0C没有找到');
  });
  it('says a page of a query of several words holds each of them, naming each word', () => {
    const two: SearchOutcome = { kind: 'results', parts: ['物业', '整改'], total: 4, pages: [] };
    expect(statusText(t, two, '物业 整改', none, 4)).toBe('共有4个页面同时包含\u201C物业\u201D和\u201C整改\u201D\u3002');
    expect(statusText(t, { ...two, parts: ['甲', '乙', '丙'] }, '甲 乙 丙', none, 4)).toContain(
      '\u201C甲\u201D\u201C乙\u201D和\u201C丙\u201D',
    );
    expect(statusText(t, { ...two, total: 0 }, '物业 整改', none, 0)).toContain('同时包含\u201C物业\u201D和\u201C整改\u201D');
  });
  it('asks for a query, and refuses a long one with its length and the limit', () => {
    expect(statusText(t, { kind: 'empty' }, '', none, 0)).toBe(t('search.prompt'));
    expect(statusText(t, { kind: 'tooLong', max: 50 }, '字'.repeat(60), none, 0)).toBe(t('search.tooLong', { length: 60, max: 50 }));
  });
});

describe('moreText', () => {
  it('offers the next batch, never more than there are, and nothing when all are shown', () => {
    expect(moreText(t, 27, 10)).toBe(t('search.more', { count: PAGE_SIZE }));
    expect(moreText(t, 27, 20)).toBe(t('search.more', { count: 7 }));
    expect(moreText(t, 27, 27)).toBeNull();
  });
});

const match: PageMatch = {
  url: '/r/sections/06/',
  title: '安全生产监管不到位',
  number: 6,
  kind: 'section',
  report: '某区委通报',
  theme: '安全生产',
  hits: [
    {
      url: '/r/sections/06/#m2',
      id: 'm2',
      label: '(2)',
      excerpt: {
        pieces: [
          { text: '已', match: false },
          { text: '整改', match: true },
          { text: '到位', match: false },
        ],
        cutBefore: true,
        cutAfter: false,
      },
    },
    {
      url: '/r/#part-1',
      id: 'part-1',
      label: '报告开头',
      excerpt: { pieces: [{ text: '整改', match: true }], cutBefore: false, cutAfter: true },
    },
  ],
};

describe('resultView', () => {
  it('titles a problem with its number, names its report and theme, and labels measures and parts', () => {
    const v = resultView(t, match);
    expect(v.title).toBe('第6项 安全生产监管不到位');
    expect(v.meta).toBe('出自\uFF1A某区委通报 \u00B7 主题\uFF1A安全生产');
    expect(v.hits.map((h) => h.label)).toEqual(['整改措施(2)', '报告开头']);
    expect(v.hits[0]!.pieces).toEqual([
      { text: '\u2026', match: false },
      { text: '已', match: false },
      { text: '整改', match: true },
      { text: '到位', match: false },
    ]);
    expect(v.hits[1]!.pieces.at(-1)).toEqual({ text: '\u2026', match: false });
  });
  it('does not repeat the report’s name under a result that is the report itself', () => {
    expect(resultView(t, { ...match, number: null, kind: 'report-part', title: '某区委通报', theme: null }).meta).toBe('');
  });
});

describe('search parameters', () => {
  it('reads and writes q, report and theme, so a link to a search runs it', () => {
    const p = { query: '物业', report: '2022-12-20-jiangyan', theme: '民生保障' };
    expect(readSearchParams(searchParamsFor(p))).toEqual(p);
    expect(searchParamsFor({ query: '  ', report: null, theme: null })).toBe('');
    expect(readSearchParams('?report=x')).toEqual({ query: '', report: 'x', theme: null });
  });
});
