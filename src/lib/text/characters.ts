/**
 * The character policy of everything an editor writes (every YAML string,
 * section bodies, sources) and of the site's settings: characters a reader
 * cannot see, or that make text show in another order than it is stored,
 * are refused, each named by code point and Unicode name with its line and
 * column, so an editor can find and delete it. One module, so that the
 * content check, the importer and the settings check refuse the same
 * characters (the importer's cleaning of .docx/.html uses classifyChar).
 *
 * Refused:
 * - control characters (C0, DEL, C1), except line ends and tab where a
 *   text allows them (sources and bodies; a YAML string allows line ends);
 * - bidirectional controls (U+061C, U+200E/200F, U+202A–202E, U+2066–2069):
 *   the "Trojan Source" trick that shows text in another order than it is
 *   stored;
 * - the soft hyphen U+00AD and every other format character (zero-width
 *   space, joiners U+200B–200D, U+2060–2064, U+FEFF anywhere but a file's
 *   first character, tags…), the line and paragraph separators U+2028/2029
 *   and the invisible Hangul fillers;
 * - variation selectors (U+FE00–FE0F, U+E0100–E01EF);
 * - stray combining marks: a mark with no letter before it, or on a Han
 *   character (a report's Chinese never carries one; a Latin or other
 *   letter with its accent is text);
 * - noncharacters (U+FFFE, U+FFFF…), which XML cannot carry.
 * Ordinary spaces, U+3000 IDEOGRAPHIC SPACE and U+00A0 NO-BREAK SPACE are
 * text: a source may print them (the fidelity check names U+00A0 when an
 * entry and its source differ by one).
 */

/** Why a character is refused. */
export type CharClass =
  | 'control'
  | 'bidi'
  | 'format'
  | 'soft-hyphen'
  | 'separator'
  | 'filler'
  | 'variation-selector'
  | 'combining'
  | 'noncharacter';

/** Each class as an editor reads it: Chinese, English. */
export const CLASS_WORDS: Readonly<Record<CharClass, readonly [string, string]>> = {
  control: ['控制字符', 'a control character'],
  bidi: [
    '双向文字控制符，会使文字显示的顺序与存储的顺序不同',
    'a bidirectional control, which shows text in another order than it is stored',
  ],
  format: ['看不见的格式字符，如零宽字符', 'an invisible format character such as a zero-width one'],
  'soft-hyphen': ['看不见的软连字符', 'an invisible soft hyphen'],
  separator: ['看不见的行或段落分隔符', 'an invisible line or paragraph separator'],
  filler: ['看不见的填充字符', 'an invisible filler character'],
  'variation-selector': ['看不见的变体选择符', 'an invisible variation selector'],
  combining: ['孤立的组合附加符号，它不在字母之后或附在汉字上', 'a stray combining mark, after no letter or on a Han character'],
  noncharacter: ['Unicode 非字符', 'a Unicode noncharacter'],
};

