import { describe, expect, it, vi } from 'vitest';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import rehypeMeasures from '../../src/lib/markdown/rehype-measures.ts';
import rehypeFigures, { FIGURES_ELEMENT, splitFigures } from '../../src/lib/metrics/rehype-figures.ts';
import { bodyRenderer, processorPlugins, type BodyInput } from '../../src/lib/markdown/render-body.ts';
import { treePolicyIssues } from '../../src/lib/content/body-policy.ts';

const guard = (tree: Parameters<typeof treePolicyIssues>[0], input: BodyInput) => {
  const refused = treePolicyIssues(tree, input.line);
  if (refused.length > 0) throw new Error(`${input.file}:${refused[0]?.line} ${refused[0]?.message}`);
};
const plugins = processorPlugins(astroUnified({ rehypePlugins: [rehypeMeasures, rehypeFigures] }));
const render = bodyRenderer(plugins, guard);
const input = (body: string, frontmatter: Record<string, unknown> = {}): BodyInput => ({ body, file: 'content/reports/r/sections/01-问题.mdx', line: 10, frontmatter });

describe('processorPlugins', () => {
  it('takes the plugins of a unified() markdown processor, in order', () => {
    expect(plugins.rehypePlugins).toEqual([rehypeMeasures, rehypeFigures]);
    expect(plugins.remarkPlugins).toEqual([]);
  });
  it('gives no plugins for another kind of processor', () => {
    expect(processorPlugins({ name: 'other', options: { rehypePlugins: [rehypeMeasures] } })).toEqual({});
    expect(processorPlugins(undefined)).toEqual({});
  });
});

describe('bodyRenderer', () => {
  it('renders paragraphs through the configured plugins: measures get their anchors, figures their placeholder', async () => {
    const html = await render(input('（1）召开推进会，已落实河长48名。\n\n（2）完成清单。', { metrics: [{ id: 'chiefs', quote: '已落实河长48名' }] }));
    expect(html).toContain('<h3 class="measure-no" id="m1"><a href="#m1">（1）</a></h3>');
    expect(html).toContain('<h3 class="measure-no" id="m2">');
    expect(html).toContain(`<${FIGURES_ELEMENT} data-ids="chiefs"></${FIGURES_ELEMENT}>`);
    expect(html.indexOf(FIGURES_ELEMENT)).toBeLessThan(html.indexOf('id="m2"'));
  });

  it('reads the body as MDX, as the content check does: four leading spaces are no code block, escapes resolve', async () => {
    const html = await render(input('    一是加强\\{领导\\}，二是 a \\< b。'));
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

describe('splitFigures', () => {
  it('cuts rendered HTML at each placeholder, in order, keeping every other byte', () => {
    const html = `<p>a</p><${FIGURES_ELEMENT} data-ids="x y"></${FIGURES_ELEMENT}><p>b</p><${FIGURES_ELEMENT} data-ids="z"></${FIGURES_ELEMENT}>`;
    expect(splitFigures(html)).toEqual([{ html: '<p>a</p>' }, { figures: ['x', 'y'] }, { html: '<p>b</p>' }, { figures: ['z'] }]);
    expect(splitFigures('<p>only text</p>')).toEqual([{ html: '<p>only text</p>' }]);
  });

  it('never finds a placeholder in text a body prints: the renderer escapes its <', async () => {
    const html = await render(input(`原文印有 \\<${FIGURES_ELEMENT} data-ids="x"\\>\\</${FIGURES_ELEMENT}\\> 字样。`));
    expect(splitFigures(html)).toEqual([{ html }]);
  });
});
