import { describe, expect, it } from 'vitest';
import { reportRecords } from '../../src/lib/metrics/records.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import { shipped } from '../helpers/shipped.ts';

const { slug, data } = shipped();
const preambleAt = data.body.findIndex((p) => p.type === 'preamble');
const nextAt = data.body.findIndex((p) => p.type === 'nextSteps');
// Figures quoting words of the shipped report's preamble and next steps (not typed there: any quote of a part will do).
const opened: Metric = {
  kind: 'count',
  id: 'opened',
  label: '巡视组开展巡视',
  unit: '组',
  quote: '省委第九巡视组于2022年4月16日',
  value: 9,
};
const closing: Metric = { kind: 'count', id: 'closing', label: '二十大', unit: '大', quote: '以学习贯彻党的二十大精神为动力', value: 20 };

describe('reportRecords', () => {
  it('puts the report’s own figures before or after the problems as printed, each linked to its part of the report’s home', () => {
    const r = reportRecords(slug, data.title, data, [closing, opened]);
    expect(r.before.map((x) => [x.metric.id, x.section, x.path])).toEqual([['opened', 0, `${slug}/#part-${preambleAt + 1}`]]);
    expect(r.after.map((x) => [x.metric.id, x.path])).toEqual([['closing', `${slug}/#part-${nextAt + 1}`]]);
  });
});
