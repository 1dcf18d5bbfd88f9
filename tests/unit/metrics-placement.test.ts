import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { figureSlots, partFigures } from '../../src/lib/metrics/placement.ts';
import { figurePlaces, frontmatterFigures } from '../../src/lib/metrics/figure-places.ts';
import { transformMeasures } from '../../src/lib/markdown/rehype-measures.ts';

// Invented text: an unnumbered lead paragraph and two numbered measures.
const BLOCKS = ['一段说明,共排查河道48条。', '(1)建立巡河制度,已落实河长48名。', '(2)清理垃圾1200吨,完成率100%。'];

describe('figureSlots', () => {
  it('puts each figure after the block that holds its quote, in the text’s order, several after one block in frontmatter order', () => {
    const slots = figureSlots(BLOCKS, [
      { id: 'rate', quote: '完成率100%' },
      { id: 'chiefs', quote: '已落实河长48名' },
      { id: 'waste', quote: '清理垃圾1200吨' },
      { id: 'rivers', quote: '共排查河道48条' },
    ]);
    expect(slots).toEqual([
      { after: 0, ids: ['rivers'] },
      { after: 1, ids: ['chiefs'] },
      { after: 2, ids: ['rate', 'waste'] },
    ]);
  });

  it('never loses a figure whose quote is in no block: it goes after the last block', () => {
    expect(figureSlots(BLOCKS, [{ id: 'lost', quote: '不在正文中的话' }])).toEqual([{ after: 2, ids: ['lost'] }]);
  });
});

const p = (text: string): Element => ({ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });

describe('figurePlaces (after rehype-measures)', () => {
  it('places a figure after the root child that holds its quote (the measure block), counting text nodes between blocks, leaving the tree untouched', () => {
    const tree: Root = {
      type: 'root',
      children: BLOCKS.flatMap((b, i) => (i === 0 ? [p(b)] : [{ type: 'text' as const, value: '\n' }, p(b)])),
    };
    transformMeasures(tree);
    const before = JSON.stringify(tree);
    const kinds = tree.children.map((c) => (c.type === 'element' ? c.tagName : c.type));
    expect(kinds).toEqual(['p', 'text', 'div', 'text', 'div']);
    expect(
      figurePlaces(tree, [
        { id: 'chiefs', quote: '已落实河长48名' },
        { id: 'rivers', quote: '共排查河道48条' },
      ]),
    ).toEqual([
      { after: 0, ids: ['rivers'] },
      { after: 2, ids: ['chiefs'] },
    ]);
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('places nothing for an entry without figures', () => {
    const tree: Root = { type: 'root', children: BLOCKS.map(p) };
    expect(figurePlaces(tree, [])).toEqual([]);
  });
});

describe('frontmatterFigures', () => {
  it('reads id and quote of each metric and skips anything malformed (the schema reports it)', () => {
    expect(frontmatterFigures({ metrics: [{ id: 'a', quote: 'q', kind: 'count' }, { id: 3 }, null] })).toEqual([{ id: 'a', quote: 'q' }]);
    expect(frontmatterFigures({})).toEqual([]);
    expect(frontmatterFigures(undefined)).toEqual([]);
  });
});

describe('partFigures', () => {
  it("puts each of the report's own figures after the part that prints its quote, and one quoting no part after the last", () => {
    const report = {
      body: [
        { type: 'preamble' as const, paragraphs: ['指出12个具体问题，已完成整改9个。'] },
        { type: 'organisation' as const, intro: ['召开专题会议3次。'], points: ['一是建立台账，销号管理问题12个。'] },
        { type: 'problems' as const, intro: [], categories: [] },
      ],
    };
    const f = (quote: string) => ({ quote });
    const placed = partFigures(report, [f('已完成整改9个'), f('销号管理问题12个'), f('指出12个'), f('不在原文中')]);
    expect([...placed.entries()].map(([i, list]) => [i, list.map((x) => x.quote)])).toEqual([
      [0, ['已完成整改9个', '指出12个']],
      [1, ['销号管理问题12个']],
      [2, ['不在原文中']],
    ]);
  });
});
