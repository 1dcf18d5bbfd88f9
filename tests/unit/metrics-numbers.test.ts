import { describe, expect, it } from 'vitest';
import { completionOf, numbersIn, roundAt } from '../../src/lib/metrics/numbers.ts';

describe('numbersIn', () => {
  it('reads each printed number with its decimals and what follows it', () => {
    const found = numbersIn('占比51.2%,较去年同期增长2.8个百分点,1-9月');
    expect(found.map((n) => [n.text, n.decimals, n.percent, n.points])).toEqual([
      ['51.2', 1, true, false],
      ['2.8', 1, false, true],
      ['1', 0, false, false],
      ['9', 0, false, false],
    ]);
  });
  it('reads a full-width per-cent sign as a per-cent sign', () => {
    expect(numbersIn('完成率72.73\uFF05')[0]?.percent).toBe(true);
  });
});

describe('roundAt', () => {
  it('rounds 11/19 to 57.9 at one decimal and 16/22 to 72.73 at two', () => {
    expect(roundAt((11 / 19) * 100, 1)).toBe(57.9);
    expect(roundAt((16 / 22) * 100, 2)).toBe(72.73);
  });
  it('rounds halves up despite binary noise', () => {
    expect(roundAt(1.005 * 100, 0)).toBe(101);
    expect(roundAt(0.125, 2)).toBe(0.13);
  });
});

describe('completionOf', () => {
  it('uses the stated percent as printed, keeping its printed digits', () => {
    expect(completionOf({ done: 11, total: 19, percent: 57.9, quote: '盘活11家、完成57.90%' })).toEqual({
      percent: 57.9,
      display: '57.90%',
      source: 'stated',
    });
  });
  it('computes and marks as computed when the text states no percent', () => {
    expect(completionOf({ done: 5388, total: 6231, quote: '' })).toEqual({ percent: 86.5, display: '86.5%', source: 'computed' });
    expect(completionOf({ done: 10, total: 10, quote: '' }).display).toBe('100%');
  });
});
