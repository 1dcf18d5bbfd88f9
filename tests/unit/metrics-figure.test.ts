import { describe, expect, it } from 'vitest';
import { figureView, rateView } from '../../src/lib/metrics/figure.ts';
import { metricSchema } from '../../src/schemas/metric.ts';
import type { MetricRecord } from '../../src/lib/metrics/view.ts';

// Invented figures, in the shape the frontmatter gives them.
const metric = (m: Record<string, unknown>) => metricSchema.parse({ id: 'x', label: '河道保洁', unit: '条', ...m });

describe('figureView', () => {
  it('shows a stated completion at the printed precision, with its counts, a bar and no computed tag', () => {
    const v = figureView(
      metric({ kind: 'progress', asOf: '截至10月底', quote: '48条河道已完成36条、完成率75.00%', done: 36, total: 48, percent: 75 }),
    );
    expect(v).toMatchObject({
      label: '河道保洁',
      asOf: '（截至10月底）',
      value: '75.00%',
      emphasis: true,
      counts: '36条（共48条）',
      computed: false,
      note: '',
      legend: [],
    });
    expect(v.chart.type).toBe('progress');
    if (v.chart.type === 'progress') expect(v.chart.geometry.fraction).toBe(0.75);
  });

  it('labels a percentage the text does not print as computed, and says how it was worked out', () => {
    const v = figureView(metric({ kind: 'progress', quote: '48条河道已完成36条', done: 36, total: 47 }));
    expect(v.value).toBe('76.6%');
    expect(v.computed).toBe(true);
    expect(v.note).toBe('原文未载此百分比，由原文数字计算（36÷47），保留1位小数。');
  });

  it('draws a completion rate as a bar and a plain rate without one', () => {
    expect(figureView(metric({ kind: 'rate', unit: '%', quote: '完成总工程量的80%', percent: 80, ofCompletion: true })).chart.type).toBe(
      'progress',
    );
    const plain = figureView(metric({ kind: 'rate', unit: '%', quote: '满意率98.5%', percent: 98.5 }));
    expect(plain).toMatchObject({ value: '98.5%', emphasis: true, computed: false });
    expect(plain.chart.type).toBe('none');
  });

  it('gives a breakdown a stacked bar, a lead-in and one legend line per part in the text’s order', () => {
    const v = figureView(
      metric({
        kind: 'breakdown',
        unit: '个',
        quote: '30个村中12个已完工、18个在建',
        total: 30,
        parts: [
          { label: '已完工', value: 12 },
          { label: '在建', value: 18 },
        ],
      }),
    );
    expect(v).toMatchObject({ value: '共30个，其中：', emphasis: false });
    expect(v.legend.map((l) => l.text)).toEqual(['已完工：12个', '在建：18个']);
    expect(v.legend.map((l) => l.pattern)).toEqual(['solid', 'hatch']);
    expect(v.chart.type).toBe('stacked');
  });

  it('puts each hedge where the text prints it: before the number, between number and unit, or after the unit', () => {
    expect(figureView(metric({ kind: 'amount', unit: '亩', quote: '流转土地近2000亩', value: 2000, qualifier: '近' })).value).toBe(
      '近2000亩',
    );
    expect(figureView(metric({ kind: 'count', unit: '条', quote: '排查问题3000余条', value: 3000, qualifier: '余' })).value).toBe(
      '3000余条',
    );
    expect(figureView(metric({ kind: 'count', unit: '辆', quote: '清理车辆80辆以上', value: 80, qualifier: '以上' })).value).toBe(
      '80辆以上',
    );
  });

  it('words a change with the report’s own verb when it has one, the generic one otherwise', () => {
    expect(
      figureView(
        metric({
          kind: 'change',
          unit: '%',
          quote: '销售收入同比提升12.5%',
          direction: 'up',
          value: 12.5,
          measure: 'percent',
          basis: '同比',
        }),
      ).value,
    ).toBe('同比提升12.5%');
    expect(
      figureView(
        metric({ kind: 'change', unit: '个百分点', quote: '比重较上年回调2个百分点', direction: 'down', value: 2, measure: 'points' }),
      ).value,
    ).toBe('下降2个百分点');
  });

  it('quotes the text inside quotation marks, unchanged', () => {
    expect(figureView(metric({ kind: 'count', quote: '清理河道(沟渠)36条,', value: 36 })).quote).toBe('“清理河道(沟渠)36条,”');
  });
});

describe('rateView', () => {
  it('names the problem and the figure, links to its measure and keeps the stated display', () => {
    const m = metric({ kind: 'progress', quote: '48条河道已完成36条、完成率75.00%', done: 36, total: 48, percent: 75 });
    const record: MetricRecord = {
      report: 'r',
      section: 3,
      sectionTitle: '河道治理不到位',
      theme: '生态环境',
      path: 'r/sections/03/#m2',
      metric: m,
    };
    expect(rateView({ record, completion: { percent: 75, display: '75.00%', source: 'stated' } })).toMatchObject({
      id: '3/x',
      path: 'r/sections/03/#m2',
      linkText: '第3项 河道治理不到位：河道保洁',
      display: '75.00%',
      computed: false,
      counts: '36条（共48条）',
    });
  });
});
