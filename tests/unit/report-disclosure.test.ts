import { describe, expect, it } from 'vitest';
import { disclosureRows } from '../../src/lib/report/disclosure.ts';
import { reportSchema } from '../../src/schemas/report.ts';

describe('the 政府信息公开 box of a report’s home page', () => {
  it('lists only the fields the page printed, in the portals’ order, dates as Chinese dates with their ISO form, the address as a link', () => {
    expect(
      disclosureRows({ url: 'https://www.example.gov.cn/a.html', validity: '有效', published: '2023-09-01', indexNo: 'ABC/2023-00087' }),
    ).toEqual([
      { key: 'indexNo', label: '索引号', text: 'ABC/2023-00087' },
      { key: 'published', label: '网页发布日期', text: '2023年9月1日', datetime: '2023-09-01' },
      { key: 'validity', label: '有效性', text: '有效' },
      { key: 'url', label: '原文链接', text: 'https://www.example.gov.cn/a.html', href: 'https://www.example.gov.cn/a.html' },
    ]);
  });
  it('is a typed field of report.yaml: dates must be dates, the address http(s), no unknown key', () => {
    const base = { title: '标题', kind: '巡察', textKind: '通报', issuer: '中共某县委', problemCount: 1, body: [{ type: 'problems' }] };
    expect(
      reportSchema.safeParse({ ...base, disclosure: { indexNo: 'A-1', published: '2023-09-01', url: 'http://example.gov.cn/' } }).success,
    ).toBe(true);
    const bad = (disclosure: object) =>
      reportSchema.safeParse({ ...base, disclosure }).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`) ?? [];
    expect(bad({ published: '2023年9月1日' })).toContainEqual(expect.stringMatching(/^disclosure\.published: 应为日期 YYYY-MM-DD/));
    expect(bad({ url: 'javascript:alert(1)' })).toEqual([expect.stringMatching(/^disclosure\.url: 应为网址/)]);
    expect(bad({ indexNumber: 'A-1' })).toHaveLength(1);
  });
});
