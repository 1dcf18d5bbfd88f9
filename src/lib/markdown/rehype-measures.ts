/**
 * Rehype plugin: every top-level paragraph that starts with a measure marker
 * ((1), (1), 1., 一是) becomes its own block with a permalink:
 *
 *   <div class="measure" data-permalink="#m2"><h3 class="measure-no" id="m2"><a href="#m2">(2)</a></h3><p>…</p></div>
 *
 * The visible text stays exactly as written ("(2)出台…"). The heading gives
 * screen-reader users and Pagefind (sub-results) one entry per measure.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { measureId, readMarker, type Marker } from './markers.ts';

function firstText(p: Element): Text | null {
  const first = p.children[0];
  return first?.type === 'text' ? first : null;
}

function measureBlock(p: Element, text: Text, marker: Marker): Element {
  const id = measureId(marker.n);
  const rest = text.value.slice(marker.label.length);
  const children: ElementContent[] = rest ? [{ ...text, value: rest }, ...p.children.slice(1)] : p.children.slice(1);
  return {
    type: 'element',
    tagName: 'div',
    // The fragment again, for the print stylesheet, which prints each measure's full permalink.
    properties: { className: ['measure'], dataPermalink: `#${id}` },
    children: [
      {
        type: 'element',
        tagName: 'h3',
        properties: { className: ['measure-no'], id },
        children: [{ type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [{ type: 'text', value: marker.label }] }],
      },
      { ...p, children },
    ],
  };
}

/**
 * Wraps numbered measures in place. Only a run numbered 1, 2, 3… in one
 * style counts, so a paragraph that merely starts with "3." is left alone.
 */
export function transformMeasures(tree: Root): void {
  let expected = 1;
  let style: Marker['style'] | null = null;
  tree.children = tree.children.map((node: RootContent): RootContent => {
    if (node.type !== 'element' || node.tagName !== 'p') return node;
    const text = firstText(node);
    const marker = text ? readMarker(text.value) : null;
    if (!text || !marker || marker.n !== expected || (style !== null && marker.style !== style)) return node;
    style = marker.style;
    expected += 1;
    return measureBlock(node, text, marker);
  });
}

/** The unified plugin form of transformMeasures. */
export default function rehypeMeasures() {
  return (tree: Root) => transformMeasures(tree);
}