/** Unicode names of the characters the policy and the fidelity check name most (the rest get a generic name). */
const NAMES: Record<number, string> = {
  0x00: 'NULL',
  0x01: 'START OF HEADING',
  0x02: 'START OF TEXT',
  0x03: 'END OF TEXT',
  0x04: 'END OF TRANSMISSION',
  0x05: 'ENQUIRY',
  0x06: 'ACKNOWLEDGE',
  0x07: 'BELL',
  0x08: 'BACKSPACE',
  0x09: 'CHARACTER TABULATION',
  0x0a: 'LINE FEED',
  0x0b: 'LINE TABULATION',
  0x0c: 'FORM FEED',
  0x0d: 'CARRIAGE RETURN',
  0x0e: 'SHIFT OUT',
  0x0f: 'SHIFT IN',
  0x10: 'DATA LINK ESCAPE',
  0x11: 'DEVICE CONTROL ONE',
  0x12: 'DEVICE CONTROL TWO',
  0x13: 'DEVICE CONTROL THREE',
  0x14: 'DEVICE CONTROL FOUR',
  0x15: 'NEGATIVE ACKNOWLEDGE',
  0x16: 'SYNCHRONOUS IDLE',
  0x17: 'END OF TRANSMISSION BLOCK',
  0x18: 'CANCEL',
  0x19: 'END OF MEDIUM',
  0x1a: 'SUBSTITUTE',
  0x1b: 'ESCAPE',
  0x1c: 'INFORMATION SEPARATOR FOUR',
  0x1d: 'INFORMATION SEPARATOR THREE',
  0x1e: 'INFORMATION SEPARATOR TWO',
  0x1f: 'INFORMATION SEPARATOR ONE',
  0x20: 'SPACE',
  0x7f: 'DELETE',
  0x85: 'NEXT LINE',
  0xa0: 'NO-BREAK SPACE',
  0xad: 'SOFT HYPHEN',
  0x0300: 'COMBINING GRAVE ACCENT',
  0x0301: 'COMBINING ACUTE ACCENT',
  0x0302: 'COMBINING CIRCUMFLEX ACCENT',
  0x0303: 'COMBINING TILDE',
  0x0304: 'COMBINING MACRON',
  0x0306: 'COMBINING BREVE',
  0x0307: 'COMBINING DOT ABOVE',
  0x0308: 'COMBINING DIAERESIS',
  0x030a: 'COMBINING RING ABOVE',
  0x030c: 'COMBINING CARON',
  0x0327: 'COMBINING CEDILLA',
  0x0336: 'COMBINING LONG STROKE OVERLAY',
  0x0338: 'COMBINING LONG SOLIDUS OVERLAY',
  0x034f: 'COMBINING GRAPHEME JOINER',
  0x061c: 'ARABIC LETTER MARK',
  0x115f: 'HANGUL CHOSEONG FILLER',
  0x1160: 'HANGUL JUNGSEONG FILLER',
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
  0x20e3: 'COMBINING ENCLOSING KEYCAP',
  0x3000: 'IDEOGRAPHIC SPACE',
  0x3164: 'HANGUL FILLER',
  0xfeff: 'ZERO WIDTH NO-BREAK SPACE',
  0xffa0: 'HALFWIDTH HANGUL FILLER',
  0xfffc: 'OBJECT REPLACEMENT CHARACTER',
  0xfffd: 'REPLACEMENT CHARACTER',
  0xe0001: 'LANGUAGE TAG',
  0xe007f: 'CANCEL TAG',
};

