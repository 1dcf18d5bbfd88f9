import { describe, expect, it } from 'vitest';
import { chineseNumeral, readLineMarker, readMarker } from '../../src/lib/numbering/markers.ts';
import { countMeasures, isMeasureId, measureLayout } from '../../src/lib/numbering/measures.ts';

describe('readMarker', () => {
  it('reads half-width and full-width parenthesised numbers', () => {
    expect(readMarker('(1)出台“高质量发展30条”')).toEqual({ n: 1, label: '(1)', style: 'paren' });
    expect(readMarker('（12）强化')).toEqual({ n: 12, label: '（12）', style: 'paren' });
    expect(readMarker('（１）制定方案')).toEqual({ n: 1, label: '（１）', style: 'paren' });
  });
  it('reads dotted numbers but not dates, ranges or decimals', () => {
    expect(readMarker('3.加快推进')?.n).toBe(3);
    expect(readMarker('2、组织')?.n).toBe(2);
    expect(readMarker('2022年9月9日,组织召开')).toBeNull();
    expect(readMarker('1-9月,全区')).toBeNull();
    expect(readMarker('1.3倍')).toBeNull();
  });
  it('reads 一是 … 十二是', () => {
    expect(readMarker('二是优化组织领导')).toEqual({ n: 2, label: '二是', style: 'shi' });
    expect(readMarker('十二是加强')?.n).toBe(12);
  });
  it('finds no marker in plain text', () => {
    expect(readMarker('针对“会议多”问题')).toBeNull();
  });
});

describe('readLineMarker', () => {
  it('tells 一、 (一) 1. (1) 一是 apart, keeping the marker as printed', () => {
    expect(readLineMarker('一、整改工作组织情况')).toEqual({ kind: 'cn', n: 1, label: '一、' });
    expect(readLineMarker('（三）关于“x”问题的整改')).toEqual({ kind: 'cnParen', n: 3, label: '（三）' });
    expect(readLineMarker('1. 关于“x”问题的整改。')).toEqual({ kind: 'dot', n: 1, label: '1. ' });
    expect(readLineMarker('(2)关于“x”')).toEqual({ kind: 'paren', n: 2, label: '(2)' });
    expect(readLineMarker('二是合同管理不规范。')).toEqual({ kind: 'shi', n: 2, label: '二是' });
  });
  it('does not cap problem numbers at 9999', () => {
    expect(readLineMarker('10000.关于“x”问题的整改。')).toEqual({ kind: 'dot', n: 10000, label: '10000.' });
    expect(readLineMarker('123456. 关于')?.n).toBe(123456);
  });
});

describe('measureLayout: the one measure rule', () => {
  it('numbers a run 1, 2, 3… in one style and leaves a stray number alone', () => {
    const roles = measureLayout(['(1)甲。', '(2)乙。', '3.不是措施']);
    expect(roles.map((r) => (r.kind === 'text' ? r.measures.map((m) => m.id) : r.kind))).toEqual([['m1'], ['m2'], []]);
  });
  it('gives each inline 一是…；二是… its own measure, at its offset, without touching the text', () => {
    const p = '整改情况：一是制定计划；二是结对帮扶；三是盘活资产。';
    const [role] = measureLayout([p]);
    expect(role?.kind === 'text' && role.measures.map((m) => [m.id, m.label, p.slice(m.offset, m.offset + 2)])).toEqual([
      ['m1', '一是', '一是'],
      ['m2', '二是', '二是'],
      ['m3', '三是', '三是'],
    ]);
  });
  it('starts the run again after a sub-problem heading, which is not a measure; ids stay unique on the page', () => {
    const paragraphs = ['(1)关于“甲”', '整改情况：一是a；二是b。', '(2)关于“乙”', '一是c。', '二是d。'];
    const roles = measureLayout(paragraphs, ['(1)关于“甲”', '(2)关于“乙”']);
    expect(roles.map((r) => (r.kind === 'subProblem' ? r.id : r.measures.map((m) => m.id).join(',')))).toEqual([
      's1',
      'm1,m2',
      's2',
      'm3',
      'm4',
    ]);
    expect(countMeasures(paragraphs, ['(1)关于“甲”', '(2)关于“乙”'])).toBe(4);
    // Without the sub-problems list the (1)(2) headings would be counted as measures.
    expect(countMeasures(paragraphs)).toBe(2);
  });
  it('counts an unnumbered paragraph as no measure', () => {
    expect(countMeasures(['组织开展专题教育，全体干部签订承诺书。'])).toBe(0);
  });
  it('names measure ids for search', () => {
    expect(isMeasureId('m12')).toBe(true);
    expect(isMeasureId('s1')).toBe(false);
    expect(isMeasureId('measures')).toBe(false);
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十二', 12],
    ['二十', 20],
    ['九十九', 99],
  ])('%s is %i', (text, n) => expect(chineseNumeral(text)).toBe(n));
  it('rejects non-numerals', () => expect(chineseNumeral('是')).toBeNull());
});
