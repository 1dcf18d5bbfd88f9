/**
 * Where a section's figures go in its rendered text: right after each
 * top-level block (numbered measure or paragraph) whose text holds the quote
 * of one of the entry's figures, as its frontmatter `metrics` lists them
 * (figureSlots). The body's renderer (src/lib/markdown/render-body.ts) asks
 * this once the plugins have made the measure blocks (rehype-measures) and
 * records each place as an offset in the HTML it writes; the section page
 * renders the figures there. Nothing is written into the text: a place is
 * not markup, so no body can forge one.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import type { BodyPlace } from '../markdown/rendered-body.ts';
import { figureSlots } from './placement.ts';

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

/** The places of the figures in a rendered body's tree: after which of the root's children each group of figure ids goes. */
export function figurePlaces(tree: Root, figures: readonly { id: string; quote: string }[]): BodyPlace[] {
  if (figures.length === 0) return [];
  const blocks = tree.children.flatMap((n, index) => (n.type === 'element' ? [{ n, index }] : []));
  return figureSlots(
    blocks.map((b) => textOf(b.n)),
    figures,
  ).flatMap((slot) => {
    const block = blocks[slot.after];
    return block ? [{ after: block.index, ids: slot.ids }] : [];
  });
}
