import { describe, expect, it } from 'vitest';
import { checkSectionMetrics } from '../../src/lib/metrics/check.ts';
import { metricSchema, type Metric } from '../../src/schemas/metric.ts';

const paragraphs = [
  '(1)截至2022年9月底,全区22家零税收企业已清零16家、完成率72.73%,19家30亩以上闲置用地已经盘活11家、完成57.9%,全区盘活低效闲置工业用地近2000亩。',
  '(2)25个小区雨污分流改造1个已完工、2个正在扫尾、22个已进场施工;1.7公里城区污水管网已完成0.3公里。',
];
const metric = (m: Record<string, unknown>): Metric => metricSchema.parse({ label: '指标', unit: '家', ...m });
const check = (...metrics: Metric[]) => checkSectionMetrics({ file: 'content/sections/03-x.mdx', number: 3, paragraphs, metrics });

const plots = { kind: 'progress', id: 'plots', quote: '19家30亩以上闲置用地已经盘活11家、完成57.9%', done: 11, total: 19, percent: 57.9 };
const compounds = {
  kind: 'breakdown',
  id: 'compounds',
  unit: '个',
  quote: '25个小区雨污分流改造1个已完工、2个正在扫尾、22个已进场施工',
  total: 25,
  parts: [
    { label: '已完工', value: 1 },
    { label: '正在扫尾', value: 2 },
    { label: '已进场施工', value: 22 },
  ],
};

describe('checkSectionMetrics', () => {
  it('accepts metrics whose quotes, numbers and arithmetic agree with the text', () => {
    const r = check(
      metric(plots),
      metric({
        kind: 'progress',
        id: 'zero-tax',
        asOf: '截至2022年9月底',
        quote: '全区22家零税收企业已清零16家、完成率72.73%',
        done: 16,
        total: 22,
        percent: 72.73,
      }),
      metric(compounds),
      metric({ kind: 'amount', id: 'land', unit: '亩', quote: '全区盘活低效闲置工业用地近2000亩', value: 2000, qualifier: '近' }),
      metric({ kind: 'progress', id: 'sewers', unit: '公里', quote: '1.7公里城区污水管网已完成0.3公里', done: 0.3, total: 1.7 }),
    );
    expect(r).toEqual({ errors: [], warnings: [] });
  });

  it('fails a quote that is not verbatim in the body, showing where it stops matching', () => {
    const r = check(metric({ ...plots, quote: '19家30亩以上闲置土地已经盘活11家、完成57.9%' }));
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toMatchObject({ file: 'content/sections/03-x.mdx', field: 'metrics[0] (plots).quote' });
    expect(r.errors[0]?.message).toMatch(/matches up to "19家30亩以上闲置" and differs from "土地/);
  });

  it('fails a quote spread over two paragraphs', () => {
    const r = check(metric({ kind: 'count', id: 'x', unit: '个', quote: '近2000亩。(2)25个小区', value: 25 }));
    expect(r.errors.map((e) => e.field)).toContain('metrics[0] (x).quote');
  });

  it('fails a number of the metric that the quote does not print', () => {
    const r = check(metric({ ...plots, done: 12 }));
    expect(r.errors.some((e) => e.field === 'metrics[0] (plots).done' && /expected 12 to be printed in the quote/.test(e.message))).toBe(
      true,
    );
  });

  it('fails a stated percent matched only by a number without a per-cent sign', () => {
    const r = check(metric({ kind: 'rate', id: 'r', unit: '%', quote: '闲置用地已经盘活11家', percent: 11 }));
    expect(r.errors.map((e) => e.field)).toEqual(['metrics[0] (r).percent']);
  });

  it('fails a stated percent that done/total does not give at the printed precision', () => {
    const text = ['19家用地已经盘活11家、完成57.8%'];
    const r = checkSectionMetrics({
      file: 'f.mdx',
      number: 1,
      paragraphs: text,
      metrics: [metric({ ...plots, quote: text[0], percent: 57.8 })],
    });
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.field).toBe('metrics[0] (plots).percent');
    expect(r.errors[0]?.message).toMatch(/stated 57.8% disagrees with 11\/19 = 57.9% at the printed precision \(1 decimals\)/);
  });

  it('reads the precision from the text: 57.89% is checked at two decimals', () => {
    const text = ['19家用地已经盘活11家、完成57.89%'];
    const r = checkSectionMetrics({
      file: 'f.mdx',
      number: 1,
      paragraphs: text,
      metrics: [metric({ ...plots, quote: text[0], percent: 57.89 })],
    });
    expect(r.errors).toEqual([]);
  });

  it('turns an acknowledged inconsistency of the printed text into a warning naming it', () => {
    const text = ['19家用地已经盘活11家、完成57.8%'];
    const r = checkSectionMetrics({
      file: 'f.mdx',
      number: 1,
      paragraphs: text,
      metrics: [metric({ ...plots, quote: text[0], percent: 57.8, sourceInconsistency: '原文如此' })],
    });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ file: 'f.mdx', field: 'metrics[0] (plots).percent' });
    expect(r.warnings[0]?.message).toMatch(/原文如此.*stated 57.8%.*57.9%/);
  });

  it('fails a sourceInconsistency note on figures that do agree', () => {
    const r = check(metric({ ...plots, sourceInconsistency: '原文如此' }));
    expect(r.errors.map((e) => e.field)).toEqual(['metrics[0] (plots).sourceInconsistency']);
  });

  it('fails done greater than total', () => {
    const text = ['共11家,已完成19家'];
    const r = checkSectionMetrics({
      file: 'f.mdx',
      number: 1,
      paragraphs: text,
      metrics: [metric({ kind: 'progress', id: 'p', quote: text[0], done: 19, total: 11 })],
    });
    expect(r.errors.map((e) => e.field)).toEqual(['metrics[0] (p).done']);
  });

  it('fails a breakdown whose parts do not add up to the whole', () => {
    const r = check(
      metric({
        ...compounds,
        parts: [
          { label: '已完工', value: 1 },
          { label: '已进场施工', value: 22 },
        ],
      }),
    );
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]?.field).toBe('metrics[0] (compounds).parts');
    expect(r.errors[0]?.message).toMatch(/expected the parts to sum to 25, found 23/);
  });

  it('fails an as-of point that is not in the quote\u2019s paragraph', () => {
    const r = check(metric({ ...plots, asOf: '截至10月底' }));
    expect(r.errors.map((e) => e.field)).toEqual(['metrics[0] (plots).asOf']);
  });

  it('fails a qualifier the quote does not print', () => {
    const r = check(
      metric({ kind: 'amount', id: 'land', unit: '亩', quote: '全区盘活低效闲置工业用地近2000亩', value: 2000, qualifier: '约' }),
    );
    expect(r.errors.map((e) => e.field)).toEqual(['metrics[0] (land).qualifier']);
  });
});
