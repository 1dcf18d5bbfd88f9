/**
 * The text Pagefind indexes on a built page: the data-pagefind-body region
 * without its data-pagefind-ignore parts. Search tests compute the pages
 * (and the parts of pages) a term must find from it.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { dropIgnored, findBody, foldText, indexedText } from '../../tools/bench/indexed-text.ts';

/** The indexed text of a page and the folding of queries: shared with the bench (tools/bench/indexed-text.ts). */
export { foldText, indexedText };

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

/** A part results may link to: a heading with an id (its text is the label, not part of the stretch), an element with an id and data-pagefind-title, or an inline measure anchor. */
function partOf(node: Element): { id: string; heading: boolean } | null {
  const id = node.properties['id'];
  if (typeof id !== 'string') return null;
  if (/^h[1-6]$/.test(node.tagName)) return { id, heading: true };
  if (typeof node.properties['dataPagefindTitle'] === 'string') return { id, heading: false };
  // A measure anchored inside a paragraph (<a class="measure-inline" id="m3">二是</a>): its marker stays in the text.
  if (/^m\d+$/.test(id)) return { id, heading: false };
  return null;
}

/**
 * The indexed text of a page cut into the stretches a search result links to:
 * the text before the first part (id null) and each part's, in page order
 * (a part's stretch runs to the next part, as Pagefind's anchors do). Blocks
 * are separated by a newline, so no term spans two of them.
 */
export function indexedParts(html: string): { id: string | null; text: string }[] | null {
  const body = findBody(fromHtml(html));
  if (!body) return null;
  const parts: { id: string | null; text: string }[] = [{ id: null, text: '' }];
  const add = (s: string) => (parts[parts.length - 1]!.text += s);
  const walk = (node: Root | Element) => {
    for (const c of node.children as RootContent[]) {
      if (c.type === 'text') add(c.value);
      else if (c.type === 'element' && !['script', 'style', 'template', 'noscript'].includes(c.tagName)) {
        const part = partOf(c);
        if (part) parts.push({ id: part.id, text: '' });
        if (part?.heading) continue;
        const block = !INLINE.has(c.tagName);
        if (block) add('\n');
        walk(c);
        if (block) add('\n');
      }
    }
  };
  walk(dropIgnored(body));
  return parts;
}

/** The value of an attribute on the data-pagefind-body element (e.g. data-theme), or null. */
export function bodyAttribute(html: string, property: string): string | null {
  const body = findBody(fromHtml(html));
  const value = body?.properties[property];
  return value === undefined || value === null ? null : String(value);
}
