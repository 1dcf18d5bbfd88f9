import { describe, expect, it } from 'vitest';
import { measureNumbers, quoteFragment } from '../../src/lib/metrics/permalink.ts';
import { measureCount, sectionRecords } from '../../src/lib/metrics/records.ts';
import { metricSchema } from '../../src/schemas/metric.ts';

const paragraphs = ['(1)开展排查,发现隐患8处。', '(2)整改完成5处。', '3.不是措施的段落'];

describe('measureNumbers', () => {
  it('numbers only a run 1, 2, 3… in one style, like the measures plugin', () => {
    expect(measureNumbers(paragraphs)).toEqual([1, 2, null]);
    expect(measureNumbers(['(2)从2开始', '(1)再到1'])).toEqual([null, 1]);
  });
  it('counts the numbered measures, inline ones too, and not sub-problem headings', () => {
    expect(measureCount(paragraphs)).toBe(2);
    expect(measureCount(['一段没有编号的文字。'])).toBe(0);
    expect(measureCount(['(1)关于“甲”', '整改情况：一是a；二是b。'], ['(1)关于“甲”'])).toBe(2);
  });
});

describe('quoteFragment', () => {
  it('points at the measure whose paragraph holds the quote', () => {
    expect(quoteFragment(paragraphs, '整改完成5处')).toBe('#m2');
  });
  it('points at the inline measure whose words hold the quote', () => {
    const p = ['整改情况：一是清退6户；二是出台办法1项。'];
    expect(quoteFragment(p, '清退6户')).toBe('#m1');
    expect(quoteFragment(p, '出台办法1项')).toBe('#m2');
  });
  it('skips sub-problem headings when numbering', () => {
    const p = ['(1)关于“甲”', '一是新建8座。'];
    expect(quoteFragment(p, '新建8座', ['(1)关于“甲”'])).toBe('#m1');
  });
  it('points at the page when the quote is outside numbered measures', () => {
    expect(quoteFragment(['新增学位1540个。'], '新增学位1540个')).toBe('');
  });
});

describe('sectionRecords', () => {
  it('links each metric to its section page and measure', () => {
    const metric = metricSchema.parse({ kind: 'count', id: 'x', label: 'x', unit: '处', quote: '整改完成5处', value: 5 });
    const [r] = sectionRecords({ report: 'r', number: 6, title: 't', theme: '安全生产', paragraphs, metrics: [metric] }, 26);
    expect(r?.path).toMatch(/sections\/06\/#m2$/);
  });
});
