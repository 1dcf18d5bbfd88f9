/**
 * Small statistics for benchmark runs: a median that resists one noisy run,
 * and how a cost grows with size.
 */

/** The median of the numbers; the mean of the middle two for an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

/**
 * The exponent k in cost ∝ size^k between two measurements: 1 is linear,
 * below 1 means fixed costs are being spread, above 1 means it gets worse
 * per item as the report grows.
 */
export function growthExponent(a: { size: number; cost: number }, b: { size: number; cost: number }): number {
  if (a.size <= 0 || b.size <= 0 || a.cost <= 0 || b.cost <= 0 || a.size === b.size) return Number.NaN;
  return Math.log(b.cost / a.cost) / Math.log(b.size / a.size);
}

/** Says in words how a cost grows, from its exponent. */
export function describeGrowth(k: number): string {
  if (!Number.isFinite(k)) return 'unknown';
  if (k < 0.9) return `sub-linear (≈ n^${k.toFixed(2)}: fixed costs are spread over more sections)`;
  if (k <= 1.1) return `linear (≈ n^${k.toFixed(2)})`;
  return `super-linear (≈ n^${k.toFixed(2)}: each section costs more as the report grows)`;
}
