import { describe, expect, it } from 'vitest';
import { COLUMNS, csvField, parseCsv, rowOf, toCsv, toJson } from '../../src/lib/metrics/rows.ts';
import { metricSchema } from '../../src/schemas/metric.ts';
import type { MetricRecord } from '../../src/lib/metrics/view.ts';

const record = (m: Record<string, unknown>, path = 'sections/17/#m2'): MetricRecord => ({
  report: '2022-12-20-jiangyan',
  section: 17,
  sectionTitle: '生态环境治理和监管不扎实',
  theme: '生态环境',
  path,
  metric: metricSchema.parse({ label: '指标', unit: '户', ...m }),
});
const href = (p: string) => `/xszg/${p}`;

describe('csvField', () => {
  it('leaves plain text alone and quotes commas, quotes and line breaks', () => {
    expect(csvField('58件信访件')).toBe('58件信访件');
    expect(csvField('8-10月,共接到354件')).toBe('"8-10月,共接到354件"');
    expect(csvField('“十必接”与"引号"')).toBe('"“十必接”与""引号"""');
    expect(csvField('一行\n两行')).toBe('"一行\n两行"');
  });
});

describe('toCsv and parseCsv', () => {
  const rows = [
    rowOf(record({ kind: 'progress', id: 'must-connect', quote: '255户“十必接”排水户接管已完成199户', done: 199, total: 255 }), href),
    rowOf(record({ kind: 'breakdown', id: 'c', unit: '个', quote: '25个小区雨污分流改造1个已完工、2个正在扫尾、22个已进场施工', total: 25, parts: [{ label: '已完工', value: 1 }, { label: '在建, "扫尾"', value: 24 }] }, 'sections/17/'), href),
  ];
  const csv = toCsv(rows);
  it('starts with a byte-order mark and a header of the documented columns, lines ending CRLF', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')[0]).toBe(COLUMNS.map((c) => c.key).join(','));
    expect(csv.endsWith('\r\n')).toBe(true);
  });
  it('round-trips every field, including commas and quotes', () => {
    expect(parseCsv(csv)).toEqual(rows);
  });
});

describe('rowOf', () => {
  it('marks a percent computed from done and total as computed', () => {
    const row = rowOf(record({ kind: 'progress', id: 'p', quote: '255户已完成199户', done: 199, total: 255 }), href);
    expect(row).toMatchObject({ done: '199', total: '255', percent: '78', percent_source: 'computed', permalink: '/xszg/sections/17/#m2' });
  });
  it('keeps a stated percent as stated', () => {
    const row = rowOf(record({ kind: 'progress', id: 'p', quote: '47户排水户累计整改完成34户,完成率达72.3%', done: 34, total: 47, percent: 72.3 }), href);
    expect(row).toMatchObject({ percent: '72.3', percent_source: 'stated' });
  });
  it('leaves percent empty for a figure with none', () => {
    const row = rowOf(record({ kind: 'count', id: 'c', unit: '件', quote: '共立案查处环境违法行为166件', value: 166 }), href);
    expect(row).toMatchObject({ value: '166', percent: '', percent_source: '' });
  });
});

describe('toJson', () => {
  it('carries each metric as typed, with its section and permalink', () => {
    const json = JSON.parse(toJson([{ slug: '2022-12-20-jiangyan', title: 't', issuer: 'i', date: '2022-12-20', kind: '巡视' }], [record({ kind: 'count', id: 'c', unit: '件', quote: '166件', value: 166 })], href));
    expect(json.metrics[0]).toMatchObject({ report: '2022-12-20-jiangyan', section: 17, permalink: '/xszg/sections/17/#m2', metric: { kind: 'count', id: 'c', value: 166 } });
    expect(metricSchema.parse(json.metrics[0].metric)).toEqual(json.metrics[0].metric);
  });
});
