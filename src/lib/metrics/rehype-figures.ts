/**
 * Rehype plugin, run after rehype-measures: puts a <MeasureFigures ids="…" entry="…"/>
 * element right after each top-level block (numbered measure or paragraph)
 * whose text holds the quote of one of the entry's figures, as the entry's
 * frontmatter `metrics` lists them. The section page passes the component
 * (<Content components={{ MeasureFigures }}/>), which renders the figures;
 * this only decides where they go (figureSlots); `entry` is the MDX file's
 * path, by which the component finds the entry's validated records. The text itself is not
 * touched: the element is a sibling, never inside a measure.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { figureSlots } from './placement.ts';

/** The name of the element the section page maps to its figures component. */
export const FIGURES_ELEMENT = 'MeasureFigures';

function textOf(node: RootContent | ElementContent): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** The quotes of the figures, from raw frontmatter: only entries with a string id and quote (the schema checks the rest). */
export function frontmatterFigures(frontmatter: unknown): { id: string; quote: string }[] {
  const list = (frontmatter as { metrics?: unknown } | undefined)?.metrics;
  if (!Array.isArray(list)) return [];
  return list.flatMap((m: unknown) => {
    const { id, quote } = (m ?? {}) as { id?: unknown; quote?: unknown };
    return typeof id === 'string' && typeof quote === 'string' ? [{ id, quote }] : [];
  });
}

/** Inserts one figures element after each block that holds a figure's quote. */
export function insertFigures(tree: Root, figures: readonly { id: string; quote: string }[], entry?: string): void {
  const blocks = tree.children.filter((n): n is Element => n.type === 'element');
  const slots = figureSlots(blocks.map(textOf), figures);
  for (const slot of [...slots].reverse()) {
    const block = blocks[slot.after];
    if (!block) continue;
    const element = {
      type: 'mdxJsxFlowElement',
      name: FIGURES_ELEMENT,
      attributes: [
        { type: 'mdxJsxAttribute', name: 'ids', value: slot.ids.join(' ') },
        ...(entry === undefined ? [] : [{ type: 'mdxJsxAttribute', name: 'entry', value: entry }]),
      ],
      children: [],
    } as unknown as RootContent;
    tree.children.splice(tree.children.indexOf(block) + 1, 0, element);
  }
}

/** The unified plugin form: reads the entry's figures from its frontmatter (file.data.astro.frontmatter). */
export default function rehypeFigures() {
  return (tree: Root, file: { path?: string; data: { astro?: { frontmatter?: unknown } } }) => {
    const figures = frontmatterFigures(file.data.astro?.frontmatter);
    if (figures.length > 0) insertFigures(tree, figures, file.path);
  };
}
