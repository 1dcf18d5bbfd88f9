import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeMeasures from '../../src/lib/markdown/rehype-measures.ts';

/** Renders Markdown as the body renderer hands it to the plugin. */
const render = (md: string) =>
  String(unified().use(remarkParse).use(remarkRehype).use(rehypeMeasures).use(rehypeStringify).processSync(md));
const visible = (html: string) => html.replace(/<[^>]+>/g, '');

describe('rehypeMeasures', () => {
  it('gives each numbered measure a block with a permalink id', () => {
    const html = render('(1)第一条措施。\n\n(2)第二条措施。');
    expect(html).toContain('<h3 class="measure-no" id="m1"><a href="#m1">(1)</a></h3><p>第一条措施。</p>');
    expect(html).toContain('id="m2"');
  });
  it('marks each measure block with its fragment so print can show the permalink', () => {
    expect(render('(1)甲。\n\n(2)乙。')).toContain('<div class="measure" data-permalink="#m2"><h3 class="measure-no" id="m2">');
  });
  it('keeps the visible text exactly as written', () => {
    const html = render('(1)出台“高质量发展30条”,占比51.2%。');
    expect(visible(html)).toBe('(1)出台“高质量发展30条”,占比51.2%。');
  });
  it('leaves sections without numbered measures as plain paragraphs', () => {
    expect(render('针对“会议多”问题,从严控减会议活动。')).toBe('<p>针对“会议多”问题,从严控减会议活动。</p>');
  });
  it('does not treat a stray number as a measure when the run does not start at 1', () => {
    expect(render('3.加快推进')).not.toContain('measure');
  });
  it('keeps inline markup after the marker', () => {
    expect(render('(1)文字**加粗**。')).toContain('<p>文字<strong>加粗</strong>。</p>');
  });
  it('numbers full-width markers and 一是 points', () => {
    expect(render('（１）甲。\n\n（２）乙。')).toContain('id="m2"');
    expect(render('一是甲。\n\n二是乙。')).toContain('<a href="#m2">二是</a>');
  });
  it('anchors each inline 一是…；二是… without changing a character', () => {
    const md = '整改进展：已完成。一是复核6户；二是出台办法1项。';
    const html = render(md);
    expect(html).toContain('<a class="measure-inline" id="m1" href="#m1" data-permalink="#m1">一是</a>');
    expect(html).toContain('<a class="measure-inline" id="m2" href="#m2" data-permalink="#m2">二是</a>');
    expect(visible(html)).toBe(md);
  });
  it('keeps a 整改情况： label with the measure it introduces', () => {
    const md = '整改情况：一是甲；二是乙。';
    const html = render(md);
    expect(html).toContain(
      '<div class="measure" data-permalink="#m1"><p class="measure-label">整改情况：</p><h3 class="measure-no" id="m1"><a href="#m1">一是</a></h3><p>甲；<a class="measure-inline" id="m2"',
    );
    expect(visible(html)).toBe(md);
  });
  it('makes the body’s ### sub-problem lines headings with their own anchor, not measures; measures under them are h4', () => {
    const md = '### (1)关于“甲”\n\n一是a。\n\n二是b。\n\n### (2)关于“乙”\n\n一是c。';
    const html = render(md);
    expect(html).toContain('<h3 class="sub-problem" id="s1">(1)关于“甲”</h3>');
    expect(html).toContain('<h3 class="sub-problem" id="s2">(2)关于“乙”</h3>');
    expect(html).toContain('<h4 class="measure-no" id="m3"><a href="#m3">一是</a></h4>');
    expect(html).not.toContain('id="m4"');
    expect(visible(html).split('\n')).toEqual(md.replace(/### /g, '').split('\n\n'));
  });
  it('numbers measures again after each sub-problem line, as the importer counts them', () => {
    const html = render('### 一是台账管理不规范\n\n一是建立台账。\n\n二是每月核对。\n\n### 二是制度执行不严格\n\n一是修订制度。');
    expect(html).toContain('<h3 class="sub-problem" id="s1">一是台账管理不规范</h3>');
    expect(html).toContain('<h3 class="sub-problem" id="s2">二是制度执行不严格</h3>');
    expect(html.match(/class="measure-no"/g)).toHaveLength(3);
    expect(html).toContain('<h4 class="measure-no" id="m3"><a href="#m3">一是</a></h4>');
  });
});
