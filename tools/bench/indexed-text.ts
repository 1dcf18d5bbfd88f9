/**
 * The text Pagefind indexes on a built page (the data-pagefind-body element
 * without its data-pagefind-ignore parts), read from the built HTML
 * independently of the site's own indexing code (src/lib/search/), so the
 * bench and the search tests can compute from it what a query must find
 * (substring truth) and which terms to search for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { htmlFilesUnder } from '../../src/lib/fs/files.ts';

/** The first element carrying data-pagefind-body, depth first. */
export function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties['dataPagefindBody'] !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

/** A copy of node without its data-pagefind-ignore elements. */
export function dropIgnored<T extends Root | Element>(node: T): T {
  const children = node.children
    .filter((c: RootContent) => !(c.type === 'element' && c.properties['dataPagefindIgnore'] !== undefined))
    .map((c) => (c.type === 'element' ? dropIgnored(c) : c));
  return { ...node, children } as T;
}

/** The indexed text of a page, or null when the page has no data-pagefind-body. Blocks are separated by line breaks. */
export function indexedText(html: string): string | null {
  const body = findBody(fromHtml(html));
  return body ? toText(dropIgnored(body), { whitespace: 'normal' }) : null;
}

/** Folds text as the search promises to: full-width ASCII to half-width, the ideographic space to a space, Latin letters to lower case. */
export function foldText(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
    .toLowerCase();
}

export interface IndexedPage {
  /** Path of the page under the site's base, e.g. "/r/sections/01/" (directory pages end in "/"). */
  url: string;
  /** Its indexed text, folded (foldText). */
  text: string;
}

/** Every page of a built folder that Pagefind indexes, with its folded indexed text, in file order. */
export function indexedPages(dir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const f of htmlFilesUnder(dir)) {
    const html = readFileSync(join(dir, f), 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    const text = indexedText(html);
    if (text !== null) pages.push({ url: `/${f.replace(/\\/g, '/').replace(/(^|\/)index\.html$/, '$1')}`, text: foldText(text) });
  }
  return pages;
}
