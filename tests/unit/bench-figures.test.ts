import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/schemas/metric.ts';
import { compareFigures, shippedSections } from '../../tools/bench/figures.ts';
import { shipped } from '../helpers/shipped.ts';

// The figures the importer proposes for the shipped source, against the ones an editor typed by hand.
describe('proposed figures on the shipped report', () => {
  const result = compareFigures(shippedSections(process.cwd(), shipped().slug));

  it('contradict none of the hand-typed figures', () => {
    expect(result.contradictions.map((c) => `${c.proposal.section} ${c.proposal.metric.quote} ≠ ${c.hand.metric.id}`)).toEqual([]);
  });
  it('recall at least 85% of them (same kind and numbers, overlapping quote)', () => {
    expect(result.hand).toBeGreaterThan(80);
    expect(result.recalled / result.hand, result.missed.map((m) => `${m.section} ${m.metric.id}`).join('\n')).toBeGreaterThanOrEqual(0.85);
  });
  it('propose nothing on a percentage the allowlist keeps out with its reason', () => {
    expect(result.againstAllowlist.map((l) => l.metric.quote)).toEqual([]);
  });
});

describe('compareFigures', () => {
  const paragraph = '排查隐患46项,已整改33项,整改资金120万元。';
  const hand: Metric[] = [
    { kind: 'progress', id: 'hazards', label: '隐患整改', unit: '项', quote: '排查隐患46项,已整改33项', done: 33, total: 46 },
    { kind: 'count', id: 'money', label: '整改资金', unit: '万元', quote: '整改资金120万元', value: 120 },
  ];
  const run = (proposed: Metric[]) => compareFigures([{ number: 1, paragraphs: [paragraph], hand, proposed }]);

  it('recalls a hand-typed figure with the same kind and numbers and an overlapping quote', () => {
    const r = run([{ ...(hand[0] as Metric), id: 'progress-1', label: '排查隐患，已整改', quote: '隐患46项,已整改33项' }]);
    expect([r.recalled, r.matched, r.contradictions.length]).toEqual([1, 1, 0]);
  });
  it('calls a done number read as a whole a contradiction', () => {
    const r = run([
      {
        kind: 'breakdown',
        id: 'breakdown-1',
        label: '已整改',
        unit: '项',
        quote: '已整改33项',
        total: 33,
        parts: [
          { label: 'a', value: 33 },
          { label: 'b', value: 0 },
        ],
      },
    ]);
    expect(r.contradictions.map((c) => c.hand.metric.id)).toEqual(['hazards']);
  });
  it('calls an amount where the editor typed a count a contradiction, a count of a total another reading', () => {
    const amount = run([{ kind: 'amount', id: 'amount-1', label: '整改资金', unit: '万元', quote: '整改资金120万元', value: 120 }]);
    expect(amount.contradictions.map((c) => c.hand.metric.id)).toEqual(['money']);
    const count = run([{ kind: 'count', id: 'count-1', label: '排查隐患', unit: '项', quote: '排查隐患46项', value: 46 }]);
    expect([count.contradictions.length, count.otherReadings.length]).toEqual([0, 1]);
  });
});
