import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { htmlForIndex } from '../../src/lib/search/index-html.ts';
import { decodeWords, RUN_BREAK, textWords } from '../../src/lib/search/tokens.ts';

/** The tree the HTML parser makes of a page, serialised: two outputs that give it are the same to any reader of HTML, Pagefind included. */
const normal = (html: string) => toHtml(fromHtml(html));
const body = (html: string) =>
  /<main data-pagefind-body="">([\s\S]*)<\/main>/.exec(
    normal(htmlForIndex(`<html lang="zh-CN"><body><header>站点</header><main data-pagefind-body>${html}</main></body></html>`)),
  )![1]!;
const words = (html: string) =>
  body(html)
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter(Boolean);

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
    const page =
      '<html lang="zh-CN"><head><title>题</title></head><body><header>站点名称</header><main data-pagefind-body data-pagefind-meta="title:标题"><p>整改</p></main><footer>页脚</footer></body></html>';
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

const page = (inner: string, before = '') =>
  `<!doctype html><html lang="zh-CN"><head><title>题 &amp; 名</title>${before}</head><body><header>站点</header><main data-pagefind-body data-pagefind-meta="title:标题">${inner}</main><footer>页脚</footer></body></html>`;
/** The printed characters of the indexed output, recovered from its words. */
const indexedText = (html: string) =>
  decodeWords(
    normal(htmlForIndex(html))
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean)
      .join(' '),
  ).join('');

describe('htmlForIndex on HTML as a browser reads it', () => {
  it('indexes the element after a script, a style and a textarea that mention it, not them', () => {
    expect(
      indexedText(
        page('<p>整改</p>', '<script>document.querySelector("[data-pagefind-body]")</script><style>[data-pagefind-body]{}</style>'),
      ),
    ).toBe('整改 ');
    expect(
      indexedText(
        '<!doctype html><html><body><textarea><div data-pagefind-body>不是</div></textarea><main data-pagefind-body><p>是</p></main></body></html>',
      ),
    ).toBe('是 ');
  });
  it('passes on a page that only mentions the attribute unchanged', () => {
    const html = '<!doctype html><html><body><script>var s = "data-pagefind-body";</script><p>没有</p></body></html>';
    expect(htmlForIndex(html)).toBe(html);
  });
  it('reads character references, implied end tags and tables as the HTML parser does', () => {
    expect(indexedText(page('<p>A &amp; B&nbsp;C &#20013;</p>'))).toBe('A & B C 中 ');
    expect(indexedText(page('<ul><li>整<li>改</ul>'))).toBe('整 改 ');
    expect(indexedText(page('<table><tr><td>整</td><td>改</td></tr></table>'))).toBe('整 改 ');
  });
});
