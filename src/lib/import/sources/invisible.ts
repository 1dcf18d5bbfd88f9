/**
 * Characters nobody can see, taken out of a received text before it is
 * parsed: Word files and web pages carry zero-width spaces, soft hyphens,
 * bidirectional controls (which can show a line in another order than it is
 * stored), byte order marks inside the text, control characters and
 * no-break spaces. Published, they look like nothing yet break a search for
 * the phrase and make the site's text differ from what a reader copies.
 *
 * Each one is listed (line, column, code point and name) so nothing is
 * dropped silently; the original file kept beside the report still has them.
 * Visible spaces are not "removed": a no-break or other special space inside
 * a line becomes an ordinary space (what the reader saw), and at either end
 * of a line it is indentation and goes, as the fidelity check's one
 * normalisation treats ordinary spaces there. A line or paragraph separator
 * becomes a line break. The ideographic space U+3000 and the tab stay: the
 * fidelity check already treats them as indentation at a line's ends, and
 * inside a line they are printed text.
 */
import { charName, spellOut } from '../../fidelity/exact.ts';
import { classifyChar, type CharClass } from '../../text/characters.ts';

export interface Removal {
  /** 1-based line of the text as received (before any removal). */
  line: number;
  /** 1-based column in that line, in characters. */
  column: number;
  /** "U+200B ZERO WIDTH SPACE". */
  char: string;
  /** What became of it: removed, or replaced by an ordinary space or a line break. */
  action: 'removed' | 'space' | 'newline';
  /** Up to eight characters of the line before and after it, as received, to find the place. */
  before: string;
  after: string;
}

/**
 * The invisible kinds of the character policy (src/lib/text/characters.ts,
 * the one classifier the content check refuses by): format characters
 * (zero-width, bidirectional, soft hyphen, BOM…), variation selectors and
 * invisible fillers; with U+034F COMBINING GRAPHEME JOINER and U+FFFC, the
 * placeholder Word leaves for an embedded object. A stray combining mark or
 * a noncharacter is not taken out: it is not invisible, and the parser
 * refuses it, named (lines.ts).
 */
const INVISIBLE: ReadonlySet<CharClass> = new Set(['bidi', 'format', 'soft-hyphen', 'filler', 'variation-selector']);
const isFormat = (c: string) => c === '\u034f' || c === '\ufffc' || INVISIBLE.has(classifyChar(c) ?? 'combining');
/** Control characters, tab and line ends aside. */
const isControl = (c: string) => c !== '\t' && c !== '\n' && c !== '\r' && classifyChar(c) === 'control';
/** Spaces other than the ordinary and the ideographic one: no-break, thin, en, em, figure… */
const SPACE = /[\p{Zs}]/u;
const isSeparator = (c: string) => classifyChar(c) === 'separator';

export interface CleanOptions {
  /** Also remove control characters (Word and web pages); a plain-text file with one is refused instead, as a sign of a damaged file. */
  controls: boolean;
}

/** The text without invisible characters, and each removal. */
export function removeInvisible(text: string, options: CleanOptions): { text: string; removals: Removal[] } {
  const removals: Removal[] = [];
  const out: string[] = [];
  // Line ends kept as they are: only the characters listed change.
  const parts = text.split(/(\r\n|\r|\n)/);
  parts.forEach((raw, k) => {
    if (k % 2 === 1) {
      out.push(raw);
      return;
    }
    const i = k / 2;
    const chars = [...raw];
    // Where the visible text starts and ends: a special space outside it is indentation.
    const visible = (c: string) => !(isFormat(c) || SPACE.test(c) || isSeparator(c) || (options.controls && isControl(c)) || c === '\t');
    const first = chars.findIndex(visible);
    const last = chars.length - 1 - [...chars].reverse().findIndex(visible);
    let line = '';
    chars.forEach((c, j) => {
      const at = {
        line: i + 1,
        column: j + 1,
        char: charName(c),
        before: chars.slice(Math.max(0, j - 8), j).join(''),
        after: chars.slice(j + 1, j + 9).join(''),
      };
      if (isFormat(c) || (options.controls && isControl(c))) removals.push({ ...at, action: 'removed' });
      else if (isSeparator(c)) {
        removals.push({ ...at, action: 'newline' });
        line += '\n';
      } else if (SPACE.test(c) && c !== ' ' && c !== '\u3000') {
        const inside = first !== -1 && j > first && j < last;
        removals.push({ ...at, action: inside ? 'space' : 'removed' });
        if (inside) line += ' ';
      } else line += c;
    });
    out.push(line);
  });
  return { text: removals.length > 0 ? out.join('') : text, removals };
}

/**
 * The removals as lines of the importer's output, Chinese / English: one
 * line per run of the same character on a line (four no-break spaces of an
 * indent are one line, "第3行第1–4列 … ×4"), so every removal is listed and
 * an indented page stays readable.
 */
export function describeRemovals(removals: readonly Removal[]): string[] {
  const runs: { first: Removal; last: Removal; n: number }[] = [];
  for (const r of removals) {
    const run = runs.at(-1);
    if (run && run.last.line === r.line && run.last.column + 1 === r.column && run.last.char === r.char && run.last.action === r.action) {
      run.last = r;
      run.n++;
    } else runs.push({ first: r, last: r, n: 1 });
  }
  return runs.map(({ first: r, last, n }) => {
    const zh = { removed: '已删除', space: '已改为普通空格', newline: '已改为换行' }[r.action];
    const en = { removed: 'removed', space: 'replaced by an ordinary space', newline: 'replaced by a line break' }[r.action];
    const cols = n > 1 ? `${r.column}–${last.column}` : String(r.column);
    const times = n > 1 ? ` ×${n}` : '';
    // The place: what stands before the run and after it, the run itself named once.
    const context = `${spellOut(r.before)}[${r.char}${times}]${spellOut(last.after)}`;
    return `第${r.line}行第${cols}列 ${r.char}${times}：看不见的字符，${zh}（“${context}”） / line ${r.line}, column ${cols}: ${r.char}${times}, an invisible character, ${en}`;
  });
}
