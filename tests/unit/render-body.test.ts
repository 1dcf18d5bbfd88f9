import { describe, expect, it, vi } from 'vitest';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import rehypeMeasures from '../../src/lib/markdown/rehype-measures.ts';
import { figurePlaces, frontmatterFigures } from '../../src/lib/metrics/figure-places.ts';
import { bodyRenderer, processorPlugins, type BodyInput } from '../../src/lib/markdown/render-body.ts';
import { bodyPieces } from '../../src/lib/markdown/rendered-body.ts';
import { treePolicyIssues } from '../../src/lib/content/body-policy.ts';

const guard = (tree: Parameters<typeof treePolicyIssues>[0], input: BodyInput) => {
  const refused = treePolicyIssues(tree, input.line);
  if (refused.length > 0) throw new Error(`${input.file}:${refused[0]?.line} ${refused[0]?.message}`);
};
const plugins = processorPlugins(astroUnified({ rehypePlugins: [rehypeMeasures] }));
const render = bodyRenderer(plugins, guard, (tree, input) => figurePlaces(tree, frontmatterFigures(input.frontmatter)));
const input = (body: string, frontmatter: Record<string, unknown> = {}): BodyInput => ({
  body,
  file: 'content/reports/r/sections/01-问题.mdx',
  line: 10,
  frontmatter,
});

describe('processorPlugins', () => {
  it('takes the plugins of a unified() markdown processor, in order', () => {
    expect(plugins.rehypePlugins).toEqual([rehypeMeasures]);
    expect(plugins.remarkPlugins).toEqual([]);
  });
  it('gives no plugins for another kind of processor', () => {
    expect(processorPlugins({ name: 'other', options: { rehypePlugins: [rehypeMeasures] } })).toEqual({});
    expect(processorPlugins(undefined)).toEqual({});
  });
});

describe('bodyRenderer', () => {
  it('renders paragraphs through the configured plugins (measures get their anchors) and places figures after the measure that quotes them', async () => {
    const { html, places } = await render(
      input('（1）召开推进会，已落实河长48名。\n\n（2）完成清单。', { metrics: [{ id: 'chiefs', quote: '已落实河长48名' }] }),
    );
    expect(html).toContain('<h3 class="measure-no" id="m1"><a href="#m1">（1）</a></h3>');
    expect(html).toContain('<h3 class="measure-no" id="m2">');
    expect(places).toHaveLength(1);
    const at = places[0]?.at ?? -1;
    expect(places[0]?.ids).toEqual(['chiefs']);
    // Right after the first measure's block, before the second's.
    expect(html.slice(0, at)).toMatch(/已落实河长48名。<\/p><\/div>$/);
    expect(html.slice(at)).toMatch(/^\s*<div[^>]*>\s*<h3 class="measure-no" id="m2">/);
  });

  it('writes the same HTML whether or not anything is placed in it', async () => {
    const body = '（1）召开推进会，已落实河长48名。\n\n（2）完成清单。';
    const placed = await render(input(body, { metrics: [{ id: 'chiefs', quote: '已落实河长48名' }] }));
    const plain = await render(input(body));
    expect(plain.places).toEqual([]);
    expect(placed.html).toBe(plain.html);
  });

  it('reads the body as MDX, as the content check does: four leading spaces are no code block, escapes resolve', async () => {
    const { html } = await render(input('    一是加强\\{领导\\}，二是 a \\< b。'));
    expect(html).not.toContain('<pre');
    expect(html).toContain('{领导}');
    expect(html).toContain('a &lt; b');
  });

  it('refuses markup before any plugin runs, naming the file and line', async () => {
    const spy = vi.fn();
    const watched = bodyRenderer({ rehypePlugins: [() => spy] }, guard);
    await expect(watched(input('正文。\n\n<Foo onClick={x} />'))).rejects.toThrow(/01-问题\.mdx:12 .*JSX/);
    await expect(watched(input('export const x = 1'))).rejects.toThrow(/ESM/);
    expect(spy).not.toHaveBeenCalled();
  });
});

describe('bodyPieces', () => {
  it('gives the HTML in order with what was placed between, keeping every byte and leaving out empty pieces', () => {
    const html = '<p>a</p>\n<p>b</p>';
    expect(
      bodyPieces({
        html,
        places: [
          { at: 8, ids: ['x', 'y'] },
          { at: html.length, ids: ['z'] },
        ],
      }),
    ).toEqual([{ html: '<p>a</p>' }, { ids: ['x', 'y'] }, { html: '\n<p>b</p>' }, { ids: ['z'] }]);
    expect(bodyPieces({ html: '<p>only text</p>', places: [] })).toEqual([{ html: '<p>only text</p>' }]);
  });

  it('finds no place in text a body prints that looks like markup: places are not in the HTML', async () => {
    const body = await render(input('原文印有 \\<xszg-figures data-ids="x"\\>\\</xszg-figures\\> 字样。'));
    expect(body.places).toEqual([]);
    expect(bodyPieces(body)).toEqual([{ html: body.html }]);
    expect(body.html).toContain('&lt;xszg-figures');
  });
});
