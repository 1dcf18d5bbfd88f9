import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffAgainstSource, normaliseWhitespace, reconstructLines, sourceLines } from '../../src/lib/fidelity/reconstruct.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';
import { parseReport } from '../../src/lib/import/parse.ts';

const source = readFileSync('content/source/2022-12-20-jiangyan.txt', 'utf8');
const parsed = parseReport(source);
if (!parsed.ok) throw new Error('the shipped source must parse');
const report = parsed.report;

describe('reconstructLines / diffAgainstSource', () => {
  it('rebuilds the shipped source exactly from its parsed parts', () => {
    expect(diffAgainstSource(source, reconstructLines(report, report.sections))).toEqual([]);
  });
  it('reports one altered character with its source line', () => {
    const sections = report.sections.map((s) =>
      s.number === 6 ? { ...s, paragraphs: s.paragraphs.map((p) => p.replace('55.6%', '55.8%')) } : s,
    );
    const diffs = diffAgainstSource(source, reconstructLines(report, sections));
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.line).toBe(31);
  });
  it('reports a dropped paragraph once, not every line after it', () => {
    const sections = report.sections.map((s) => (s.number === 3 ? { ...s, paragraphs: s.paragraphs.slice(1) } : s));
    const diffs = diffAgainstSource(source, reconstructLines(report, sections));
    expect(diffs).toEqual([expect.objectContaining({ line: 17, found: null })]);
  });
  it('ignores whitespace only', () => {
    expect(normaliseWhitespace('6. 关于 “x”')).toBe('6.关于“x”');
    expect(normaliseWhitespace('Pagefind  is 1 tool')).toBe('Pagefind is 1 tool');
  });
});

describe('missingLines / missingNumbers', () => {
  const pages = [sourceLines(source).join('\n')];
  it('finds nothing missing when every line is shown', () => {
    expect(missingLines(source, pages)).toEqual([]);
    expect(missingNumbers(source, pages)).toEqual([]);
  });
  it('fails when one character of one entry is altered', () => {
    const altered = [pages[0]!.replace('全区同比分别下降55.6%', '全区同比分别下降55.6%。')];
    expect(missingLines(source, altered)).toHaveLength(1);
    const changed = [pages[0]!.replace('jyqxcb2017', 'jyqxcb2018')];
    expect(missingLines(source, changed)[0]).toContain('jyqxcb2017');
  });
  it('fails when a number is missing from every page', () => {
    expect(missingNumbers(source, [pages[0]!.replaceAll('5388', '')])).toEqual(['5388']);
  });
  it('does not count a number found only inside a longer one', () => {
    // 6241 appears once in the source; 16241 on a page must not stand in for it.
    expect(missingNumbers(source, [pages[0]!.replaceAll('6241', '16241')])).toContain('6241');
  });
});
