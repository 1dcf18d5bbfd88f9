import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import rehypeMeasures from '../../src/lib/markdown/rehype-measures.ts';

const render = (md: string) => String(unified().use(remarkParse).use(remarkRehype).use(rehypeMeasures).use(rehypeStringify).processSync(md));

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
    expect(html.replace(/<[^>]+>/g, '')).toBe('(1)出台“高质量发展30条”,占比51.2%。');
  });
  it('leaves sections without numbered measures as plain paragraphs', () => {
    const html = render('针对“会议多”问题,从严控减会议活动。');
    expect(html).toBe('<p>针对“会议多”问题,从严控减会议活动。</p>');
  });
  it('does not treat a stray number as a measure when the run does not start at 1', () => {
    expect(render('3.加快推进')).not.toContain('measure');
  });
  it('keeps inline markup after the marker', () => {
    expect(render('(1)文字**加粗**。')).toContain('<p>文字<strong>加粗</strong>。</p>');
  });
  it('numbers full-width markers and 一是 points', () => {
    expect(render('（1）甲。\n\n（2）乙。')).toContain('id="m2"');
    expect(render('一是甲。\n\n二是乙。')).toContain('<a href="#m2">二是</a>');
  });
});
