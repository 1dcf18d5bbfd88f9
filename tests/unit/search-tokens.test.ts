import { describe, expect, it } from 'vitest';
import {
  charWord,
  decodeWord,
  decodeWords,
  foldForMatch,
  partQuery,
  queryParts,
  RUN_BREAK,
  runWords,
  textWords,
  unitChar,
  unitCode,
} from '../../src/lib/search/tokens.ts';

describe('unitCode', () => {
  it('writes every character a report prints as four lower-case letters and reads it back', () => {
    for (const ch of ['整', '5', '%', 'a', '\u{20000}', '\u{323AF}', '\u0000']) {
      expect(unitCode(ch)).toMatch(/^[a-y][a-z]{3}$/);
      expect(unitChar(unitCode(ch))).toBe(ch);
    }
  });
  it('writes the rare code points beyond four letters as z and five, never the start of a four-letter code', () => {
    for (const ch of ['\u{E0100}', '\u{10FFFF}', String.fromCodePoint(25 * 26 ** 3)]) {
      expect(unitCode(ch)).toMatch(/^z[a-z]{5}$/);
      expect(unitChar(unitCode(ch))).toBe(ch);
    }
    expect(unitCode(String.fromCodePoint(25 * 26 ** 3 - 1))).toBe('yzzz');
    expect(unitChar('zzzz')).toBeNull();
    expect(unitChar('abcde')).toBeNull();
  });
  it('gives different characters different codes', () => {
    const chars = ['整', '改', '5', '6', '.', ',', '，', 'a', 'A'];
    expect(new Set(chars.map(unitCode)).size).toBe(chars.length);
  });
});

describe('foldForMatch', () => {
  it('folds full-width ASCII to half-width, the ideographic space to a space and Latin letters to lower case, one character for one', () => {
    expect(foldForMatch('\uFF15\uFF13\uFF18\uFF18')).toBe('5388');
    expect(foldForMatch('58\uFF0E62\uFF05')).toBe('58.62%');
    expect(foldForMatch('\uFF21\uFF22c\u3000d')).toBe('abc d');
    const text = '整改ＡＢ\u3000％İ';
    expect([...foldForMatch(text)]).toHaveLength([...text].length);
  });
});

describe('charWord', () => {
  it('is the code of a character folding leaves alone', () => {
    expect(charWord('整')).toBe(unitCode('整'));
  });
  it('holds the folded code for queries and the printed character for excerpts', () => {
    expect(charWord('％')).toBe(`${unitCode('%')}-${unitCode('％')}`);
    expect(decodeWord(charWord('％'))).toBe('％');
    expect(decodeWord(charWord('Ａ'))).toBe('Ａ');
  });
});

describe('textWords', () => {
  it('gives one word per character and ends every run with a break, so no phrase spans a space', () => {
    expect(textWords('整改 到位')).toEqual([unitCode('整'), unitCode('改'), RUN_BREAK, unitCode('到'), unitCode('位'), RUN_BREAK]);
  });
  it('treats digits, punctuation and Latin letters as characters like any other', () => {
    expect(textWords('58.62%')).toHaveLength(7);
    expect(textWords('ab')).toEqual([unitCode('a'), unitCode('b'), RUN_BREAK]);
  });
});

describe('runWords', () => {
  it('reads texts as one run: a word to the text holding its character, a break to the text holding the stretch’s last character', () => {
    const u = unitCode;
    expect(runWords(['整', '改 到', '', '位'])).toEqual([[u('整')], [u('改'), RUN_BREAK, u('到')], [], [u('位'), RUN_BREAK]]);
    expect(runWords(['整 ', '　', '改'])).toEqual([[u('整'), RUN_BREAK], [], [u('改'), RUN_BREAK]]);
  });
  it('gives the same words as the text read at once', () => {
    const texts = ['第一条 ', '整改措施', '。 （二）'];
    expect(runWords(texts).flat()).toEqual(textWords(texts.join('')));
  });
});

describe('decodeWords', () => {
  it('turns the indexed words back into the printed text, a space for each break, one entry per word position', () => {
    const words = textWords('完成率５８％ 整改');
    expect(decodeWords(words.join(' ')).join('')).toBe('完成率５８％ 整改 ');
    expect(decodeWords(words.join(' '))).toHaveLength(words.length);
  });
  it('reads a word Pagefind ended with "." after a heading as its character', () => {
    expect(decodeWord(`${unitCode('1')}.`)).toBe('1');
    expect(decodeWord('.')).toBe(' ');
  });
});

describe('queryParts and partQuery', () => {
  it('cuts a query at whitespace (ideographic space too) and folds each part', () => {
    expect(queryParts('  物业\u3000５８％ ')).toEqual(['物业', '58%']);
    expect(queryParts(' \u3000 ')).toEqual([]);
  });
  it('asks Pagefind for the quoted phrase of the part’s character codes', () => {
    expect(partQuery('整改')).toBe(`"${unitCode('整')} ${unitCode('改')}"`);
    expect(partQuery('整')).toBe(`"${unitCode('整')}"`);
  });
});
