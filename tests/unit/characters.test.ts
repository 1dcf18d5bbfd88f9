import { describe, expect, it } from 'vitest';
import { charName, classifyChar, findRefused, refusedMessage, spellOutRefused, TEXT_FILE } from '../../src/lib/text/characters.ts';

describe('the character policy refuses what a reader cannot see or that reorders text', () => {
  it.each([
    ['\u0001', 'control'],
    ['\u0008', 'control'],
    ['\u001b', 'control'],
    ['\u007f', 'control'],
    ['\u0085', 'control'],
    ['\u202a', 'bidi'],
    ['\u202e', 'bidi'],
    ['\u2066', 'bidi'],
    ['\u2069', 'bidi'],
    ['\u200e', 'bidi'],
    ['\u200f', 'bidi'],
    ['\u061c', 'bidi'],
    ['\u200b', 'format'],
    ['\u200c', 'format'],
    ['\u200d', 'format'],
    ['\u2060', 'format'],
    ['\u2064', 'format'],
    ['\ufeff', 'format'],
    ['\u{e0041}', 'format'],
    ['\u00ad', 'soft-hyphen'],
    ['\u2028', 'separator'],
    ['\u3164', 'filler'],
    ['\ufe00', 'variation-selector'],
    ['\ufe0f', 'variation-selector'],
    ['\u{e0100}', 'variation-selector'],
    ['\u{e01ef}', 'variation-selector'],
    ['\uffff', 'noncharacter'],
  ])('%j is refused as %s', (ch, kind) => {
    expect(classifyChar(ch, '整')).toBe(kind);
    expect(classifyChar(ch, 'a')).toBe(kind);
  });

  it('accepts the text a report prints: Han, full-width punctuation, digits, spaces, U+3000 and U+00A0', () => {
    for (const ch of ['整', '，', '（', '“', '5', '%', ' ', '\u3000', '\u00a0', '𠀀', 'é']) expect(classifyChar(ch, 'a'), ch).toBeNull();
  });

  it('accepts a combining mark on a letter, refuses it at a line start, after punctuation or on a Han character', () => {
    expect(classifyChar('\u0301', 'e')).toBeNull();
    expect(classifyChar('\u0301', undefined)).toBe('combining');
    expect(classifyChar('\u0301', '，')).toBe('combining');
    expect(classifyChar('\u0301', ' ')).toBe('combining');
    expect(classifyChar('\u0301', '整')).toBe('combining');
    // A second mark on the same letter (Vietnamese ệ) is text too: the base is the letter.
    expect(findRefused('Vie\u0323\u0302t')).toEqual([]);
    expect(findRefused('整\u0301改').map((c) => c.name)).toEqual(['U+0301 COMBINING ACUTE ACCENT']);
  });

  it('gives each refused character its line and column in characters, CRLF and CR counting as one line end', () => {
    const text = '第一行\r\n第二𠀀行\u202e尾\r第三行\n\u200b';
    expect(findRefused(text, TEXT_FILE).map((c) => [c.name, c.line, c.column])).toEqual([
      ['U+202E RIGHT-TO-LEFT OVERRIDE', 2, 5],
      ['U+200B ZERO WIDTH SPACE', 4, 1],
    ]);
  });

  it('allows line ends, tab and a leading BOM only where the rules say so', () => {
    expect(findRefused('\ufeff甲\t乙\n丙', TEXT_FILE)).toEqual([]);
    expect(findRefused('\ufeff甲\t乙\n丙').map((c) => c.name)).toEqual([
      'U+FEFF ZERO WIDTH NO-BREAK SPACE',
      'U+0009 CHARACTER TABULATION',
      'U+000A LINE FEED',
    ]);
    expect(findRefused('甲\ufeff乙', TEXT_FILE).map((c) => c.column)).toEqual([2]);
    expect(findRefused('甲\u0000乙', TEXT_FILE).map((c) => c.name)).toEqual(['U+0000 NULL']);
  });

  it('names characters by code point and Unicode name', () => {
    expect(charName('\u0001')).toBe('U+0001 START OF HEADING');
    expect(charName('\u{e0100}')).toBe('U+E0100 VARIATION SELECTOR-17');
    expect(charName('\u{e0041}')).toBe('U+E0041 TAG A');
  });

  it('words a refusal with expected and found, Chinese first, and where', () => {
    const [c] = findRefused('甲\u202e乙');
    const m = refusedMessage(c!);
    expect(m).toMatch(/^应为普通文字，实第 1 行第 2 列有 U\+202E RIGHT-TO-LEFT OVERRIDE（双向文字控制符/);
    expect(m).toContain('expected plain text, found U+202E RIGHT-TO-LEFT OVERRIDE (a bidirectional control');
  });

  it('spells out refused characters for printing, keeping line ends', () => {
    expect(spellOutRefused('标题\u001b[2J\n下一行\u202e')).toBe('标题[U+001B ESCAPE][2J\n下一行[U+202E RIGHT-TO-LEFT OVERRIDE]');
  });
});
