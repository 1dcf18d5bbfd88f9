/**
 * The slips an editor who types Chinese makes in YAML, told in words: a
 * full-width colon or space after a field's name, a tab, a line indented
 * out of step, a quote never closed, no space after ":" or "-". The YAML
 * parser notices each only as a broken structure somewhere near it
 * ("Implicit keys need to be on a single line", often several errors for
 * one slip); this module looks at the lines as written around the parser's
 * error and names the slip, its line and what to change. Hand-written on
 * purpose: it reads single lines for patterns the parser has no words for;
 * parsing stays the yaml library's. When no slip is recognised, the
 * caller keeps the parser's own message.
 */

export interface YamlSlip {
  /** 1-based line in the file. */
  line: number;
  /** What to change, Chinese / English, with the line as written. */
  message: string;
  /**
   * 'line': the line shows the slip by itself (a full-width colon, a tab…);
   * 'indent': the line's indentation fits no level around it, which a
   * line slip nearby can also cause, so a line slip is told first.
   */
  kind: 'line' | 'indent';
}

/** A field name: the schemas' fields are ASCII (issuer, team, name…). */
const KEY = '[A-Za-z][A-Za-z0-9_-]*';
/** Leading indentation, optionally list dashes ("  - "), then a field name. */
const LEAD = `^([ ]*(?:-[ ]+)*)(${KEY})`;

