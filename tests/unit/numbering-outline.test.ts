import { describe, expect, it } from 'vitest';
import { readLineMarker, markerStyle } from '../../src/lib/numbering/markers.ts';
import { readOutline, type OutlineNode } from '../../src/lib/numbering/outline.ts';

const lines = (text: string) => text.split('\n').map((t) => ({ text: t, marker: readLineMarker(t) }));
/** Each numbered line as "depth:text", indented by its depth, for readable expectations. */
const shape = (text: string, choose?: Parameters<typeof readOutline>[1]) => {
  const ls = lines(text);
  return readOutline(ls, choose).nodes.map((n) => `${n.depth}:${ls[n.at]?.text}`);
};

describe('readOutline: a report read as official documents are numbered', () => {
  it('nests 一、 → （一） → 1. → （1）, with unnumbered paragraphs under the line above them', () => {
    const ls = lines(
      [
        '导语。',
        '一、整改工作组织情况',
        '局党组召开会议。',
        '二、整改落实情况',
        '（一）在落实主体责任方面',
        '1.关于“甲”问题的整改',
        '（1）修订制度。',
        '（2）开展检查。',
        '2.关于“乙”问题的整改',
        '整改情况：已完成。',
      ].join('\n'),
    );
    const o = readOutline(ls);
    expect(o.nodes.map((n) => [n.depth, n.marker.kind])).toEqual([
      [0, 'cn'],
      [0, 'cn'],
      [1, 'cnParen'],
      [2, 'dot'],
      [3, 'paren'],
      [3, 'paren'],
      [2, 'dot'],
    ]);
    expect(o.owner.map((n) => (n ? ls[n.at]?.text.slice(0, 4) : null))).toEqual([
      null,
      '一、整改',
      '一、整改',
      '二、整改',
      '（一）在',
      '1.关于',
      '（1）修',
      '（2）开',
      '2.关于',
      '2.关于',
    ]);
    const [, second] = o.roots as OutlineNode[];
    expect(second?.children.map((c) => c.at)).toEqual([4]);
    // A node ends where the next one at its depth or outer starts.
    expect(o.nodes.map((n) => n.end)).toEqual([3, 10, 10, 8, 7, 8, 10]);
  });

  it('decides a level by where its run starts, not by its kind: problems (1) over measures 1.', () => {
    expect(
      shape(
        ['二、整改落实情况', '(1)关于“甲”问题的整改。', '1.修订制度。', '2.开展检查。', '(2)关于“乙”问题的整改。', '1.建立台账。'].join(
          '\n',
        ),
      ),
    ).toEqual([
      '0:二、整改落实情况',
      '1:(1)关于“甲”问题的整改。',
      '2:1.修订制度。',
      '2:2.开展检查。',
      '1:(2)关于“乙”问题的整改。',
      '2:1.建立台账。',
    ]);
  });

  it('reads a second 一、 run restarting under 二、 as one level deeper, and takes each number to the run that expects it', () => {
    expect(
      shape(
        [
          '一、整改工作组织情况',
          '二、整改落实情况',
          '一、关于党的领导方面',
          '1.关于“甲”问题的整改',
          '二、关于全面从严治党方面',
          '2.关于“乙”问题的整改',
          '三、下一步整改打算',
        ].join('\n'),
        (_l, runs) => runs[0],
      ),
    ).toEqual([
      '0:一、整改工作组织情况',
      '0:二、整改落实情况',
      '1:一、关于党的领导方面',
      '2:1.关于“甲”问题的整改',
      '1:二、关于全面从严治党方面',
      '2:2.关于“乙”问题的整改',
      '0:三、下一步整改打算',
    ]);
  });

  it('leaves a tie between two runs expecting the same number to the caller, else to the innermost run', () => {
    // After 1. and an inner 1., both runs expect 2.
    const text = ['1.关于“甲”问题的整改', '1.修订制度。', '2.关于“乙”问题的整改'].join('\n');
    expect(shape(text)).toEqual(['0:1.关于“甲”问题的整改', '1:1.修订制度。', '1:2.关于“乙”问题的整改']);
    expect(shape(text, (l, runs) => (l.text.includes('关于') ? runs[0] : undefined))).toEqual([
      '0:1.关于“甲”问题的整改',
      '1:1.修订制度。',
      '0:2.关于“乙”问题的整改',
    ]);
  });

  it('tells 1、 from 1. (two levels of one kind), but not full-width from half-width brackets and dots', () => {
    expect(markerStyle(readLineMarker('1、关于') as never)).not.toBe(markerStyle(readLineMarker('1.修订') as never));
    expect(markerStyle(readLineMarker('（1）修订') as never)).toBe(markerStyle(readLineMarker('(1)修订') as never));
    expect(markerStyle(readLineMarker('１．修订') as never)).toBe(markerStyle(readLineMarker('1.修订') as never));
    expect(shape(['1、关于“甲”问题的整改', '1.修订制度。', '2.开展检查。', '2、关于“乙”问题的整改', '1.建立台账。'].join('\n'))).toEqual([
      '0:1、关于“甲”问题的整改',
      '1:1.修订制度。',
      '1:2.开展检查。',
      '0:2、关于“乙”问题的整改',
      '1:1.建立台账。',
    ]);
  });

  it('lets no run start under a numbered paragraph (a sentence inside it): the run opens under the heading above', () => {
    expect(
      shape(
        [
          '（一）强化组织领导。局党组成立领导小组。',
          '（二）压实整改责任。逐项明确责任人。',
          '1.落实主体责任不到位。',
          '2.财务管理不规范。',
        ].join('\n'),
      ),
    ).toEqual([
      '0:（一）强化组织领导。局党组成立领导小组。',
      '0:（二）压实整改责任。逐项明确责任人。',
      '0:1.落实主体责任不到位。',
      '0:2.财务管理不规范。',
    ]);
  });

  it('reads 一是 runs as a level: a sub-problem line over its own 一是 measures', () => {
    expect(
      shape(
        [
          '1.关于“甲”问题的整改',
          '一是台账管理不规范',
          '一是统一台账格式。',
          '二是建立抽查制度。',
          '二是档案归档不及时',
          '一是集中补归档案。',
        ].join('\n'),
      ),
    ).toEqual([
      '0:1.关于“甲”问题的整改',
      '1:一是台账管理不规范',
      '2:一是统一台账格式。',
      '2:二是建立抽查制度。',
      '1:二是档案归档不及时',
      '2:一是集中补归档案。',
    ]);
  });

  it('lets a 一是 point hold only 一是 and (1) runs: a 1. after the points opens a level of its own', () => {
    expect(
      shape(['一是提高政治站位。', '二是压实整改责任。', '1.关于“甲”问题的整改。', '(1)建立制度。', '2.关于“乙”问题的整改。'].join('\n')),
    ).toEqual(['0:一是提高政治站位。', '0:二是压实整改责任。', '0:1.关于“甲”问题的整改。', '1:(1)建立制度。', '0:2.关于“乙”问题的整改。']);
  });

  it('continues the innermost run of a style over a gap in its numbering', () => {
    expect(shape(['1.关于“甲”问题的整改', '(1)修订制度。', '3.关于“丙”问题的整改'].join('\n'))).toEqual([
      '0:1.关于“甲”问题的整改',
      '1:(1)修订制度。',
      '0:3.关于“丙”问题的整改',
    ]);
  });
});
