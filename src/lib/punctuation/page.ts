/**
 * The words a built page puts before a reader, as the punctuation check
 * reads them: its text line by line (hidden parts too, since scripts reveal
 * them; <noscript> too, for readers without scripts) and the attribute
 * values people hear or see (aria-label, title, alt, the strings scripts
 * announce). Code is left out: <script>, <style>, Pagefind's data-pagefind-*
 * syntax, and attributes without a Chinese character (paths, SVG coordinates, ids).
 */
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

const HAN = /[\u3400-\u9FFF]/u;
const CODE = new Set(['script', 'style', 'template']);
const RENDER_AS_BLOCK = new Set(['head', 'title', 'noscript']);

function clean(nodes: RootContent[], attrs: string[]): RootContent[] {
  const out: RootContent[] = [];
  for (const node of nodes) {
    if (node.type === 'comment' || node.type === 'doctype') continue;
    if (node.type !== 'element') {
      out.push(node);
      continue;
    }
    if (CODE.has(node.tagName)) continue;
    for (const [name, value] of Object.entries(node.properties)) {
      // Pagefind's own syntax (data-pagefind-meta="title:…"), not words for a reader; the values are on the page as text.
      if (name.startsWith('dataPagefind')) continue;
      const text = Array.isArray(value) ? value.join(' ') : String(value ?? '');
      if (HAN.test(text)) attrs.push(text);
    }
    const children = node.children;
    const { hidden: _hidden, ...properties } = node.properties;
    // <head>, <title> and <noscript> are not rendered by innerText rules; the title is read aloud and shown in tabs, noscript text to readers without scripts.
    const tagName = RENDER_AS_BLOCK.has(node.tagName) ? 'div' : node.tagName;
    out.push({ ...node, tagName, properties, children: clean(children, attrs) as Element['children'] });
  }
  return out;
}

/** Every line of a page's text and every human-facing attribute value that holds Chinese. */
export function pageStrings(html: string): string[] {
  const attrs: string[] = [];
  const tree: Root = fromHtml(html);
  const shown: Root = { type: 'root', children: clean(tree.children, attrs) };
  const lines = toText(shown, { whitespace: 'normal' })
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return [...lines, ...attrs];
}
