/**
 * Plain-text reports copied from Chinese government portals are often saved
 * as GBK/GB18030 rather than UTF-8, and Windows Notepad's "Unicode" is UTF-16
 * with a byte order mark. Decode any of them, and say which, so the importer
 * never reads mojibake and the kept source is always UTF-8.
 */

export type TextEncoding = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

/** Decodes UTF-16 with its byte order mark, UTF-8 (with or without BOM) or, failing that, GB18030 (a superset of GBK). */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
