import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { figureSlots } from '../../src/lib/metrics/placement.ts';
import { FIGURES_ELEMENT, frontmatterFigures, insertFigures } from '../../src/lib/metrics/rehype-figures.ts';
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

describe('insertFigures (after rehype-measures)', () => {
  it('inserts a figures element as a sibling right after the measure holding the quote, leaving the text untouched', () => {
    const tree: Root = { type: 'root', children: BLOCKS.map(p) };
    transformMeasures(tree);
    const before = JSON.stringify(tree.children);
    insertFigures(tree, [{ id: 'chiefs', quote: '已落实河长48名' }]);
    const kinds = tree.children.map((c) => (c.type === 'element' ? `${c.tagName}${c.properties['id'] ?? ''}` : c.type));
    expect(kinds).toEqual(['p', 'div', FIGURES_ELEMENT, 'div']);
    expect((tree.children[2] as Element).properties).toEqual({ dataIds: 'chiefs' });
    expect(JSON.stringify(tree.children.filter((_, i) => i !== 2))).toBe(before);
  });

  it('does nothing for an entry without figures', () => {
    const tree: Root = { type: 'root', children: BLOCKS.map(p) };
    insertFigures(tree, []);
    expect(tree.children).toHaveLength(3);
  });
});

describe('frontmatterFigures', () => {
  it('reads id and quote of each metric and skips anything malformed (the schema reports it)', () => {
    expect(frontmatterFigures({ metrics: [{ id: 'a', quote: 'q', kind: 'count' }, { id: 3 }, null] })).toEqual([{ id: 'a', quote: 'q' }]);
    expect(frontmatterFigures({})).toEqual([]);
    expect(frontmatterFigures(undefined)).toEqual([]);
  });
});
