/**
 * The HTML Pagefind indexes: the built page with its text replaced by index
 * words (tokens.ts). Only the index sees it; readers get the page as built.
 * Text that runs on across inline elements (<span>, <a>, <strong>…) is one
 * run, as a reader sees it; any other element ends a run, as toText's block
 * boundaries do.
 */
import type { Element, Root, RootContent, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { runWords } from './tokens.ts';

const RAW = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that continue the text around them; every other element breaks it. */
const INLINE = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'cite',
  'code',
  'data',
  'dfn',
  'em',
  'i',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'time',
  'u',
  'var',
]);

/** Rewrites the text nodes of one run of text (tokens.ts runWords): each character's word goes to the node that holds the character. */
function flush(nodes: Text[]): void {
  if (nodes.length === 0) return;
  const words = runWords(nodes.map((n) => n.value));
  nodes.forEach((node, k) => (node.value = words[k]!.length > 0 ? ` ${words[k]!.join(' ')} ` : ' '));
  nodes.length = 0;
}

function walk(node: Root | Element, flow: Text[]): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text') flow.push(child);
    else if (child.type === 'element' && !RAW.has(child.tagName)) {
      if (INLINE.has(child.tagName)) walk(child, flow);
      else {
        flush(flow);
        walk(child, flow);
        flush(flow);
      }
    }
  }
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties['dataPagefindBody'] !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/**
 * False when the page certainly has no data-pagefind-body element (the
 * name appears nowhere in its HTML); true when it may have one.
 */
export const hasIndexBody = (html: string) => /data-pagefind-body/i.test(html);

const wrap = (body: string) => `<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`;

/**
 * A page's HTML with its text as index words, for the search index only.
 * Pagefind reads only the data-pagefind-body element (meta, filters and sort
 * are its attributes), so only that element is passed on: the header, footer
 * and scripts around it are neither rewritten nor parsed twice. A page
 * without one is passed on unchanged (Pagefind leaves it out of the index).
 * The page is read by the HTML parser (hast-util-from-html, parse5), as a
 * browser reads it, whatever HTML it holds.
 */
export function htmlForIndex(html: string): string {
  // Without the attribute's name anywhere in it (attribute names are
  // case-insensitive), the page has no such element: skip the parse.
  if (!hasIndexBody(html)) return html;
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return html;
  const flow: Text[] = [];
  walk({ type: 'root', children: [body] }, flow);
  flush(flow);
  return wrap(toHtml(body));
}
