import { describe, expect, it } from 'vitest';
import { COLUMNS, csvField, neutraliseFormula, rowOf, toCsv, toJson } from '../../src/lib/metrics/rows.ts';
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

describe('neutraliseFormula (OWASP CSV injection)', () => {
  it.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['=1+1', "'=1+1"],
    ['@SUM(1)', "'@SUM(1)"],
    ['+86 0523', "'+86 0523"],
    ['-3家', "'-3家"],
    ['\t截至10月', "'\t截至10月"],
    ['\r=1', "'\r=1"],
  ])('puts a quote before %j', (cell, safe) => {
    expect(neutraliseFormula(cell)).toBe(safe);
  });
  it.each(['-5', '+3', '-2.8', '12', '增长-2.8', '1-9月', 'a=b', ''])('leaves %j alone (a plain number, or no formula start)', (cell) => {
    expect(neutraliseFormula(cell)).toBe(cell);
  });
  it('neutralises before quoting, so the quote is inside the CSV quotes', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('toCsv', () => {
  const rows = [
    rowOf(record({ kind: 'progress', id: 'must-connect', quote: '255户“十必接”排水户接管已完成199户', done: 199, total: 255 }), href),
    rowOf(
      record(
        {
          kind: 'breakdown',
          id: 'c',
          unit: '个',
          quote: '25个小区雨污分流改造1个已完工、2个正在扫尾、22个已进场施工',
          total: 25,
          parts: [
            { label: '已完工', value: 1 },
            { label: '在建, "扫尾"', value: 24 },
          ],
        },
        'sections/17/',
      ),
      href,
    ),
    // A hostile editor's figure: every text field a spreadsheet would run.
    rowOf(
      record({
        kind: 'change',
        id: 'h',
        label: '=HYPERLINK("http://x","y")',
        unit: '=1+1',
        basis: '@SUM(1)',
        asOf: '+1月',
        quote: '-3家',
        direction: 'down',
        measure: 'absolute',
        value: 3,
      }),
      href,
    ),
  ];
  // Written by hand from the rows above, column by column (COLUMNS order), not by the code under test.
  const expected =
    '\uFEFF' +
    'report,section,section_title,theme,id,label,kind,value,done,total,percent,percent_source,parts,direction,measure,basis,qualifier,unit,as_of,quote,permalink\r\n' +
    '2022-12-20-jiangyan,17,生态环境治理和监管不扎实,生态环境,must-connect,指标,progress,,199,255,78,computed,,,,,,户,,255户“十必接”排水户接管已完成199户,/xszg/sections/17/#m2\r\n' +
    '2022-12-20-jiangyan,17,生态环境治理和监管不扎实,生态环境,c,指标,breakdown,25,,25,,,"已完工=1; 在建, ""扫尾""=24",,,,,个,,25个小区雨污分流改造1个已完工、2个正在扫尾、22个已进场施工,/xszg/sections/17/\r\n' +
    `2022-12-20-jiangyan,17,生态环境治理和监管不扎实,生态环境,h,"'=HYPERLINK(""http://x"",""y"")",change,3,,,,,,down,absolute,'@SUM(1),,'=1+1,'+1月,'-3家,/xszg/sections/17/#m2\r\n`;
  it('writes the BOM, the documented header and each row exactly, CRLF line ends, formulas neutralised', () => {
    expect(toCsv(rows)).toBe(expected);
  });
  it('writes only the header for no rows', () => {
    expect(toCsv([])).toBe(`\uFEFF${COLUMNS.map((c) => c.key).join(',')}\r\n`);
  });
});

describe('rowOf', () => {
  it('marks a percent computed from done and total as computed', () => {
    const row = rowOf(record({ kind: 'progress', id: 'p', quote: '255户已完成199户', done: 199, total: 255 }), href);
    expect(row).toMatchObject({ done: '199', total: '255', percent: '78', percent_source: 'computed', permalink: '/xszg/sections/17/#m2' });
  });
  it('keeps a stated percent as stated', () => {
    const row = rowOf(
      record({ kind: 'progress', id: 'p', quote: '47户排水户累计整改完成34户,完成率达72.3%', done: 34, total: 47, percent: 72.3 }),
      href,
    );
    expect(row).toMatchObject({ percent: '72.3', percent_source: 'stated' });
  });
  it('leaves percent empty for a figure with none', () => {
    const row = rowOf(record({ kind: 'count', id: 'c', unit: '件', quote: '共立案查处环境违法行为166件', value: 166 }), href);
    expect(row).toMatchObject({ value: '166', percent: '', percent_source: '' });
  });
});

describe('toJson', () => {
  it('carries each metric as typed, with its section and permalink', () => {
    const json = JSON.parse(
      toJson(
        [{ slug: '2022-12-20-jiangyan', title: 't', issuer: 'i', date: '2022-12-20', kind: '巡视' }],
        [record({ kind: 'count', id: 'c', unit: '件', quote: '166件', value: 166 })],
        href,
      ),
    );
    expect(json.metrics[0]).toMatchObject({
      report: '2022-12-20-jiangyan',
      section: 17,
      permalink: '/xszg/sections/17/#m2',
      metric: { kind: 'count', id: 'c', value: 166 },
    });
    expect(metricSchema.parse(json.metrics[0].metric)).toEqual(json.metrics[0].metric);
  });
});
