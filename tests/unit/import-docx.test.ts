import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../src/lib/import/sources/docx.ts';
import { formatNumber } from '../../src/lib/import/sources/numbering-format.ts';
import { level, makeDocx, OFFICIAL_LIST } from '../helpers/docx.ts';
import { officialNumberedDocx } from '../helpers/received.ts';

const lines = async (...args: Parameters<typeof makeDocx>) => (await readDocx(await makeDocx(...args))).text.trimEnd().split('\n');

describe('Word’s numbers as Word writes them', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [12, 'chineseCounting', '十二'],
    [20, 'chineseCounting', '二十'],
    [105, 'chineseCountingThousand', '一百零五'],
    [10, 'ideographDigital', '一〇'],
    [3, 'chineseLegalSimplified', '叁'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [3, 'ideographTraditional', '丙'],
    [7, 'decimal', '7'],
    [7, 'decimalZero', '07'],
    [12, 'decimalFullWidth', '１２'],
    [3, 'decimalEnclosedCircle', '③'],
    [3, 'decimalEnclosedParen', '⑶'],
    [28, 'lowerLetter', 'bb'],
    [14, 'upperRoman', 'XIV'],
    [4, 'ordinal', '4'],
  ])('%i in %s is %s', (n, fmt, expected) => {
    expect(formatNumber(n, fmt)).toBe(expected);
  });
});

describe('a .docx as plain text, Word’s automatic numbering written back', () => {
  it('writes 一、 （一） 1. (1) before their paragraphs, each level starting again under the one above', async () => {
    const n = (ilvl: number, text: string) => ({ text, numId: 1, ilvl });
    expect(
      await lines(
        [
          n(0, '整改工作组织情况'),
          '正文。',
          n(0, '整改落实情况'),
          n(1, '在甲方面'),
          n(2, '关于“甲”问题的整改'),
          n(3, '措施一'),
          n(3, '措施二'),
          n(2, '关于“乙”问题的整改'),
          n(3, '措施一'),
          n(1, '在乙方面'),
          n(2, '关于“丙”问题的整改'),
          n(0, '下一步打算'),
        ],
        { numbering: OFFICIAL_LIST },
      ),
    ).toEqual([
      '一、整改工作组织情况',
      '正文。',
      '二、整改落实情况',
      '（一）在甲方面',
      '1.关于“甲”问题的整改',
      '(1)措施一',
      '(2)措施二',
      '2.关于“乙”问题的整改',
      '(1)措施一',
      '（二）在乙方面',
      '1.关于“丙”问题的整改',
      '三、下一步打算',
    ]);
  });

  it('numbers paragraphs through their style, a style linked to a list level by w:pStyle, and a style based on a numbered one', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="3">${level(0, 'chineseCounting', '%1、', { pStyle: 'Part' })}${level(1, 'decimal', '%2.', { pStyle: 'Problem' })}</w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="3"/></w:num>`;
    const styles = `<w:style w:type="paragraph" w:styleId="Part"><w:name w:val="Part"/><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="Problem"><w:name w:val="Problem"/><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="7"/></w:numPr></w:pPr></w:style><w:style w:type="paragraph" w:styleId="ProblemBold"><w:name w:val="Problem bold"/><w:basedOn w:val="Problem"/></w:style>`;
    expect(
      await lines(
        [
          { text: '甲部分', style: 'Part' },
          { text: '问题一', style: 'Problem' },
          { text: '问题二', style: 'ProblemBold' },
          { text: '乙部分', style: 'Part' },
          { text: '问题一', style: 'Problem' },
        ],
        { numbering, styles },
      ),
    ).toEqual(['一、甲部分', '1.问题一', '2.问题二', '二、乙部分', '1.问题一']);
  });

  it('continues a list across other paragraphs and across lists sharing a definition, and starts again where a list overrides its start', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'decimal', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    expect(
      await lines([{ text: '甲', numId: 1 }, '一段正文。', { text: '乙', numId: 2 }, { text: '丙', numId: 3 }, { text: '丁', numId: 3 }], {
        numbering,
      }),
    ).toEqual(['1.甲', '一段正文。', '2.乙', '1.丙', '2.丁']);
  });

  it('honours a start value, a level that never restarts, a multi-level text and legal numbering', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'chineseCounting', '第%1部分', { start: 3 })}${level(1, 'decimal', '%1.%2', { restart: 0 })}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'chineseCounting', '%1、')}<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:isLgl/><w:lvlText w:val="%1.%2"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    expect(
      await lines(
        [
          { text: '甲', numId: 1 },
          { text: 'a', numId: 1, ilvl: 1 },
          { text: '乙', numId: 1 },
          { text: 'b', numId: 1, ilvl: 1 },
          { text: '丙', numId: 2 },
          { text: 'c', numId: 2, ilvl: 1 },
        ],
        { numbering },
      ),
    ).toEqual(['第三部分甲', '三.1a', '第四部分乙', '四.2b', '一、丙', '1.1c']);
  });

  it('writes no number for a bullet or a paragraph whose own numbering is turned off, and no tab after a number', async () => {
    const numbering = `<w:abstractNum w:abstractNumId="0">${level(0, 'bullet', '\uF0B7')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${level(0, 'decimal', '%1.', { suff: 'tab' })}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>`;
    const doc = await readDocx(
      await makeDocx(
        [
          { text: '要点', numId: 1 },
          { text: '不编号', numId: 0 },
          { text: '编号', numId: 2 },
        ],
        { numbering },
      ),
    );
    expect(doc.text).toBe('要点\n不编号\n1.编号\n');
    expect(doc.bullets).toBe(1);
  });

  it('keeps typed text as it is, puts a manual line break on a line of its own and leaves out empty paragraphs', async () => {
    expect(await lines(['（一）在落实主体责任方面', '', { text: ['联系电话：0523-1234567', '邮编：225500'], breaks: true }])).toEqual([
      '（一）在落实主体责任方面',
      '联系电话：0523-1234567',
      '邮编：225500',
    ]);
  });

  it('reads the official document of the fixtures as its typed text, line for line (the invisible characters aside)', async () => {
    const doc = await readDocx(await officialNumberedDocx());
    const typed = readFileSync('tests/fixtures/received/official-numbered.txt', 'utf8');
    expect(doc.text.replace(/[\u200B\u00AD\u202E\u202C]|^\u00A0+/gmu, '')).toBe(typed);
    expect(doc.numbers.map((n) => n.label)).toEqual([
      '一、',
      '二、',
      '（一）',
      '1.',
      '(1)',
      '(2)',
      '2.',
      '(1)',
      '（二）',
      '1.',
      '(1)',
      '(2)',
      '三、',
    ]);
  });
});
