/**
 * Rehype plugin: gives a problem page's measures and sub-problems their
 * anchors, by the one rule in numbering/measures.ts (measureLayout).
 *
 * A measure that opens a paragraph becomes its own block with a permalink:
 *
 *   <div class="measure" data-permalink="#m2"><h3 class="measure-no" id="m2"><a href="#m2">(2)</a></h3><p>…</p></div>
 *
 * A measure inside a paragraph (一是…；二是…) gets an inline anchor on its marker:
 *
 *   <p>…；<a class="measure-inline" id="m3" href="#m3" data-permalink="#m3">二是</a>…</p>
 *
 * A sub-problem heading (a `### ` line of the entry's body, the one heading a
 * body may hold, which Markdown makes an h3) becomes
 * <h3 class="sub-problem" id="s1">…</h3>; the measures under it are then h4.
 * The visible text stays exactly as written.
 */
import type { Element, ElementContent, Root, RootContent, Text } from 'hast';
import { MEASURES_LABEL, measureLayout, type MeasureMark } from '../numbering/measures.ts';

/** The paragraph's visible text, as the measure rule reads it (text of every descendant). */
function textOf(node: ElementContent | Root): string {
  if (node.type === 'text') return node.value;
  if ('children' in node) return (node.children as ElementContent[]).map(textOf).join('');
  return '';
}

function link(id: string, label: string): Element {
  return { type: 'element', tagName: 'a', properties: { href: `#${id}` }, children: [{ type: 'text', value: label }] };
}

/**
 * Splits the paragraph's top-level text nodes so each inline measure's marker
 * becomes an anchor. A marker that does not lie inside one top-level text
 * node (markup around it) is left as text.
 */
function anchorInline(children: readonly ElementContent[], marks: readonly MeasureMark[]): ElementContent[] {
  const out: ElementContent[] = [];
  let pos = 0;
  for (const child of children) {
    const len = textOf(child).length;
    if (child.type !== 'text') {
      out.push(child);
      pos += len;
      continue;
    }
    let rest: Text = child;
    let start = pos;
    for (const m of marks) {
      const at = m.offset - start;
      if (at < 0 || at + m.label.length > rest.value.length) continue;
      if (at > 0) out.push({ ...rest, value: rest.value.slice(0, at) });
      out.push({
        type: 'element',
        tagName: 'a',
        properties: { className: ['measure-inline'], id: m.id, href: `#${m.id}`, dataPermalink: `#${m.id}` },
        children: [{ type: 'text', value: m.label }],
      });
      rest = { ...rest, value: rest.value.slice(at + m.label.length) };
      start = m.offset + m.label.length;
    }
    if (rest.value) out.push(rest);
    pos += len;
  }
  return out;
}

/** Cuts `n` characters of text from the start of a paragraph's children (the opening marker). */
function dropStart(children: readonly ElementContent[], n: number): ElementContent[] {
  const first = children[0];
  if (first?.type !== 'text' || first.value.length < n) return [...children];
  const rest = first.value.slice(n);
  return rest ? [{ ...first, value: rest }, ...children.slice(1)] : children.slice(1);
}

function measureBlock(p: Element, opening: MeasureMark, inline: readonly MeasureMark[], level: 'h3' | 'h4'): Element {
  const shift = opening.offset + opening.label.length;
  // The label before the marker (整改情况：) stays with the measure, in its paragraph, before the marker's heading.
  const before = opening.offset > 0 ? textOf(p).slice(0, opening.offset) : '';
  const body = anchorInline(
    dropStart(p.children, shift),
    inline.map((m) => ({ ...m, offset: m.offset - shift })),
  );
  const heading: Element = {
    type: 'element',
    tagName: level,
    properties: { className: ['measure-no'], id: opening.id },
    children: [link(opening.id, opening.label)],
  };
  return {
    type: 'element',
    tagName: 'div',
    // The fragment again, for the print stylesheet, which prints each measure's full permalink.
    properties: { className: ['measure'], dataPermalink: `#${opening.id}` },
    children: [
      ...(before
        ? [
            {
              type: 'element',
              tagName: 'p',
              properties: { className: ['measure-label'] },
              children: [{ type: 'text', value: before }],
            } satisfies Element,
          ]
        : []),
      heading,
      { ...p, children: body },
    ],
  };
}

/** A sub-problem heading as Markdown hands it over: an h3 among the body's blocks. */
const isSubProblem = (n: RootContent): n is Element => n.type === 'element' && n.tagName === 'h3';

/** Anchors measures and sub-problems in place. */
export function transformMeasures(tree: Root): void {
  const blocks = tree.children.filter((n): n is Element => n.type === 'element' && (n.tagName === 'p' || isSubProblem(n)));
  const texts = blocks.map(textOf);
  const subProblems = blocks.filter(isSubProblem).map(textOf);
  const roles = measureLayout(texts, subProblems);
  const level = subProblems.length > 0 ? 'h4' : 'h3';
  const roleOf = new Map(blocks.map((p, i) => [p, roles[i]] as const));
  tree.children = tree.children.map((node: RootContent): RootContent => {
    if (node.type !== 'element') return node;
    const role = roleOf.get(node);
    if (!role) return node;
    if (role.kind === 'subProblem') return { ...node, properties: { ...node.properties, className: ['sub-problem'], id: role.id } };
    const [first, ...others] = role.measures;
    if (!first) return node;
    // A measure that opens the paragraph (after an optional 整改情况： label) gets a block; one that starts later is inline.
    const opens = first.offset === (MEASURES_LABEL.exec(textOf(node))?.[0].length ?? 0);
    const lead = node.children[0];
    if (opens && lead?.type === 'text' && lead.value.length >= first.offset + first.label.length)
      return measureBlock(node, first, others, level);
    return { ...node, children: anchorInline(node.children, role.measures) };
  });
}

/** The unified plugin form of transformMeasures. */
export default function rehypeMeasures() {
  return (tree: Root) => transformMeasures(tree);
}
