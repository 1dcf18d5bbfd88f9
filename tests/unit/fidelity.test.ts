import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  describeChar,
  diffAgainstSource,
  firstDifference,
  normalisedSource,
  normaliseWhitespace,
  sourceLines,
} from '../../src/lib/fidelity/reconstruct.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';
import { readFolders } from '../../src/lib/content/folders.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { printedLines, type SectionText } from '../../src/lib/report/walk.ts';

const SHIPPED = 'content/reports/2022-12-20-jiangyan';
const source = readFileSync(`${SHIPPED}/source.txt`, 'utf8');
const folder = readFolders(readContentFiles('.')).reports.find((r) => r.dir === SHIPPED);
if (!folder?.report?.data) throw new Error('the shipped report must read');
const report = folder.report.data;
const sections: SectionText[] = folder.sections.map((s) => ({
  number: s.data.number,
  heading: s.data.heading,
  marker: s.data.marker,
  paragraphs: s.paragraphs,
}));
const rebuilt = (list: readonly SectionText[]) => printedLines(report, list).map((l) => l.text);

describe('diffAgainstSource on the shipped report, rebuilt by the walker', () => {
  it('rebuilds the shipped source exactly from its entries', () => {
    expect(diffAgainstSource(source, rebuilt(sections))).toEqual([]);
    expect(`${rebuilt(sections).join('\n')}\n`).toBe(normalisedSource(source));
  });
  it('reports one altered character with its source line', () => {
    const changed = sections.map((s) => (s.number === 6 ? { ...s, paragraphs: s.paragraphs.map((p) => p.replace('55.6%', '55.8%')) } : s));
    const diffs = diffAgainstSource(source, rebuilt(changed));
    expect(diffs).toHaveLength(1);
    expect(diffs[0]?.line).toBe(31);
  });
  it('reports a dropped paragraph once, not every line after it', () => {
    const changed = sections.map((s) => (s.number === 3 ? { ...s, paragraphs: s.paragraphs.slice(1) } : s));
    expect(diffAgainstSource(source, rebuilt(changed))).toEqual([expect.objectContaining({ line: 17, found: null })]);
  });
  it('counts a no-break space, a BOM or a line separator inside a word as a difference', () => {
    for (const odd of ['\u00A0', '\uFEFF', '\u2028', '\u200B']) {
      const changed = sections.map((s) =>
        s.number === 6 ? { ...s, paragraphs: s.paragraphs.map((p, i) => (i === 0 ? p.replace('安全生产', `安全${odd}生产`) : p)) } : s,
      );
      expect(diffAgainstSource(source, rebuilt(changed)), JSON.stringify(odd)).toHaveLength(1);
    }
  });
  it('treats CRLF, a leading BOM, indentation and blank lines as the one normalisation', () => {
    const variant = `\uFEFF${source
      .split('\n')
      .map((l) => `\u3000\u3000${l}  `)
      .join('\r\n\r\n')}`;
    expect(diffAgainstSource(variant, rebuilt(sections))).toEqual([]);
  });
});

describe('messages about invisible characters', () => {
  it('names a character by its code point', () => {
    expect(describeChar('\u00A0')).toBe('U+00A0 NO-BREAK SPACE');
    expect(describeChar('\uFEFF')).toBe('U+FEFF ZERO WIDTH NO-BREAK SPACE');
    expect(describeChar('\u2028')).toBe('U+2028 LINE SEPARATOR');
  });
  it('shows where two lines differ without printing the invisible character raw', () => {
    const message = firstDifference('安全生产', '安全\u00A0生产');
    expect(message).toContain('U+00A0 NO-BREAK SPACE');
    expect(message).not.toContain('\u00A0');
  });
});

describe('normaliseWhitespace (for rendered pages)', () => {
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