const FULL_COLON = new RegExp(`${LEAD}[ \\u3000]*\\uFF1A(\\u3000?)`);
const FULL_SPACE_AFTER_COLON = new RegExp(`${LEAD}:\\u3000`);
const NO_SPACE_AFTER_COLON = new RegExp(`${LEAD}:(?![\\s:])(.)`);
const FULL_SPACE_INDENT = /^[ ]*\u3000/;
const TAB_INDENT = /^[ \u3000]*(?:-[ ]*)*\t/;
const NO_SPACE_AFTER_DASH = /^[ ]*-(?![\s-])/;
/** A field that opens a block scalar (| or >): the lines under it are text, not structure. */
const BLOCK_SCALAR = /:[ ]*[|>][-+0-9]*[ ]*(?:#.*)?$/;

/** The line as written, with what cannot be seen made visible and long lines cut. */
function asWritten(line: string): string {
  const visible = line
    .replace(/\s+$/, '')
    .replace(/\t/g, '〔Tab〕')
    .replace(/\u3000/g, '〔全角空格〕');
  return visible.length > 80 ? `${visible.slice(0, 79)}…` : visible;
}

/** Rows of the YAML text and the file line of its first row (2 for frontmatter after ---). */
interface Text {
  rows: readonly string[];
  offset: number;
}

/** A slip on `row` (1-based in the text), named by its file line. */
function slip(text: Text, row: number, zh: string, en: string, kind: YamlSlip['kind'] = 'line'): YamlSlip {
  const line = row + text.offset - 1;
  const shown = asWritten(text.rows[row - 1] ?? '');
  return {
    line,
    kind,
    message: `YAML 语法错误：第${line}行${zh}。该行现为：${shown} / YAML syntax error: on line ${line}, ${en}; the line reads: ${shown}`,
  };
}

/** A slip that one line shows by itself, or null. */
function lineSlip(text: Text, row: number): YamlSlip | null {
  const line = text.rows[row - 1] ?? '';
  if (TAB_INDENT.test(line))
    return slip(
      text,
      row,
      '行首有制表符（Tab 键），YAML 只能用空格缩进：请把它换成空格，与同一层的字段对齐',
      'replace the tab at the start of the line with spaces (YAML indents with spaces only), aligned with the fields of its level',
    );
  let m = FULL_COLON.exec(line);
  if (m) {
    return m[3]
      ? slip(
          text,
          row,
          `“${m[2]}”后的全角冒号“：”和全角空格应改为半角冒号“:”加一个半角空格`,
          `replace the full-width colon "：" and full-width space after "${m[2]}" with ":" and one space`,
        )
      : slip(
          text,
          row,
          `的全角冒号“：”应改为半角冒号“:”并在其后加一个空格`,
          `replace the full-width colon "：" after "${m[2]}" with ":" followed by a space`,
        );
  }
  m = FULL_SPACE_AFTER_COLON.exec(line);
  if (m)
    return slip(text, row, `“${m[2]}:”后的全角空格应改为半角空格`, `replace the full-width space after "${m[2]}:" with an ordinary space`);
  if (FULL_SPACE_INDENT.test(line))
    return slip(text, row, '行首的全角空格应改为半角空格', 'replace the full-width space in the indentation with ordinary spaces');
  m = NO_SPACE_AFTER_COLON.exec(line);
  if (m) return slip(text, row, `“${m[2]}:”的冒号后应加一个空格`, `add a space after the colon of "${m[2]}:"`);
  if (NO_SPACE_AFTER_DASH.test(line)) return slip(text, row, '列表项的“-”后应加一个空格', 'add a space after the list item\'s "-"');
  return null;
}

const indentOf = (line: string) => /^ */.exec(line)?.[0].length ?? 0;
const isContent = (line: string) => line.trim() !== '' && !line.trim().startsWith('#');
const isItem = (line: string) => line.trimStart().startsWith('-');
/** Where the fields of a list item start: "  - name: x" → 4. */
const innerOf = (line: string) => /^[ ]*(?:-[ ]+)+/.exec(line)?.[0].length;
/** The line ends with a field that opens a block of lines under it ("inspection:", "- paragraphs:"). */
const opensBlock = (line: string) => /:$/.test(line.replace(/\s+#.*$/, '').trimEnd()) || /^[ ]*-$/.test(line.trimEnd());

/** The content line before `index`, or -1. */
function before(rows: readonly string[], index: number): number {
  let p = index - 1;
  while (p >= 0 && !isContent(rows[p] ?? '')) p--;
  return p;
}

/** How far this file indents a block under the field that opens it: the commonest step (2 if none). */
function stepOf(rows: readonly string[]): number {
  const counts = new Map<number, number>();
  rows.forEach((line, i) => {
    if (!isContent(line) || !opensBlock(line)) return;
    let n = i + 1;
    while (n < rows.length && !isContent(rows[n] ?? '')) n++;
    const d = indentOf(rows[n] ?? '') - indentOf(line);
    if (n < rows.length && d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 2;
}

interface Level {
  /** The row (0-based) of the line that opened it. */
  row: number;
  /** List items ("-") start in this column, rather than fields. */
  dash: boolean;
}

/**
 * The columns a line after `p` may start in: p's own, its list item's
 * fields, and those of every line enclosing it; null inside a block scalar
 * (| or >), whose lines are text indented as the editor likes.
 */
function levelsAfter(rows: readonly string[], p: number, indent: number): Map<number, Level> | null {
  const prev = rows[p] ?? '';
  if (BLOCK_SCALAR.test(prev)) return null;
  const levels = new Map<number, Level>([[indentOf(prev), { row: p, dash: isItem(prev) }]]);
  const inner = innerOf(prev);
  if (inner !== undefined) levels.set(inner, { row: p, dash: false });
  let floor = indentOf(prev);
  for (let q = p - 1; q >= 0 && floor > 0; q--) {
    const r = rows[q] ?? '';
    if (!isContent(r) || indentOf(r) >= floor) continue;
    if (BLOCK_SCALAR.test(r) && indent > indentOf(r)) return null;
    floor = indentOf(r);
    if (!levels.has(floor)) levels.set(floor, { row: q, dash: isItem(r) });
    const i = innerOf(r);
    if (i !== undefined && !levels.has(i) && i < indentOf(prev)) levels.set(i, { row: q, dash: false });
  }
  return levels;
}

function indentMessage(text: Text, index: number, indent: number, want: number, alignRow: number): YamlSlip {
  const align = alignRow + text.offset;
  return slip(
    text,
    index + 1,
    `的缩进不齐：行首有${indent}个空格，对不上前后任何一层；同一层的字段行首空格数必须相同，这一行应为${want}个空格（与第${align}行对齐）`,
    `the line is indented by ${indent} space(s), which matches no level around it; fields of one level start in the same column: indent it by ${want} (as line ${align})`,
    'indent',
  );
}

/**
 * A line indented to no level of what comes before it, or null; when the
 * line before it is the one out of step, that line. `nested`: checking the
 * line before, which must not look further back again.
 */
function indentSlip(text: Text, index: number, nested = false): YamlSlip | null {
  const { rows } = text;
  const line = rows[index] ?? '';
  if (!isContent(line)) return null;
  const indent = indentOf(line);
  const p = before(rows, index);
  if (p < 0)
    return indent === 0
      ? null
      : slip(
          text,
          index + 1,
          `行首有${indent}个空格，第一个字段应顶格写（行首不留空格）`,
          `the first field has ${indent} leading space(s); start it at the beginning of the line`,
          'indent',
        );
  const prev = rows[p] ?? '';
  // The first line under a field may start in any deeper column (or, for a list, the field's own).
  if (opensBlock(prev) && (indent > indentOf(prev) || (indent === indentOf(prev) && isItem(line) && !isItem(prev)))) return null;
  const levels = levelsAfter(rows, p, indent);
  if (!levels || levels.has(indent)) return null;
  if (nested) return indentMessage(text, index, indent, indent, index);
  // A line out of step after one that is itself out of step: the earlier one is the slip.
  const earlier = indentSlip(text, p, true);
  if (earlier) return null;
  // The first line of a block, indented off this file's step, sets a column the next line cannot follow: it is the slip.
  const g = before(rows, p);
  const step = stepOf(rows);
  if (
    g >= 0 &&
    opensBlock(rows[g] ?? '') &&
    indentOf(prev) - indentOf(rows[g] ?? '') !== step &&
    indentOf(prev) > indentOf(rows[g] ?? '')
  ) {
    let n = p + 1;
    while (n < rows.length && !isContent(rows[n] ?? '')) n++;
    return indentMessage(text, p, indentOf(prev), indentOf(rows[g] ?? '') + step, g === p - 1 || n >= rows.length ? g : n);
  }
  // The likeliest level: the nearest; on a tie, one where lines like this one (a list item or a
  // field) start, then the previous line's own, then the shallower.
  const item = isItem(line);
  const rank = (c: number) => [Math.abs(c - indent), levels.get(c)?.dash === item ? 0 : 1, c === indentOf(prev) ? 0 : 1, c];
  const best =
    [...levels.keys()].sort((a, b) => {
      const [x, y] = [rank(a), rank(b)];
      return x.reduce((d, v, i) => d || v - (y[i] ?? 0), 0);
    })[0] ?? 0;
  return indentMessage(text, index, indent, best, levels.get(best)?.row ?? p);
}

/** The line that opened a quote never closed: the last line up to `row` with an odd count of that quote. */
function unclosedQuote(text: Text, row: number, quote: string): YamlSlip {
  const { rows } = text;
  let at = row;
  for (let i = Math.min(row, rows.length); i >= 1; i--) {
    if (((rows[i - 1] ?? '').split(quote).length - 1) % 2 === 1) {
      at = i;
      break;
    }
  }
  return slip(
    text,
    at,
    `的引号 ${quote} 没有闭合：请在这段文字末尾补上 ${quote}，或去掉开头的 ${quote}`,
    `the quote ${quote} is never closed: add ${quote} at the end of the text, or remove the opening one`,
  );
}

/**
 * The slip one line shows by itself (1-based `row` in the YAML text), or
 * null: for a field the schema refuses although the YAML parsed, such as a
 * list item written "- name：党的建设", which YAML reads as one string.
 */
export function lineSlipAt(rows: readonly string[], row: number, offset = 1): YamlSlip | null {
  return row >= 1 && row <= rows.length ? lineSlip({ rows, offset }, row) : null;
}

/**
 * The slip behind a parser error at `row` (1-based in the YAML text), or
 * null. `code` and `message` are the parser's. Looks at the error's line,
 * then the next and the previous one (a slip often shows only on its
 * neighbour): first for slips one line shows, then for indentation.
 */
export function findSlip(rows: readonly string[], row: number, code: string, message: string, offset = 1): YamlSlip | null {
  const text: Text = { rows, offset };
  const quote = code === 'MISSING_CHAR' ? /closing (["'])/.exec(message)?.[1] : undefined;
  if (quote) return unclosedQuote(text, row, quote);
  if (code === 'DUPLICATE_KEY') {
    const key = new RegExp(LEAD).exec(rows[row - 1] ?? '')?.[2];
    return key
      ? slip(
          text,
          row,
          `的字段“${key}”在同一层已经写过一次，同一字段只能写一次：请删去一处或合并`,
          `the field "${key}" is already given at this level; give it once`,
        )
      : null;
  }
  const near = [row, row + 1, row - 1].filter((r) => r >= 1 && r <= rows.length);
  for (const r of near) {
    const s = lineSlip(text, r);
    if (s) return s;
  }
  for (const r of near) {
    const s = indentSlip(text, r - 1);
    if (s) return s;
  }
  return null;
}
