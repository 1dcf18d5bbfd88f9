import { describe, expect, it } from 'vitest';
import { INDEX_SEPARATOR, normaliseForMatch, pagefindQuery, queryParts, splitSingles } from '../../src/lib/search/segment.ts';
import { htmlForIndex } from '../../src/lib/search/index-html.ts';

const Z = INDEX_SEPARATOR;

describe('splitSingles', () => {
  it('makes every Han character a word of its own', () => {
    expect(splitSingles('整改到位')).toBe(`整${Z}改${Z}到${Z}位`);
  });
  it('splits digits, numbers with points and percentages the same way', () => {
    expect(splitSingles('58.62%')).toBe(`5${Z}8${Z}.${Z}6${Z}2${Z}%`);
    expect(splitSingles('共5388户')).toBe(`共${Z}5${Z}3${Z}8${Z}8${Z}户`);
  });
  it('separates Han characters from neighbouring Latin words and punctuation but keeps Latin words whole', () => {
    expect(splitSingles('先锋e家')).toBe(`先${Z}锋${Z}e${Z}家`);
    expect(splitSingles('ICP备案')).toBe(`ICP${Z}备${Z}案`);
    expect(splitSingles('关于\u201C物业\u201D')).toBe(`关${Z}于${Z}\u201C${Z}物${Z}业${Z}\u201D`);
  });
  it('adds nothing next to whitespace and is idempotent', () => {
    expect(splitSingles('物业 管理')).toBe(`物${Z}业 管${Z}理`);
    expect(splitSingles(splitSingles('物业管理2022'))).toBe(splitSingles('物业管理2022'));
  });
  it('leaves text without Han characters or digits unchanged', () => {
    expect(splitSingles('Pagefind search')).toBe('Pagefind search');
  });
  it('removing the separator gives back the text exactly', () => {
    const text = '(2)认真组织对开发区13家企业、高新区4家企业开展走访核查,80.44%。';
    expect(splitSingles(text).split(Z).join('')).toBe(text);
  });
});

describe('normaliseForMatch', () => {
  it('turns full-width digits, letters and signs into half-width, one character for one', () => {
    expect(normaliseForMatch('\uFF15\uFF13\uFF18\uFF18')).toBe('5388');
    expect(normaliseForMatch('58\uFF0E62\uFF05')).toBe('58.62%');
    expect(normaliseForMatch('\uFF21\uFF22c')).toBe('abc');
  });
  it('keeps the length, so positions in the normalised text are positions in the original', () => {
    const text = '\uFF08\uFF11\uFF09物业\u3000管理ABC';
    expect(normaliseForMatch(text)).toHaveLength(text.length);
  });
});

describe('queryParts and pagefindQuery', () => {
  it('splits a query at spaces (including the ideographic space) into the parts a result must contain', () => {
    expect(queryParts('  物业\u3000投诉  ')).toEqual(['物业', '投诉']);
    expect(queryParts('   ')).toEqual([]);
  });
  it('sends Pagefind the parts split like the index', () => {
    expect(pagefindQuery(['招商引资'])).toBe('招 商 引 资');
    expect(pagefindQuery(['58.62%', '物业'])).toBe('5 8 . 6 2 % 物 业');
  });
});

describe('htmlForIndex', () => {
  it('splits the text of a page but not its markup, attributes or scripts', () => {
    const html = '<html><body><article data-pagefind-body data-title="物业管理"><h1>物业管理</h1><script>var a="物业";</script><p>共5家</p></article></body></html>';
    const out = htmlForIndex(html);
    expect(out).toContain(`<h1>物${Z}业${Z}管${Z}理</h1>`);
    expect(out).toContain('data-title="物业管理"');
    expect(out).toContain('var a="物业";');
    expect(out).toContain(`<p>共${Z}5${Z}家</p>`);
  });
  it('keeps entities meaning what they meant', () => {
    expect(htmlForIndex('<p>A &amp; B 1&lt;2</p>')).toContain(`A &#x26; B 1${Z}&#x3C;${Z}2`);
  });
});

describe('UNUSED_BUNDLE', () => {
  it("names Pagefind's prebuilt UIs but not the search runtime the page loads", async () => {
    const { UNUSED_BUNDLE } = await import('../../src/lib/build/search-index.ts');
    for (const f of ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js']) expect(f).toMatch(UNUSED_BUNDLE);
    for (const f of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.unknown.pagefind']) expect(f).not.toMatch(UNUSED_BUNDLE);
  });
});
