import { describe, expect, it } from 'vitest';
import { htmlForIndex } from '../../src/lib/search/index-html.ts';
import { decodeWords, RUN_BREAK, textWords } from '../../src/lib/search/tokens.ts';

const body = (html: string) => /<main data-pagefind-body="">([\s\S]*)<\/main>/.exec(htmlForIndex(`<html lang="zh-CN"><body><header>站点</header><main data-pagefind-body>${html}</main></body></html>`))![1]!;
const words = (html: string) => body(html).replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean);

describe('htmlForIndex', () => {
  it('replaces the text with its index words and keeps the elements and attributes', () => {
    const out = body('<p id="x" data-pagefind-title="前言">整改</p>');
    expect(out).toContain('id="x"');
    expect(out).toContain('data-pagefind-title="前言"');
    expect(words('<p>整改</p>')).toEqual(textWords('整改'));
  });
  it('runs text on across inline elements, as a reader reads it', () => {
    expect(words('<p>整<span>改</span>到位</p>')).toEqual(textWords('整改到位'));
  });
  it('ends a run at a block element, so a phrase never spans two paragraphs', () => {
    expect(words('<p>整</p><p>改</p>')).toEqual([...textWords('整'), ...textWords('改')]);
    expect(words('<p>整</p><p>改</p>').filter((w) => w === RUN_BREAK)).toHaveLength(2);
  });
  it('passes on only the indexed element, and a page without one unchanged', () => {
    const page = '<html lang="zh-CN"><head><title>题</title></head><body><header>站点名称</header><main data-pagefind-body data-pagefind-meta="title:标题"><p>整改</p></main><footer>页脚</footer></body></html>';
    const out = htmlForIndex(page);
    expect(out).toContain('data-pagefind-meta="title:标题"');
    expect(out).not.toMatch(/站点名称|页脚|<header|<footer/);
    const plain = '<html><body><p>没有索引区域</p></body></html>';
    expect(htmlForIndex(plain)).toBe(plain);
  });
  it('leaves scripts and styles alone', () => {
    expect(body('<script>var a = 1;</script>')).toContain('var a = 1;');
  });
  it('keeps the printed characters recoverable from the words', () => {
    expect(decodeWords(words('<p>完成率５８％，<strong>ＡＢ</strong>公司</p>').join(' ')).join('')).toBe('完成率５８％，ＡＢ公司 ');
  });
});
