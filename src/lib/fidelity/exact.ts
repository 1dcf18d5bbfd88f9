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
import { charName, classifyChar } from '../text/characters.ts';

// The names of characters live with the character policy; re-exported for the fidelity modules.
export { charName, codePoint } from '../text/characters.ts';

/** Controls, format characters, separators and the invisible fillers: the characters a reader cannot see. */
// biome-ignore lint/suspicious/noMisleadingCharacterClass: U+034F (combining grapheme joiner) is listed as a character of its own, matched alone
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zs}\p{Zl}\p{Zp}\u034f\u115f\u1160\u3164\uffa0\ufe00-\ufe0f\ufffc\ufffd]/u;

/** True for a character a reader cannot see or tell from a space (the ordinary space included). */
export function isInvisible(ch: string): boolean {
  return INVISIBLE.test(ch);
}

/** The text with every invisible character (the ordinary space excepted) and every character the policy refuses (src/lib/text/characters.ts) spelled out as [U+00A0 NO-BREAK SPACE]. */
export function spellOut(s: string): string {
  let out = '';
  let base: string | undefined;
  for (const ch of s) {
    out += ch !== ' ' && (isInvisible(ch) || classifyChar(ch, base)) ? `[${charName(ch)}]` : ch;
    if (!/\p{M}/u.test(ch)) base = ch;
  }
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
