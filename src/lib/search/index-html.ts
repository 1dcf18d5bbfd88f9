/**
 * The HTML Pagefind indexes: the built page with every text node split by
 * splitSingles. Only the index sees it; readers get the page as built, and
 * Pagefind strips the separator from the content it returns.
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { splitSingles } from './segment.ts';

const RAW = new Set(['script', 'style', 'template', 'noscript']);

function walk(node: Root | Element): void {
  for (const child of node.children as RootContent[]) {
    if (child.type === 'text') child.value = splitSingles(child.value);
    else if (child.type === 'element' && !RAW.has(child.tagName)) walk(child);
  }
}

/** A page's HTML with its text pre-segmented for the search index. */
export function htmlForIndex(html: string): string {
  const tree = fromHtml(html);
  walk(tree);
  return toHtml(tree);
}
