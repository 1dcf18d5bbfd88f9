/**
 * Exact fidelity's vocabulary: the published text is the source's
 * characters, all of them (the one normalisation is in reconstruct.ts).
 * U+00A0 NO-BREAK SPACE, U+FEFF, U+2028 or a zero-width character inside a
 * word looks like nothing, is published, and breaks the search for that
 * phrase, so every message names such a character by code point and Unicode
 * name instead of printing it raw. And a source that is not UTF-8 is said to
 * be so, with how to convert it, instead of being compared as mojibake.
 */
import { decodeReport } from '../text/encoding.ts';

/** Names of the invisible or look-alike characters a copy-paste brings in (Unicode names). */
const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x1b: 'ESCAPE',
  0x20: 'SPACE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x1680: 'OGHAM SPACE MARK',
  0x180e: 'MONGOLIAN VOWEL SEPARATOR',
  0x2000: 'EN QUAD',
  0x2001: 'EM QUAD',
  0x2002: 'EN SPACE',
  0x2003: 'EM SPACE',
  0x2004: 'THREE-PER-EM SPACE',
  0x2005: 'FOUR-PER-EM SPACE',
  0x2006: 'SIX-PER-EM SPACE',
  0x2007: 'FIGURE SPACE',
  0x2008: 'PUNCTUATION SPACE',
  0x2009: 'THIN SPACE',
  0x200a: 'HAIR SPACE',
  0x200b: 'ZERO WIDTH SPACE',
  0x200c: 'ZERO WIDTH NON-JOINER',
  0x200d: 'ZERO WIDTH JOINER',
  0x200e: 'LEFT-TO-RIGHT MARK',
  0x200f: 'RIGHT-TO-LEFT MARK',
  0x2028: 'LINE SEPARATOR',
  0x2029: 'PARAGRAPH SEPARATOR',
  0x202a: 'LEFT-TO-RIGHT EMBEDDING',
  0x202b: 'RIGHT-TO-LEFT EMBEDDING',
  0x202c: 'POP DIRECTIONAL FORMATTING',
  0x202d: 'LEFT-TO-RIGHT OVERRIDE',
  0x202e: 'RIGHT-TO-LEFT OVERRIDE',
  0x202f: 'NARROW NO-BREAK SPACE',
  0x205f: 'MEDIUM MATHEMATICAL SPACE',
  0x2060: 'WORD JOINER',
  0x2061: 'FUNCTION APPLICATION',
  0x2062: 'INVISIBLE TIMES',
  0x2063: 'INVISIBLE SEPARATOR',
  0x2064: 'INVISIBLE PLUS',
  0x2066: 'LEFT-TO-RIGHT ISOLATE',
  0x2067: 'RIGHT-TO-LEFT ISOLATE',
  0x2068: 'FIRST STRONG ISOLATE',
  0x2069: 'POP DIRECTIONAL ISOLATE',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xfffc: 'OBJECT REPLACEMENT CHARACTER',
  0xfffd: 'REPLACEMENT CHARACTER',
};

/** Controls, format characters, separators and the invisible fillers: the characters a reader cannot see. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (combining grapheme joiner) is listed as a character of its own, matched alone
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\ufffc\ufffd]/u;

/** "U+00A0" for a code point. */
export function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** True for a character a reader cannot see or tell from a space (the ordinary space included). */
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch);
}

/** "U+00A0 NO-BREAK SPACE": the code point and, when known, the Unicode name of a character. */
export function charName(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const name =
    NAMES[cp] ??
    (cp < 0x20 || (cp >= 0x80 && cp < 0xa0)
      ? 'CONTROL CHARACTER'
      : /\p{Cf}/u.test(ch)
        ? 'FORMAT CHARACTER'
        : /\p{Zs}/u.test(ch)
          ? 'SPACE SEPARATOR'
          : /[\ufe00-\ufe0f]/u.test(ch)
            ? `VARIATION SELECTOR-${cp - 0xfe00 + 1}`
            : undefined);
  return name ? `${codePoint(cp)} ${name}` : codePoint(cp);
}

/** The text with every invisible character (the ordinary space excepted) spelled out as [U+00A0 NO-BREAK SPACE]. */
export function spellOut(s: string): string {
  let out = '';
  for (const ch of s) out += ch !== ' ' && isInvisible(ch) ? `[${charName(ch)}]` : ch;
  return out;
}

/** The 1-based line of the first byte sequence that is not UTF-8. */
function firstBadLine(bytes: Uint8Array): number {
  const lossy = new TextDecoder('utf-8').decode(bytes);
  const at = lossy.indexOf('\uFFFD');
  return at === -1 ? 1 : lossy.slice(0, at).split('\n').length;
}

/**
 * Null for valid UTF-8; otherwise the line of the first bad byte and a
 * message saying so, with how to convert (GBK is what Chinese portals save).
 * Uses the importer's decoder (src/lib/text/encoding.ts), so "looks like GBK" means the importer reads it.
 */
export function utf8Issue(bytes: Uint8Array): { line: number; message: string } | null {
  const { text, encoding } = decodeReport(bytes);
  if (encoding === 'utf-8') return null;
  const gbk = encoding === 'gb18030' && !text.includes('\uFFFD') && /[\u4e00-\u9fff]/.test(text);
  const looks = gbk ? '（看起来是 GBK/GB18030 编码）' : '';
  const looksEn = gbk ? ' (looks like GBK)' : '';
  return {
    line: firstBadLine(bytes),
    message: `不是 UTF-8 编码${looks}，无法与条目逐字比对：请用 \`npm run import\` 重新导入，或用 iconv -f GBK -t UTF-8 转换 / not UTF-8${looksEn}: convert it with \`npm run import\` or iconv (iconv -f GBK -t UTF-8)`,
  };
}
