import { describe, expect, it } from 'vitest';
import { describeRemovals, removeInvisible } from '../../src/lib/import/sources/invisible.ts';

const WORD = { controls: true };
const TEXT = { controls: false };

describe('characters nobody can see, taken out of a received text', () => {
  it('removes zero-width, bidirectional and format characters, a BOM inside the text and a soft hyphen, naming each with its line and column', () => {
    const { text, removals } = removeInvisible('标题\n整改\u200B工作\u00AD完成\n\u202E派车单\u202C制度\uFEFF。', WORD);
    expect(text).toBe('标题\n整改工作完成\n派车单制度。');
    expect(removals.map((r) => [r.line, r.column, r.char, r.action])).toEqual([
      [2, 3, 'U+200B ZERO WIDTH SPACE', 'removed'],
      [2, 6, 'U+00AD SOFT HYPHEN', 'removed'],
      [3, 1, 'U+202E RIGHT-TO-LEFT OVERRIDE', 'removed'],
      [3, 5, 'U+202C POP DIRECTIONAL FORMATTING', 'removed'],
      [3, 8, 'U+FEFF ZERO WIDTH NO-BREAK SPACE', 'removed'],
    ]);
  });

  it('drops a no-break-space indent but keeps a no-break space inside a line as the ordinary space the reader saw', () => {
    const { text, removals } = removeInvisible('\u00A0\u00A0按照 Windows\u00A010 要求\u00A0', WORD);
    expect(text).toBe('按照 Windows 10 要求');
    expect(removals.map((r) => [r.column, r.action])).toEqual([
      [1, 'removed'],
      [2, 'removed'],
      [13, 'space'],
      [19, 'removed'],
    ]);
  });

  it('turns a line or paragraph separator into a line break, and keeps the text’s own line ends, tabs and ideographic spaces', () => {
    const { text, removals } = removeInvisible('\u3000\u3000一是\t加强\u2028二是\r\n三是', WORD);
    expect(text).toBe('\u3000\u3000一是\t加强\n二是\r\n三是');
    expect(removals).toEqual([expect.objectContaining({ line: 1, column: 8, char: 'U+2028 LINE SEPARATOR', action: 'newline' })]);
  });

  it('removes control characters from Word files and pages, and leaves them in plain text for the parser to refuse', () => {
    expect(removeInvisible('整改\u0007完成\u000B', WORD).text).toBe('整改完成');
    const plain = removeInvisible('整改\u0000完成', TEXT);
    expect(plain.text).toBe('整改\u0000完成');
    expect(plain.removals).toEqual([]);
  });

  it('returns the very same text when there is nothing to remove', () => {
    const text = '一、整改情况\r\n（一）关于“某某”问题\r\n';
    expect(removeInvisible(text, WORD)).toEqual({ text, removals: [] });
  });

  it('lists each removal, a run of the same character on a line as one line with its columns and count, the place shown around it', () => {
    const { removals } = removeInvisible('\u00A0\u00A0\u00A0\u00A0根据县委统一部署\n整改\u200B工作', WORD);
    expect(describeRemovals(removals)).toEqual([
      '第1行第1–4列 U+00A0 NO-BREAK SPACE ×4：看不见的字符，已删除（“[U+00A0 NO-BREAK SPACE ×4]根据县委统一部署”） / line 1, column 1–4: U+00A0 NO-BREAK SPACE ×4, an invisible character, removed',
      '第2行第3列 U+200B ZERO WIDTH SPACE：看不见的字符，已删除（“整改[U+200B ZERO WIDTH SPACE]工作”） / line 2, column 3: U+200B ZERO WIDTH SPACE, an invisible character, removed',
    ]);
  });
});
