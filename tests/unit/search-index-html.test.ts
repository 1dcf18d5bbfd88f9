import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { htmlForIndex, htmlForIndexTree, readsAsString } from '../../src/lib/search/index-html.ts';
import { decodeWords, RUN_BREAK, textWords } from '../../src/lib/search/tokens.ts';

/** The tree the HTML parser makes of a page, serialised: two outputs that give it are the same to any reader of HTML, Pagefind included. */
const normal = (html: string) => toHtml(fromHtml(html));
const body = (html: string) => /<main data-pagefind-body="">([\s\S]*)<\/main>/.exec(normal(htmlForIndex(`<html lang="zh-CN"><body><header>站点</header><main data-pagefind-body>${html}</main></body></html>`)))![1]!;
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

const page = (inner: string, before = '') => `<!doctype html><html lang="zh-CN"><head><title>题 &amp; 名</title>${before}</head><body><header>站点</header><main data-pagefind-body data-pagefind-meta="title:标题">${inner}</main><footer>页脚</footer></body></html>`;

describe('htmlForIndex on the string, against the tree', () => {
  const same = [
    ['plain paragraphs', '<p>整改</p><p>到位</p>'],
    ['a run across inline elements and a comment', '<p>整<span>改</span><!-- x -->到<a href="#a">位</a>。</p>'],
    ['whitespace between blocks and inside a run', '<div>\n  <p>整 改</p>\n  <p> 到位 </p>\n</div>'],
    ['character references Astro and rehype write', '<p>A &amp; B &lt;C&gt; &quot;d&quot; &#39;e&#39; &#x3C;f &#20013; &apos;</p>'],
    ['a bare ampersand', '<p>甲 & 乙</p>'],
    ['a script and a style inside a run, left as they are', '<p>整<script>var a = "<p>改</p>";</script>改<style>p>b{}</style>到位</p>'],
    ['void elements in a run', '<p>整<br>改<img src="a.png" alt="图">到位<wbr>了</p>'],
    ['attributes with ">" and quotes in their values', '<p title="a > b" data-x=\'"q"\' id=m1 hidden>整改</p>'],
    ['upper-case names', '<P CLASS="x">整<SPAN>改</SPAN></P>'],
    ['an SVG with text and self-closed elements', '<figure><svg viewBox="0 0 10 10"><title>图题</title><path d="M0 0"/><text x="1">整改<tspan>率</tspan></text></svg><figcaption>说明</figcaption></figure>'],
    ['a block inside a paragraph (the parser closes the paragraph)', '<p>整<div>改</div>到位</p>'],
    ['full-width characters and symbols', '<p>完成率５８％，<strong>ＡＢ</strong>公司 58.62%</p>'],
    ['nested elements of one name', '<div><div><span><span>整</span>改</span></div></div>'],
    ['buttons', '<div><button type="button">朗读</button><button type="button" disabled>暂停</button></div>'],
  ] as const;
  for (const [what, inner] of same) {
    it(`reads ${what} on the string, to the same tree`, () => {
      expect(readsAsString(page(inner))).toBe(true);
      expect(normal(htmlForIndex(page(inner)))).toBe(htmlForIndexTree(page(inner)));
    });
  }
  it('finds the indexed element after a script, a title and a textarea that mention it', () => {
    const html = page('<p>整改</p>', '<script>document.querySelector("[data-pagefind-body]")</script><style>[data-pagefind-body]{}</style>');
    expect(readsAsString(html)).toBe(true);
    expect(normal(htmlForIndex(html))).toBe(htmlForIndexTree(html));
    const form = '<!doctype html><html><body><textarea><div data-pagefind-body>不是</div></textarea><main data-pagefind-body><p>是</p></main></body></html>';
    expect(readsAsString(form)).toBe(true);
    expect(normal(htmlForIndex(form))).toBe(htmlForIndexTree(form));
  });
  it('passes on a page that only mentions the attribute unchanged, as the tree does', () => {
    const html = '<!doctype html><html><body><script>var s = "data-pagefind-body";</script><p>没有</p></body></html>';
    expect(htmlForIndex(html)).toBe(html);
    expect(htmlForIndexTree(html)).toBe(html);
  });
  const declined = [
    ['an end tag that closes nothing open', '<p>整<span>改</p></span>'],
    ['an implied end tag', '<ul><li>整<li>改</ul>'],
    ['a named reference beyond the five', '<p>整&nbsp;改&copy;</p>'],
    ['a reference without its semicolon', '<p>整&#20013改</p>'],
    ['a C1 control reference', '<p>&#150;</p>'],
    ['a "<" that starts no tag', '<p>1 < 2</p>'],
    ['a table (foster parenting)', '<table><tr><td>整</td></tr></table>'],
    ['a pre element (its leading newline is dropped)', '<pre>\n整改</pre>'],
    ['a template', '<template><p>整</p></template>'],
    ['a noscript (left out, with markup inside)', '<p>整<noscript><p>改</p></noscript></p>'],
    ['an HTML element inside SVG', '<svg><p>整</p></svg>'],
    ['a self-closed HTML element', '<div/>整改'],
    ['a carriage return', '<p>整\r\n改</p>'],
  ] as const;
  for (const [what, inner] of declined) {
    it(`leaves ${what} to the tree`, () => {
      expect(readsAsString(page(inner))).toBe(false);
      expect(htmlForIndex(page(inner))).toBe(htmlForIndexTree(page(inner)));
    });
  }
  it('leaves a page with a noscript in its head to the tree (an indexed element may be inside)', () => {
    const html = page('<p>整改</p>', '<noscript><div data-pagefind-body>不是</div></noscript>');
    expect(readsAsString(html)).toBe(false);
    expect(htmlForIndex(html)).toBe(htmlForIndexTree(html));
  });
  it('leaves an indexed element that never ends to the tree', () => {
    const html = '<!doctype html><html><body><main data-pagefind-body><p>整改</p>';
    expect(readsAsString(html)).toBe(false);
    expect(htmlForIndex(html)).toBe(htmlForIndexTree(html));
  });
});
