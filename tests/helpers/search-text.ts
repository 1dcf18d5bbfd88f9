/**
 * The text Pagefind indexes on a built page: the data-pagefind-body region
 * without its data-pagefind-ignore parts. Search tests compute the sections
 * a term must find from it.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties['dataPagefindBody'] !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

function dropIgnored<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((c: RootContent) => !(c.type === 'element' && c.properties['dataPagefindIgnore'] !== undefined))
    .map((c) => (c.type === 'element' ? dropIgnored(c) : c));
  return { ...node, children } as T;
}

/** The indexed text of a page, or null when the page has no data-pagefind-body. */
export function indexedText(html: string): string | null {
  const body = findBody(fromHtml(html));
  return body ? toText(dropIgnored(body), { whitespace: 'normal' }) : null;
}

function isMeasure(node: Element): boolean {
  const cls = node.properties['className'];
  return Array.isArray(cls) && cls.includes('measure');
}

function headingId(measure: Element): string | null {
  for (const c of measure.children) if (c.type === 'element' && /^h[1-6]$/.test(c.tagName) && typeof c.properties['id'] === 'string') return c.properties['id'];
  return null;
}

function withoutMeasures<T extends Root | Element>(node: T, out: Map<string, string>): T {
  const children: RootContent[] = [];
  for (const c of node.children as RootContent[]) {
    if (c.type === 'element' && isMeasure(c)) {
      const id = headingId(c);
      const rest: Element = { ...c, children: c.children.filter((k) => !(k.type === 'element' && /^h[1-6]$/.test(k.tagName))) };
      if (id) out.set(id, toText(rest, { whitespace: 'normal' }));
      continue;
    }
    children.push(c.type === 'element' ? withoutMeasures(c, out) : c);
  }
  return { ...node, children } as T;
}

/** The indexed text of a page cut into its measures (by heading id) and the rest; null without data-pagefind-body. */
export function indexedSegments(html: string): { rest: string; measures: Map<string, string> } | null {
  const body = findBody(fromHtml(html));
  if (!body) return null;
  const measures = new Map<string, string>();
  const rest = toText(withoutMeasures(dropIgnored(body), measures), { whitespace: 'normal' });
  return { rest, measures };
}

/** The value of an attribute on the data-pagefind-body element (e.g. data-theme), or null. */
export function bodyAttribute(html: string, property: string): string | null {
  const body = findBody(fromHtml(html));
  const value = body?.properties[property];
  return value === undefined || value === null ? null : String(value);
}