/** "U+00A0" for a code point. */
export function codePoint(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

const BIDI = new Set([0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069]);
const FILLERS = new Set([0x115f, 0x1160, 0x3164, 0xffa0]);
const isVariationSelector = (cp: number) => (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
const isNoncharacter = (cp: number) => (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) === 0xfffe;
const CONTROL = /\p{Cc}/u;
const FORMAT = /\p{Cf}/u;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const HAN = /\p{Script=Han}/u;

/** "U+00A0 NO-BREAK SPACE": the code point and, when known, the Unicode name (or a generic one) of a character. */
export function charName(ch: string): string {
  const cp = ch.codePointAt(0) ?? 0;
  const name =
    NAMES[cp] ??
    (CONTROL.test(ch)
      ? 'CONTROL CHARACTER'
      : isVariationSelector(cp)
        ? `VARIATION SELECTOR-${cp <= 0xfe0f ? cp - 0xfe00 + 1 : cp - 0xe0100 + 17}`
        : cp >= 0xe0020 && cp <= 0xe007e
          ? `TAG ${String.fromCodePoint(cp - 0xe0000)}`
          : FORMAT.test(ch)
            ? 'FORMAT CHARACTER'
            : /\p{Zs}/u.test(ch)
              ? 'SPACE SEPARATOR'
              : MARK.test(ch)
                ? 'COMBINING MARK'
                : isNoncharacter(cp)
                  ? 'NONCHARACTER'
                  : undefined);
  return name ? `${codePoint(cp)} ${name}` : codePoint(cp);
}

/**
 * Why the policy refuses a character, or null when it is text. `base` is
 * the nearest character before it on its line that is not itself a
 * combining mark (undefined at a line's start): a combining mark needs a
 * letter there that is not Han. Line ends and tab are classed as control
 * characters; a text that allows them says so (findRefused's options).
 */
export function classifyChar(ch: string, base?: string): CharClass | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return 'control';
  if (cp < 0xa0) return null;
  if (BIDI.has(cp)) return 'bidi';
  if (cp === 0xad) return 'soft-hyphen';
  if (cp === 0x2028 || cp === 0x2029) return 'separator';
  if (FILLERS.has(cp)) return 'filler';
  if (isVariationSelector(cp)) return 'variation-selector';
  if (FORMAT.test(ch)) return 'format';
  if (isNoncharacter(cp)) return 'noncharacter';
  if (MARK.test(ch)) return base !== undefined && LETTER.test(base) && !HAN.test(base) ? null : 'combining';
  return null;
}

export interface TextRules {
  /** Line ends (LF, CRLF, CR) allowed: true for sources, bodies and YAML strings. */
  lineEnds?: boolean;
  /** Tab allowed: true for sources and bodies (indentation). */
  tab?: boolean;
  /** A byte order mark allowed as the very first character (a file's start). */
  leadingBom?: boolean;
}

/** A refused character and where it is: 1-based line and column (columns count characters, as an editor's cursor does). */
export interface RefusedChar {
  char: string;
  /** "U+202E RIGHT-TO-LEFT OVERRIDE" */
  name: string;
  kind: CharClass;
  /** Offset in the text, in UTF-16 units. */
  index: number;
  line: number;
  column: number;
}

/** Every character of `text` the policy refuses, in order, with its line and column. */
export function findRefused(text: string, rules: TextRules = {}): RefusedChar[] {
  const found: RefusedChar[] = [];
  let line = 1;
  let column = 0;
  let base: string | undefined;
  let index = 0;
  let prev = '';
  for (const ch of text) {
    const at = index;
    index += ch.length;
    if (ch === '\n') {
      // CRLF is one line end; a lone CR is one too.
      if (prev !== '\r') {
        if (!rules.lineEnds) found.push({ char: ch, name: charName(ch), kind: 'control', index: at, line, column: column + 1 });
        line++;
      }
      column = 0;
      base = undefined;
      prev = ch;
      continue;
    }
    if (ch === '\r') {
      if (!rules.lineEnds) found.push({ char: ch, name: charName(ch), kind: 'control', index: at, line, column: column + 1 });
      line++;
      column = 0;
      base = undefined;
      prev = ch;
      continue;
    }
    prev = ch;
    column++;
    if (ch === '\t' && rules.tab) {
      base = undefined;
      continue;
    }
    if (ch === '\uFEFF' && at === 0 && rules.leadingBom) continue;
    const kind = classifyChar(ch, base);
    if (kind) found.push({ char: ch, name: charName(ch), kind, index: at, line, column });
    if (!MARK.test(ch)) base = ch;
  }
  return found;
}

/** The rules of a text file an editor writes: sources and section bodies. */
export const TEXT_FILE: TextRules = { lineEnds: true, tab: true, leadingBom: true };

/** "U+202E RIGHT-TO-LEFT OVERRIDE（双向文字控制符…）" / "… (a bidirectional control …)": a refused character for a message, Chinese and English. */
export function describeRefused(c: Pick<RefusedChar, 'name' | 'kind'>): [string, string] {
  const [zh, en] = CLASS_WORDS[c.kind];
  return [`${c.name}（${zh}）`, `${c.name} (${en})`];
}

/** The message for a refused character: expected and found, Chinese first, with where (line:column) when given; `note` adds a word on how it was written. */
export function refusedMessage(
  c: Pick<RefusedChar, 'name' | 'kind'> & Partial<Pick<RefusedChar, 'line' | 'column'>>,
  note?: readonly [string, string],
): string {
  const [zh, en] = describeRefused(c);
  const whereZh = c.line !== undefined && c.column !== undefined ? `第 ${c.line} 行第 ${c.column} 列有` : '有';
  const whereEn = c.line !== undefined && c.column !== undefined ? ` at line ${c.line}, column ${c.column}` : '';
  return `应为普通文字，实${whereZh} ${zh}${note ? `，${note[0]}` : ''}，请删除 / expected plain text, found ${en}${whereEn}${note ? `, ${note[1]}` : ''}; delete it`;
}

/** The text with every character the policy refuses spelled out as [U+202E RIGHT-TO-LEFT OVERRIDE] (line ends kept), for printing what an editor wrote. */
export function spellOutRefused(s: string): string {
  let out = '';
  let base: string | undefined;
  for (const ch of s) {
    out += ch !== '\n' && classifyChar(ch, base) ? `[${charName(ch)}]` : ch;
    if (!MARK.test(ch)) base = ch;
  }
  return out;
}
