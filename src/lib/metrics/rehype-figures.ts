/**
 * Rehype plugin, run after rehype-measures: puts a placeholder element
 * <xszg-figures data-ids="…"></xszg-figures> right after each top-level block
 * (numbered measure or paragraph) whose text holds the quote of one of the
 * entry's figures, as the entry's frontmatter `metrics` lists them. This only
 * decides where figures go (figureSlots); the section page cuts the rendered
 * HTML at the placeholders (splitFigures) and renders the figures component
 * there. The text itself is not touched: the element is a sibling, never
 * inside a measure. A body cannot forge a placeholder: it is text only, and
 * text is stringified with its < escaped.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { figureSlots } from './placement.ts';

/** The placeholder element's name (a custom-element name, so never a real HTML tag). */
export const FIGURES_ELEMENT = 'xszg-figures';

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
export function insertFigures(tree: Root, figures: readonly { id: string; quote: string }[]): void {
  const blocks = tree.children.filter((n): n is Element => n.type === 'element');
  const slots = figureSlots(blocks.map(textOf), figures);
  for (const slot of [...slots].reverse()) {
    const block = blocks[slot.after];
    if (!block) continue;
    const element: Element = { type: 'element', tagName: FIGURES_ELEMENT, properties: { dataIds: slot.ids.join(' ') }, children: [] };
    tree.children.splice(tree.children.indexOf(block) + 1, 0, element);
  }
}

/** The unified plugin form: reads the entry's figures from its frontmatter (file.data.astro.frontmatter). */
export default function rehypeFigures() {
  return (tree: Root, file: { data: { astro?: { frontmatter?: unknown } } }) => {
    const figures = frontmatterFigures(file.data.astro?.frontmatter);
    if (figures.length > 0) insertFigures(tree, figures);
  };
}

/** A rendered body cut at its figure placeholders: HTML to publish as it is, or the ids of the figures that go there. */
export type BodyPiece = { html: string } | { figures: string[] };

const PLACEHOLDER = new RegExp(`<${FIGURES_ELEMENT} data-ids="([^"<>]*)"></${FIGURES_ELEMENT}>`, 'g');

/** Cuts rendered HTML at the placeholders insertFigures made, in order; empty HTML pieces are left out. */
export function splitFigures(html: string): BodyPiece[] {
  const pieces: BodyPiece[] = [];
  let last = 0;
  for (const m of html.matchAll(PLACEHOLDER)) {
    if (m.index > last) pieces.push({ html: html.slice(last, m.index) });
    pieces.push({ figures: (m[1] ?? '').split(' ').filter((id) => id !== '') });
    last = m.index + m[0].length;
  }
  if (last < html.length) pieces.push({ html: html.slice(last) });
  return pieces;
}
