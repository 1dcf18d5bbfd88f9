import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Metric } from '../../src/schemas/metric.ts';
import { proposeMetrics } from '../../src/lib/metrics/propose/index.ts';
import { checkSectionMetrics } from '../../src/lib/metrics/check.ts';

// Invented sentences, one per pattern and per trap (tests/fixtures/figures/patterns.json):
// every expected figure proposed, and nothing else.
interface Case {
  name: string;
  text: string;
  expect: Record<string, unknown>[];
  unclear?: boolean;
}
const { cases } = JSON.parse(readFileSync('tests/fixtures/figures/patterns.json', 'utf8')) as { cases: Case[] };

/** True when the metric has every field the expectation gives (null: the field is absent). */
function fits(m: Metric, e: Record<string, unknown>): boolean {
  return Object.entries(e).every(([k, v]) => {
    const actual = (m as unknown as Record<string, unknown>)[k];
    return v === null ? actual === undefined : JSON.stringify(actual) === JSON.stringify(v);
  });
}

/** Half-width marks as the site writes them in labels. */
const FULL: Record<string, string> = { ',': '\uFF0C', ':': '\uFF1A', ';': '\uFF1B', '(': '\uFF08', ')': '\uFF09' };

/** True when every character of the label occurs in the quote, in order: the label is made of the quote's words. */
function madeOf(label: string, quote: string): boolean {
  const q = quote.replace(/[,:;()]/g, (c) => FULL[c] ?? c);
  let at = 0;
  for (const c of label) {
    at = q.indexOf(c, at);
    if (at === -1) return false;
    at += c.length;
  }
  return true;
}

describe('the figure proposer on invented sentences', () => {
  for (const c of cases) {
    it(c.name, () => {
      const { metrics, unclear } = proposeMetrics([c.text]);
      const shown = JSON.stringify(metrics.map(({ id: _id, proposed: _p, ...m }) => m));
      for (const e of c.expect)
        expect(
          metrics.filter((m) => fits(m, e)),
          `expected one of ${JSON.stringify(e)} in ${shown}`,
        ).toHaveLength(1);
      expect(metrics, `expected exactly ${c.expect.length} figure(s), found ${shown}`).toHaveLength(c.expect.length);
      expect(unclear.length > 0, JSON.stringify(unclear)).toBe(c.unclear === true);
    });
  }

  it('quotes every figure verbatim from its paragraph, labels it with the quote’s own words, and marks it proposed', () => {
    const all = cases.flatMap((c) => proposeMetrics([c.text]).metrics.map((m) => ({ m, text: c.text })));
    expect(all.length).toBeGreaterThan(30);
    for (const { m, text } of all) {
      expect(text).toContain(m.quote);
      expect(madeOf(m.label, m.quote), `${m.label} ⊄ ${m.quote}`).toBe(true);
      if (m.kind === 'breakdown') for (const p of m.parts) expect(madeOf(p.label, m.quote), `${p.label} ⊄ ${m.quote}`).toBe(true);
      expect(m.proposed).toBe(true);
      expect(checkSectionMetrics({ file: 'x', number: 1, paragraphs: [text], metrics: [m] }).errors).toEqual([]);
    }
  });

  it('gives ids unique within a section, after those already taken', () => {
    const { metrics } = proposeMetrics(['发放宣传资料3000余份。组织志愿者200多人。'], { taken: ['count-1'] });
    expect(metrics.map((m) => m.id)).toEqual(['count-2', 'count-3']);
  });

  it('drops a proposal the content check would refuse', () => {
    // 已全部完成 after 150%: a rate above 100 fails the schema, so nothing is written.
    expect(proposeMetrics(['全年任务完成率为150%。']).metrics).toEqual([]);
  });
});
