import { describe, expect, it } from 'vitest';
import { diffAgainstSource } from '../../src/lib/fidelity/reconstruct.ts';

// Reports of thousands of sections (the scale benchmark builds 2,600): the
// diff matches the common start and end first and aligns only what differs.
const lines = (n: number) => Array.from({ length: n }, (_, i) => `第${i + 1}段`);

describe('diffAgainstSource on a long report', () => {
  const source = lines(9000);
  it('finds nothing in an unchanged report of 9,000 lines', () => {
    expect(diffAgainstSource(source.join('\n'), source)).toEqual([]);
  });
  it('reports one changed line in the middle with its source line number', () => {
    const rebuilt = source.map((l, i) => (i === 4499 ? `${l}改` : l));
    expect(diffAgainstSource(source.join('\n'), rebuilt)).toEqual([
      { line: 4500, expected: '第4500段', found: '第4500段改', rebuilt: 4499 },
    ]);
  });
  it('reports a dropped line and an added line once each, not every line after them', () => {
    const rebuilt = [...source.slice(0, 4099), ...source.slice(4100, 4200), '多出的一段', ...source.slice(4200)];
    expect(diffAgainstSource(source.join('\n'), rebuilt)).toEqual([
      { line: 4100, expected: '第4100段', found: null },
      { line: 4201, expected: '(原文无此段 / not in the source)', found: '多出的一段', rebuilt: 4199 },
    ]);
  });
  it('reports thousands of stray paragraphs in place of source lines, each line once, without aligning them', { timeout: 60_000 }, () => {
    // 3,000 source lines against 20,000 stray ones: too many cells to align, so
    // every line is accounted for instead (what keeps a flood linear).
    const stray = Array.from({ length: 20_000 }, (_, i) => `多余${i}`);
    const rebuilt = [...source.slice(0, 4000), ...stray, ...source.slice(7000)];
    const diffs = diffAgainstSource(source.join('\n'), rebuilt);
    expect(diffs.filter((d) => d.found === null).map((d) => d.line)).toEqual(Array.from({ length: 3000 }, (_, i) => 4001 + i));
    const added = diffs.filter((d) => d.found !== null);
    expect(added.map((d) => d.found)).toEqual(stray);
    expect(added.every((d) => d.expected === '(原文无此段 / not in the source)')).toBe(true);
  });
  it('reports a repeated line that the entries lost', () => {
    expect(diffAgainstSource(['甲', '乙', '乙', '丙'].join('\n'), ['甲', '乙', '丙'])).toEqual([{ line: 3, expected: '乙', found: null }]);
  });
});
