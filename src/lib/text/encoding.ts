/**
 * Plain-text reports copied from Chinese government portals are often saved
 * as GBK/GB18030 rather than UTF-8. Decode either, and say which, so the
 * importer never reads mojibake and the kept source is always UTF-8.
 */

/** Decodes UTF-8 (with or without BOM) or, failing that, GB18030 (a superset of GBK). */
export function decodeReport(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}
