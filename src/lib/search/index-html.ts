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
import { charWord, foldChar, indexWords, RUN_BREAK } from './tokens.ts';

const RAW = new Set(['script', 'style', 'template', 'noscript']);
/** Elements that continue the text around them; every other element breaks it. */
const INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'dfn', 'em', 'i', 'kbd', 'mark', 'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var']);

/** Rewrites the text nodes of one run of text: each character's word goes to the node that holds the character. */
function flush(nodes: Text[]): void {
  if (nodes.length === 0) return;
  const chars: string[] = [];
  const owner: number[] = [];
  nodes.forEach((node, k) => {
    for (const ch of node.value) {
      chars.push(ch);
      owner.push(k);
    }
  });
  const out: string[][] = nodes.map(() => []);
  for (const { word, at } of indexWords(chars)) out[owner[at]!]!.push(word);
  nodes.forEach((node, k) => (node.value = out[k]!.length > 0 ? ` ${out[k]!.join(' ')} ` : ' '));
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
 * htmlForIndex through a tree (hast-util-from-html): any HTML, as a browser
 * reads it. The reference for the string rewrite below, and what a page the
 * string rewrite declines goes through.
 */
export function htmlForIndexTree(html: string): string {
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

// ---------------------------------------------------------------------------
// The same rewrite on the HTML string, without building a tree. The pages are
// our own generated HTML: well-formed, every element closed explicitly. The
// scanner below reads exactly that much HTML; anything it does not read with
// certainty (an end tag that does not close the element open last, a
// character reference other than the five Astro writes and numeric ones, raw
// text elements it does not know, foreign content it cannot follow) makes it
// decline, and the page goes through the tree (htmlForIndexTree) instead. An
// end tag the HTML parser would imply earlier (a <p> holding a <div>) changes
// no word: both ends are run breaks either way. Equal output is checked on
// every page of a built site (tests/build/search-index-html.test.ts) and on
// the cases in tests/unit/search-index-html.test.ts.

/** Elements without an end tag. */
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param', 'keygen']);
/** Elements whose content is raw text to the HTML tokenizer, ended only by their own end tag (not noscript: hast-util-from-html parses with scripting off, so its content is markup). */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes']);
/** Elements the scanner does not follow inside the indexed element (RCDATA, plaintext, a leading newline dropped, template content, noscript left out with markup inside, select's own parsing, tables' foster parenting, forms that do not nest): the page goes through the tree. */
const DECLINE = new Set(['textarea', 'title', 'plaintext', 'pre', 'listing', 'template', 'noscript', 'select', 'table', 'frameset', 'math', 'foreignobject', 'image', 'html', 'head', 'body', 'form', 'option', 'optgroup']);
/** HTML start tags that break out of SVG content (parse5's foreign content rules), checked loosely: any of them in SVG declines. */
const SVG_BREAKOUT = new Set(['b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's', 'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Decline extends Error {}
const decline = (): never => {
  throw new Decline();
};

/** A text with its character references decoded, or a decline when one is not certainly read the way parse5 reads it. */
function decodeText(raw: string): string {
  if (raw.includes('\0') || raw.includes('\r')) decline();
  if (!raw.includes('&')) return raw;
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const amp = raw.indexOf('&', i);
    if (amp === -1) {
      out += raw.slice(i);
      break;
    }
    out += raw.slice(i, amp);
    const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([a-zA-Z]+));/.exec(raw.slice(amp, amp + 12));
    if (!m) {
      // A bare "&" (followed by neither a letter, a digit nor "#") is that character.
      if (/^&[a-zA-Z0-9#]/.test(raw.slice(amp, amp + 2))) decline();
      out += '&';
      i = amp + 1;
      continue;
    }
    let ch: string | undefined;
    if (m[3] !== undefined) ch = NAMED[m[3]];
    else {
      const code = m[1] !== undefined ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
      // Zero, C1 controls (parse5 maps them through windows-1252), surrogates, beyond Unicode: not read here.
      if (code > 0 && code <= 0x10ffff && !(code >= 0x80 && code <= 0x9f) && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code);
    }
    if (ch === undefined) decline();
    out += ch!;
    i = amp + m[0].length;
  }
  return out;
}

/**
 * Each character's index word (tokens.ts charWord), or null for whitespace
 * (a run break), kept across pages: an archive has a few thousand distinct
 * characters and millions of occurrences, each of which would otherwise
 * make a new five-letter string.
 */
const WORDS = new Map<string, string | null>();
const SPACE = /\s/u;
function wordOf(ch: string): string | null {
  let word = WORDS.get(ch);
  if (word === undefined) {
    word = SPACE.test(foldChar(ch)) ? null : charWord(ch);
    WORDS.set(ch, word);
  }
  return word;
}

interface Tag {
  name: string;
  end: boolean;
  /** Index just after the tag's ">". */
  close: number;
  selfClosing: boolean;
  indexBody: boolean;
}

/** Reads the tag starting at html[at] === "<" followed by a letter or "/" and a letter. */
function readTag(html: string, at: number): Tag {
  const end = html[at + 1] === '/';
  let i = at + (end ? 2 : 1);
  const nameStart = i;
  while (i < html.length && !/[\s/>]/.test(html[i]!)) i++;
  const name = html.slice(nameStart, i).toLowerCase();
  let selfClosing = false;
  let indexBody = false;
  for (;;) {
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (i >= html.length) decline();
    const c = html[i]!;
    if (c === '>') return { name, end, close: i + 1, selfClosing, indexBody };
    if (c === '/') {
      if (html[i + 1] !== '>') decline();
      selfClosing = true;
      i++;
      continue;
    }
    if (end || c === '"' || c === "'" || c === '<' || c === '=') decline();
    const attrStart = i;
    while (i < html.length && !/[\s/>=]/.test(html[i]!)) i++;
    const attr = html.slice(attrStart, i).toLowerCase();
    if (/["'<]/.test(attr)) decline();
    if (attr === 'data-pagefind-body') indexBody = true;
    while (i < html.length && /\s/.test(html[i]!)) i++;
    if (html[i] === '=') {
      i++;
      while (i < html.length && /\s/.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close === -1) decline();
        i = close + 1;
        // parse5 reads an attribute right after a quoted value as a parse error; ours always have a space.
        if (!/[\s/>]/.test(html[i] ?? '')) decline();
      } else {
        const valueStart = i;
        while (i < html.length && !/[\s>]/.test(html[i]!)) i++;
        if (i === valueStart || /["'<=`]/.test(html.slice(valueStart, i))) decline();
      }
    }
  }
}

/** Index just after the end tag of a raw text element started before `from`. */
function rawTextEnd(html: string, from: number, name: string): number {
  const re = new RegExp(`</${name}[\\s/>]`, 'gi');
  re.lastIndex = from;
  const m = re.exec(html);
  if (!m) return decline();
  return readTag(html, m.index).close;
}

/** Index just after a comment starting at html[at] ("<!--"). */
function commentEnd(html: string, at: number): number {
  // "<!-->" and "<!--->" end at once in parse5; "--!>" also ends a comment.
  if (html.startsWith('<!-->', at) || html.startsWith('<!--->', at)) return decline();
  const close = html.indexOf('-->', at + 4);
  if (close === -1 || html.slice(at + 4, close).includes('--!>')) return decline();
  return close + 3;
}

/** The first element with data-pagefind-body, reading the page from its start; null when it has none. */
function findIndexBody(html: string): { at: number; tag: Tag } | null {
  let i = 0;
  let svgDepth = 0;
  let inBody = false;
  for (;;) {
    const lt = html.indexOf('<', i);
    if (lt === -1) return null;
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) i = commentEnd(html, lt);
    else if (next === '!' || next === '?') {
      // The doctype, first in the page; anything else of the kind declines.
      if (!/^<!doctype html>/i.test(html.slice(lt, lt + 15)) || lt > html.search(/\S/)) decline();
      i = html.indexOf('>', lt) + 1;
    } else if (/[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''))) {
      const tag = readTag(html, lt);
      i = tag.close;
      if (tag.end) {
        if (tag.name === 'svg' && svgDepth > 0) svgDepth--;
        continue;
      }
      if (tag.indexBody) return svgDepth > 0 ? decline() : { at: lt, tag };
      if (svgDepth > 0) {
        if (SVG_BREAKOUT.has(tag.name) || RAW_TEXT.has(tag.name) || RAW.has(tag.name) || tag.name === 'foreignobject') decline();
        if (tag.name === 'svg' && !tag.selfClosing) svgDepth++;
        continue;
      }
      // noscript in the head has rules of its own (parsed with scripting off); in the body it is an element like any other.
      if (tag.name === 'template' || tag.name === 'plaintext' || tag.name === 'math' || (tag.name === 'noscript' && !inBody)) decline();
      if (tag.name === 'body') inBody = true;
      if (tag.name === 'svg' && !tag.selfClosing) svgDepth++;
      else if (tag.name === 'title' || tag.name === 'textarea' || RAW_TEXT.has(tag.name)) i = rawTextEnd(html, i, tag.name);
    } else i = lt + 1;
  }
}

/** The rewrite of htmlForIndex on the string, or null when the page has no data-pagefind-body element; throws Decline when it cannot be sure. */
function rewriteString(html: string): string | null {
  const found = findIndexBody(html);
  if (!found) return null;
  const { at, tag: bodyTag } = found;
  if (VOID.has(bodyTag.name) || bodyTag.selfClosing || DECLINE.has(bodyTag.name) || RAW_TEXT.has(bodyTag.name) || bodyTag.name === 'svg') decline();
  const out: string[] = [html.slice(at, bodyTag.close)];
  /** Open elements inside the body element (names). */
  const open: string[] = [bodyTag.name];
  let svgDepth = 0;
  // The run of text being gathered: each text's place in out and its decoded text.
  let flow: { slot: number; text: string }[] = [];
  // tokens.ts indexWords over the run, without an object per character: each
  // character's word goes to the text holding it, a run break (after each
  // stretch of characters) to the text holding the stretch's last character.
  const flush = () => {
    if (flow.length === 0) return;
    const words: string[] = flow.map(() => '');
    let last = -1;
    flow.forEach(({ text }, k) => {
      for (const ch of text) {
        const word = wordOf(ch);
        if (word === null) {
          if (last !== -1) words[last] += ` ${RUN_BREAK}`;
          last = -1;
        } else {
          words[k] += ` ${word}`;
          last = k;
        }
      }
    });
    if (last !== -1) words[last] += ` ${RUN_BREAK}`;
    flow.forEach(({ slot }, k) => (out[slot] = words[k]!.length > 0 ? `${words[k]} ` : ' '));
    flow = [];
  };
  let i = bodyTag.close;
  while (open.length > 0) {
    const lt = html.indexOf('<', i);
    if (lt === -1) decline();
    const text = html.slice(i, lt);
    const next = html[lt + 1] ?? '';
    const isTag = /[a-zA-Z]/.test(next) || (next === '/' && /[a-zA-Z]/.test(html[lt + 2] ?? ''));
    // A "<" that starts neither a tag nor a comment (text to parse5) is not ours: declined.
    if (!isTag && !html.startsWith('<!--', lt)) decline();
    if (text.length > 0) {
      flow.push({ slot: out.length, text: decodeText(text) });
      out.push('');
    }
    if (!isTag) {
      const end = commentEnd(html, lt);
      out.push(html.slice(lt, end));
      i = end;
      continue;
    }
    const tag = readTag(html, lt);
    const markup = html.slice(lt, tag.close);
    i = tag.close;
    if (tag.end) {
      if (open[open.length - 1] !== tag.name || tag.selfClosing) decline();
      open.pop();
      if (tag.name === 'svg') svgDepth--;
      if (!INLINE.has(tag.name)) flush();
      out.push(markup);
      continue;
    }
    if (svgDepth === 0 && DECLINE.has(tag.name)) decline();
    if (svgDepth > 0 && (SVG_BREAKOUT.has(tag.name) || RAW_TEXT.has(tag.name) || RAW.has(tag.name) || tag.name === 'foreignobject')) decline();
    if (RAW.has(tag.name)) {
      // Left out of the runs, as the tree walk leaves it: kept as it is.
      if (tag.selfClosing) decline();
      const end = rawTextEnd(html, i, tag.name);
      out.push(html.slice(lt, end));
      i = end;
      continue;
    }
    if (RAW_TEXT.has(tag.name)) decline();
    const empty = VOID.has(tag.name) || (svgDepth > 0 && tag.selfClosing);
    if (tag.selfClosing && !empty) decline();
    if (!INLINE.has(tag.name)) flush();
    out.push(markup);
    if (empty) {
      if (!INLINE.has(tag.name)) flush();
      continue;
    }
    open.push(tag.name);
    if (tag.name === 'svg') svgDepth++;
  }
  flush();
  return out.join('');
}

/**
 * A page's HTML with its text as index words, for the search index only.
 * Pagefind reads only the data-pagefind-body element (meta, filters and sort
 * are its attributes), so only that element is passed on: the header, footer
 * and scripts around it are neither rewritten nor parsed twice. A page
 * without one is passed on unchanged (Pagefind leaves it out of the index).
 *
 * Rewritten on the string (rewriteString), which is several times cheaper
 * than a tree in time and memory (one parse per page was most of the search
 * step's own CPU and of the memory its process held at 2,600 sections);
 * a page that reader declines goes through the tree (htmlForIndexTree). Both
 * give the same words in the same places: the string one's output, parsed,
 * serialises to exactly the tree one's.
 */
export function htmlForIndex(html: string): string {
  if (!hasIndexBody(html)) return html;
  try {
    const body = rewriteString(html);
    return body === null ? html : wrap(body);
  } catch (error) {
    if (error instanceof Decline) return htmlForIndexTree(html);
    throw error;
  }
}

/** Whether htmlForIndex reads the page on the string (true) or through the tree (false); for tests and the bench. */
export function readsAsString(html: string): boolean {
  try {
    rewriteString(html);
    return true;
  } catch (error) {
    if (error instanceof Decline) return false;
    throw error;
  }
}
