import { describe, expect, it } from 'vitest';
import { figureGroup } from '../../src/lib/metrics/figure.ts';
import type { Metric } from '../../src/schemas/metric.ts';

const progress: Metric = {
  kind: 'progress',
  id: 'p',
  label: '信访件基本到位',
  unit: '件',
  quote: '58件信访件,已有34件基本到位',
  done: 34,
  total: 58,
};
const breakdown: Metric = {
  kind: 'breakdown',
  id: 'b',
  label: '信访件',
  unit: '件',
  quote: '58件信访件,已有34件基本到位,其余24件正在整改',
  total: 58,
  parts: [
    { label: '基本到位', value: 34 },
    { label: '正在整改', value: 24 },
  ],
};
const count: Metric = { kind: 'count', id: 'c', label: '立案查处', unit: '件', quote: '立案查处166件', value: 166 };

describe('figureGroup', () => {
  it('shows a breakdown that repeats a progress figure of the same words once, as that figure’s parts', () => {
    const g = figureGroup([progress, breakdown, count], '#m1');
    expect(g.items.map((i) => i.view.id)).toEqual(['p', 'c']);
    expect(g.items[0]!.merged?.id).toBe('b');
    expect(g.items[0]!.merged?.legend.map((l) => l.text)).toEqual(['基本到位：34件', '正在整改：24件']);
  });
  it('keeps a breakdown of other numbers as a figure of its own', () => {
    const other: Metric = {
      ...breakdown,
      total: 60,
      parts: [
        { label: '基本到位', value: 34 },
        { label: '正在整改', value: 26 },
      ],
    };
    expect(figureGroup([progress, other], '#m1').items.map((i) => [i.view.id, i.merged?.id])).toEqual([
      ['p', undefined],
      ['b', undefined],
    ]);
    const elsewhere: Metric = { ...breakdown, quote: '另有58件其中34件' };
    expect(figureGroup([progress, elsewhere], '#m1').items).toHaveLength(2);
  });
  it('gives the group one permalink and each distinct quote once, with the figures it backs', () => {
    const twin: Metric = { ...count, id: 'c2', label: '查处' };
    const g = figureGroup([count, twin, progress], '#m3');
    expect(g.fragment).toBe('#m3');
    expect(g.quotes.map((q) => [q.labels, q.quote])).toEqual([
      [['立案查处', '查处'], '“立案查处166件”'],
      [['信访件基本到位'], '“58件信访件,已有34件基本到位”'],
    ]);
  });
});
