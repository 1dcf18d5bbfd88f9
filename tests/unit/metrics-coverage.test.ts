/**
 * Coverage of the shipped report: every percentage printed in the source text
 * is inside some metric's quote or listed in its report's metrics-allowlist.yaml
 * with its reason. Also runs the metric checks on every shipped section, so a
 * bad figure fails here before any build.
 */
import { describe, expect, it } from 'vitest';
import { percentagesIn, uncoveredPercentages } from '../../src/lib/metrics/coverage.ts';
import { checkSectionMetrics } from '../../src/lib/metrics/check.ts';
import { shipped } from '../helpers/shipped.ts';

const { source, sections, allowlist } = shipped();
const quotes = sections.flatMap((s) => s.data.metrics.map((m) => m.quote));

describe('percentagesIn and uncoveredPercentages', () => {
  const text = '第一行完成率72.3%。\n同比分别下降55.6%、66.7%,占比51.2%';
  it('finds every percentage with its line', () => {
    expect(percentagesIn(text).map((p) => `${p.line}:${p.text}`)).toEqual(['1:72.3%', '2:55.6%', '2:66.7%', '2:51.2%']);
  });
  it('counts a percentage covered only when a cover spans it on its line', () => {
    expect(uncoveredPercentages(text, ['完成率72.3%', '下降55.6%']).map((p) => p.text)).toEqual(['66.7%', '51.2%']);
    expect(uncoveredPercentages(text, ['72.3%。\n同比'])).toHaveLength(4);
  });
});

describe('the shipped report', () => {
  it('prints 31 percentages, the number the issue counted', () => {
    expect(percentagesIn(source)).toHaveLength(31);
  });

  it('has every percentage inside a metric quote or the allowlist', () => {
    const uncovered = uncoveredPercentages(source, [...quotes, ...allowlist.map((e) => e.context)]);
    expect(uncovered.map((p) => `line ${p.line}: ${p.text} in “${p.context}”`)).toEqual([]);
  });

  it('lists in the allowlist only text of the section it names', () => {
    for (const e of allowlist) {
      const section = sections.find((s) => s.data.number === e.section);
      expect(
        section?.paragraphs.some((p) => p.includes(e.context)),
        `${e.section}: ${e.context}`,
      ).toBe(true);
    }
  });

  it('allowlists no percentage that a metric already covers', () => {
    const stale = allowlist.filter((e) => uncoveredPercentages(e.context, quotes).length === 0);
    expect(stale.map((e) => e.context)).toEqual([]);
  });

  it('passes every metric check, with no warnings', () => {
    const results = sections.map((s) =>
      checkSectionMetrics({ file: s.file, number: s.data.number, paragraphs: s.paragraphs, metrics: s.data.metrics }),
    );
    expect(results.flatMap((r) => r.errors)).toEqual([]);
    expect(results.flatMap((r) => r.warnings)).toEqual([]);
  });
});

describe('allowlistWarnings', () => {
  it('names only the entries flagged as a problem of the printed text', async () => {
    const { allowlistWarnings } = await import('../../src/lib/metrics/coverage.ts');
    const w = allowlistWarnings(
      [
        { section: 6, context: '全区同比分别下降55.6%、66.7%', reason: '所指不明', sourceProblem: true },
        { section: 5, context: '经济发展考评占比60%', reason: '权重' },
      ],
      'content/metrics-allowlist.yaml',
    );
    expect(w).toHaveLength(1);
    expect(w[0]).toMatchObject({ file: 'content/metrics-allowlist.yaml', field: 'section 6' });
    expect(w[0]?.message).toContain('全区同比分别下降55.6%、66.7%');
  });
});
