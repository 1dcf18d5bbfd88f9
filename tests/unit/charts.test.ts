import { describe, expect, it } from 'vitest';
import { BAR_BOX, MIN_SEGMENT, progressGeometry, SEGMENT_PATTERNS, stackedGeometry } from '../../src/lib/charts/bar.ts';

describe('progressGeometry', () => {
  it('fills the done share of the box', () => {
    expect(progressGeometry(34 / 58).doneWidth).toBeCloseTo((34 / 58) * BAR_BOX.width, 1);
  });
  it('clamps to an empty or full bar outside 0..1', () => {
    expect(progressGeometry(-0.2).doneWidth).toBe(0);
    expect(progressGeometry(1.7).doneWidth).toBe(BAR_BOX.width);
    expect(progressGeometry(Number.NaN).doneWidth).toBe(0);
  });
});

describe('stackedGeometry', () => {
  const segs = stackedGeometry([1, 2, 22], 25);
  it('lays the parts out in order, proportional to their values', () => {
    expect(segs.map((s) => s.index)).toEqual([0, 1, 2]);
    expect(segs[1]?.x).toBeCloseTo((1 / 25) * BAR_BOX.width, 1);
    expect(segs[2]?.x).toBeCloseTo((3 / 25) * BAR_BOX.width, 1);
  });
  it('ends the last segment at the end of the box', () => {
    const last = segs.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(BAR_BOX.width, 1);
  });
  it('gives neighbouring segments different patterns, not only different colours', () => {
    expect(new Set(segs.map((s) => s.pattern)).size).toBe(3);
    expect(stackedGeometry([1, 1, 1, 1, 1], 5).map((s) => s.pattern)).toEqual([...SEGMENT_PATTERNS, SEGMENT_PATTERNS[0]]);
  });
  it('keeps a tiny non-zero part visible, taking the width from the widest part', () => {
    const [general, major] = stackedGeometry([6231, 10], 6241);
    expect(major?.width).toBe(MIN_SEGMENT);
    expect((general?.width ?? 0) + 2 + (major?.width ?? 0)).toBeCloseTo(BAR_BOX.width, 1);
  });
  it('draws a zero part with no width', () => {
    expect(stackedGeometry([5, 0, 5], 10)[1]?.width).toBe(0);
  });
  it('draws nothing for an empty whole', () => {
    expect(stackedGeometry([0, 0], 0)).toEqual([]);
  });
});
