import { describe, expect, it } from 'vitest';
import { allowlistSchema, metricSchema, metricsSchema } from '../../src/schemas/metric.ts';

const progress = {
  kind: 'progress',
  id: 'plots',
  label: '闲置用地盘活',
  unit: '家',
  quote: '19家闲置用地已经盘活11家、完成57.9%',
  done: 11,
  total: 19,
  percent: 57.9,
};

describe('metric schema', () => {
  it('accepts a progress metric with done, total and a stated percent', () => {
    expect(metricSchema.parse(progress)).toMatchObject({ kind: 'progress', done: 11, total: 19 });
  });

  it('rejects an unknown kind, naming the kinds it expected', () => {
    const r = metricSchema.safeParse({ ...progress, kind: 'status' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toMatch(/expected a metric whose kind is one of progress, amount, count, change, rate, breakdown/);
  });

  it('rejects a percentage above 100 with expected and found', () => {
    const r = metricSchema.safeParse({ ...progress, percent: 579 });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['percent']);
    expect(r.error?.issues[0]?.message).toMatch(/expected a percentage from 0 to 100.*found 579/);
  });

  it('rejects a field its kind does not have', () => {
    const r = metricSchema.safeParse({ ...progress, value: 3 });
    expect(r.success).toBe(false);
  });

  it('rejects an id with capitals or spaces', () => {
    const r = metricSchema.safeParse({ ...progress, id: 'Idle plots' });
    expect(r.error?.issues[0]?.path).toEqual(['id']);
  });

  it('rejects a breakdown with fewer than two parts', () => {
    const r = metricSchema.safeParse({
      kind: 'breakdown',
      id: 'b',
      label: 'x',
      unit: '个',
      quote: '共3个',
      total: 3,
      parts: [{ label: 'a', value: 3 }],
    });
    expect(r.success).toBe(false);
  });

  it('names both metrics when an id is used twice in a section', () => {
    const r = metricsSchema.safeParse([progress, { ...progress, label: '另一项' }]);
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual([1, 'id']);
    expect(r.error?.issues[0]?.message).toMatch(/found "plots" also used by metric 1/);
  });
});

describe('allowlist schema', () => {
  it('requires each listed percentage to be inside its context', () => {
    const r = allowlistSchema.safeParse({
      entries: [{ section: 6, context: '全区同比分别下降55.6%、66.7%', percents: ['55.6%', '77.7%'], reason: '所指不明' }],
    });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.path).toEqual(['entries', 0, 'percents', 1]);
  });
});
