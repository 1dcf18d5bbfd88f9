/**
 * An entry body to HTML at content-sync time: parsed as MDX, exactly as the
 * content check parses it (remark-parse + remark-mdx, GFM off; the site
 * passes the very tree the check's reader parsed, so a body is parsed once), then through
 * the remark and rehype plugins the project configures once, in
 * astro.config.mjs (`markdown.processor: unified({...})`), and stringified.
 *
 * No MDX compilation: a body is the report's text, never code (the content
 * check refuses anything but paragraphs of text), so nothing is compiled to
 * JavaScript and nothing an editor writes can run. The `guard` sees the parsed
 * tree before any plugin does and throws on anything that is not text, so the
 * renderer is safe on its own, whether or not the check ran first.
 *
 * What the page puts between the text's blocks (a section's figures) is
 * placed here too: `place` names, on the tree the plugins made, the blocks
 * it goes after, and the renderer records each place as an offset in the
 * HTML it writes (block by block, each as the whole would be written). The
 * HTML itself holds only the text.
 */
import { unified, type PluggableList } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype, { type Options as RemarkRehypeOptions } from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Root } from 'mdast';
import type { Root as HastRoot } from 'hast';
import type { BodyPlace, RenderedBody } from './rendered-body.ts';

export type { BodyPlace, RenderedBody } from './rendered-body.ts';

/** The plugins of a `unified({...})` markdown processor (its resolved `options`). */
export interface BodyPlugins {
  remarkPlugins?: PluggableList;
  rehypePlugins?: PluggableList;
  remarkRehype?: RemarkRehypeOptions;
}

/** One body to render: its text or its parsed tree, its file (for messages) and its frontmatter (the plugins read it from file.data.astro). */
export interface BodyInput {
  /** The body parsed with remark-parse + remark-mdx (src/lib/content/body-policy.ts parseBody); else `body` is parsed. */
  tree?: Root;
  body?: string;
  file: string;
  /** The file line of the body's first line (for messages). */
  line: number;
  frontmatter: Record<string, unknown>;
}

export type BodyRenderer = (input: BodyInput) => Promise<RenderedBody>;

/** Names what goes after which block of a body's tree, once the plugins have run. */
export type BodyPlacer = (tree: HastRoot, input: BodyInput) => BodyPlace[];

/** The plugins out of a configured markdown processor; none when it is not unified() (then only the text is rendered). */
export function processorPlugins(processor: unknown): BodyPlugins {
  const p = processor as { name?: string; options?: BodyPlugins } | undefined;
  if (p?.name !== 'unified' || !p.options) return {};
  return {
    remarkPlugins: p.options.remarkPlugins ?? [],
    rehypePlugins: p.options.rehypePlugins ?? [],
    remarkRehype: p.options.remarkRehype ?? {},
  };
}

/** A renderer for entry bodies; `guard` is called with each parsed tree before the plugins run, `place` on the tree they made. */
export function bodyRenderer(
  plugins: BodyPlugins,
  guard: (tree: Root, input: BodyInput) => void,
  place: BodyPlacer = () => [],
): BodyRenderer {
  const processor = unified()
    .use(remarkParse)
    .use(remarkMdx)
    .use(() => (tree: Root, file: { data: Record<string, unknown> }) => {
      const input = file.data['input'] as BodyInput | undefined;
      if (input) guard(tree, input);
    })
    .use(plugins.remarkPlugins ?? [])
    .use(remarkRehype, plugins.remarkRehype ?? {})
    .use(plugins.rehypePlugins ?? [])
    // &amp; and &lt; as Astro's own pages write them (not &#x26; &#x3C;).
    .use(rehypeStringify, { characterReferences: { useNamedReferences: true } })
    .freeze();
  return async (input) => {
    const file = { path: input.file, data: { input, astro: { frontmatter: input.frontmatter } } };
    const hast = (await processor.run(input.tree ?? processor.parse({ ...file, value: input.body ?? '' }), file)) as HastRoot;
    const after = new Map(place(hast, input).map((p) => [p.after, p.ids]));
    if (after.size === 0) return { html: String(processor.stringify(hast, file)), places: [] };
    let html = '';
    const places: RenderedBody['places'] = [];
    hast.children.forEach((child, i) => {
      html += String(processor.stringify({ type: 'root', children: [child] }, file));
      const ids = after.get(i);
      if (ids) places.push({ at: html.length, ids });
    });
    return { html, places };
  };
}
