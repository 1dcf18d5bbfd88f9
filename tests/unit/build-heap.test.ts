import { describe, expect, it } from 'vitest';
import { astroHeapCapMb, diedAtHeapLimit } from '../../tools/build/heap.ts';

describe('astroHeapCapMb', () => {
  it('grows with the archive, from a base no smaller archive needs more than', () => {
    expect(astroHeapCapMb(0)).toBeGreaterThanOrEqual(128);
    expect(astroHeapCapMb(2600)).toBeGreaterThan(astroHeapCapMb(260));
    expect(astroHeapCapMb(26_000)).toBeGreaterThan(astroHeapCapMb(2600) * 3);
  });
  it('stays above the live heap measured at 2,600 sections (≈ 300 MB)', () => {
    expect(astroHeapCapMb(2600)).toBeGreaterThan(300);
  });
  it('treats a negative count as none', () => {
    expect(astroHeapCapMb(-5)).toBe(astroHeapCapMb(0));
  });
});

describe('diedAtHeapLimit', () => {
  it('recognises V8 aborting at its heap limit, and nothing else', () => {
    expect(diedAtHeapLimit(null, 'SIGABRT')).toBe(true);
    expect(diedAtHeapLimit(134, null)).toBe(true);
    expect(diedAtHeapLimit(1, null)).toBe(false);
    expect(diedAtHeapLimit(null, 'SIGKILL')).toBe(false);
    expect(diedAtHeapLimit(0, null)).toBe(false);
  });
});
