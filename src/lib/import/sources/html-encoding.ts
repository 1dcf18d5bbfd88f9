/**
 * The encoding of a saved web page, as a browser decides it: a byte order
 * mark first, then what the page declares (<meta charset> or <meta
 * http-equiv="Content-Type" content="…; charset=…">, read from the parsed
 * head, not by pattern), then what its bytes show. County portals still
 * serve GB2312/GBK; a page saved again by a browser or an editor may be
 * UTF-8 yet keep its old declaration, so a declaration its bytes contradict
 * gives way to the bytes, and the importer says so.
 */
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root, RootContent } from 'hast';

export interface DecodedPage {
  text: string;
  /** The decoder used: utf-8, gb18030 (for GB2312, GBK and GB18030 alike), utf-16le/be, or another the page declared. */
  encoding: string;
  /** How it was chosen. */
  how: 'bom' | 'declared' | 'bytes';
  /** The label the page declares, when it declares one. */
  declared: string | undefined;
}

/**
 * The charset a page declares in a <meta> element, or undefined. Browsers
 * look in the first 1024 bytes and change encoding on a later declaration
 * too, so the whole page is read: a portal's head often starts with long
 * scripts.
 */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  // Every byte as one character: markup is ASCII in every encoding the pages use.
  const head = fromHtml(new TextDecoder('latin1').decode(bytes));
  let found: string | undefined;
  const visit = (nodes: readonly RootContent[]) => {
    for (const n of nodes) {
      if (found !== undefined || n.type !== 'element') continue;
      if (n.tagName === 'meta') found = metaCharset(n);
      if (found === undefined) visit(n.children);
    }
  };
  visit((head as Root).children);
  return found;
}

function metaCharset(meta: Element): string | undefined {
  const charset = meta.properties['charSet'];
  if (typeof charset === 'string' && charset.trim()) return charset.trim();
  const equiv = meta.properties['httpEquiv'];
  const content = meta.properties['content'];
  if (String(Array.isArray(equiv) ? equiv.join(' ') : (equiv ?? '')).toLowerCase() !== 'content-type' || typeof content !== 'string')
    return undefined;
  // A header value, not markup: text/html; charset=gb2312
  return /charset\s*=\s*["']?([\w.:-]+)/i.exec(content)?.[1];
}

/** The WHATWG decoder name for a label, GBK and GB2312 read as GB18030 (their superset); undefined for a label no decoder knows. */
function decoderFor(label: string): string | undefined {
  try {
    const name = new TextDecoder(label).encoding;
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    return undefined;
  }
}

const strictUtf8 = (bytes: Uint8Array): string | undefined => {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
};

/** Decodes a saved page. */
export function decodePage(bytes: Uint8Array): DecodedPage {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const declared = bom ? undefined : declaredCharset(bytes);
  if (bom) return { text: new TextDecoder(bom).decode(bytes), encoding: bom, how: 'bom', declared };
  const utf8 = strictUtf8(bytes);
  // Valid UTF-8 with characters beyond ASCII is UTF-8, whatever an old declaration says (GBK text is almost never valid UTF-8).
  const beyondAscii = bytes.some((b) => b >= 0x80);
  const wanted = declared ? decoderFor(declared) : undefined;
  if (wanted && (wanted === 'utf-8' ? utf8 !== undefined : !(utf8 !== undefined && beyondAscii))) {
    return {
      text: wanted === 'utf-8' ? (utf8 as string) : new TextDecoder(wanted).decode(bytes),
      encoding: wanted,
      how: 'declared',
      declared,
    };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', how: 'bytes', declared };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', how: 'bytes', declared };
}
