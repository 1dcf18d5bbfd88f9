import { describe, expect, it } from 'vitest';
import { reportSchema } from '../../src/schemas/report.ts';
import { printedLines, problemHeadingLine, rebuiltText, reportBlocks } from '../../src/lib/report/walk.ts';
import { problemGroups } from '../../src/lib/report/groups.ts';

// A 巡察 report with categories, no organisation part, an unheaded next-steps paragraph and no contact block.
const report = reportSchema.parse({
  title: '中共某县某局党组关于巡察整改进展情况的通报',
  kind: '巡察',
  textKind: '进展情况',
  issuer: '中共某县某局党组',
  date: '2023-10-09',
  problemCount: 3,
  body: [
    { type: 'title', lines: ['中共某县某局党组关于巡察整改进展情况的通报'] },
    { type: 'preamble', paragraphs: ['根据县委统一部署，县委第二巡察组对某局开展了巡察。'] },
    {
      type: 'problems',
      heading: '一、巡察反馈意见整改落实情况',
      categories: [
        { heading: '（一）在落实主体责任方面', firstProblem: 1, intro: ['共2个问题。'] },
        { heading: '（二）在作风建设方面', firstProblem: 3 },
      ],
    },
    { type: 'nextSteps', intro: ['下一步，将持续抓好整改。'] },
    { type: 'signature', issuer: '中共某县某局党组', date: '二〇二三年十月九日' },
  ],
});
const sections = [3, 1, 2].map((n) => ({
  number: n,
  heading: `关于“问题${n}”的整改`,
  marker: n === 3 ? '（三）' : undefined,
  paragraphs: [`措施${n}`],
  title: `问题${n}`,
}));

describe('the report walker', () => {
  it('prints every part in order with the sections under their categories', () => {
    expect(printedLines(report, sections).map((l) => l.text)).toEqual([
      '中共某县某局党组关于巡察整改进展情况的通报',
      '根据县委统一部署，县委第二巡察组对某局开展了巡察。',
      '一、巡察反馈意见整改落实情况',
      '（一）在落实主体责任方面',
      '共2个问题。',
      '1. 关于“问题1”的整改',
      '措施1',
      '2. 关于“问题2”的整改',
      '措施2',
      '（二）在作风建设方面',
      '（三）关于“问题3”的整改',
      '措施3',
      '下一步，将持续抓好整改。',
      '中共某县某局党组',
      '二〇二三年十月九日',
    ]);
  });
  it('gives every line the place it comes from', () => {
    const lines = printedLines(report, sections);
    expect(lines[4]?.place).toEqual({ in: 'report', path: ['body', 2, 'categories', 0, 'intro', 0] });
    expect(lines[10]?.place).toEqual({ in: 'section', number: 3, field: 'heading' });
    expect(lines[11]?.place).toEqual({ in: 'section', number: 3, field: 'body', paragraph: 0 });
    expect(lines[14]?.place).toEqual({ in: 'report', path: ['body', 4, 'date'] });
  });
  it('ends the rebuilt text with one line break', () => {
    expect(rebuiltText(report, sections).endsWith('二〇二三年十月九日\n')).toBe(true);
  });
  it('prints "N. " before a heading unless the report printed another marker', () => {
    expect(problemHeadingLine({ number: 7, heading: '关于x' })).toBe('7. 关于x');
    expect(problemHeadingLine({ number: 7, marker: '(七)', heading: '关于x' })).toBe('(七)关于x');
  });
  it('places each category before the first problem it groups, once', () => {
    expect(reportBlocks(report, sections).filter((b) => b.kind === 'category')).toHaveLength(2);
  });
  it('lists problems without printed categories in printed order, whatever their themes', () => {
    const themed = [
      { number: 1, title: '甲', theme: '政治建设' },
      { number: 2, title: '乙', theme: '安全生产' },
      { number: 3, title: '丙', theme: '经济发展' },
      { number: 4, title: '丁', theme: '乡村振兴' },
    ];
    // The report's own theme list, in the keyword list's order: grouping by it would list 3, 4, 2, 1.
    const plain = {
      body: [{ type: 'problems' as const, intro: [], categories: [] }],
      themes: [{ name: '经济发展' }, { name: '乡村振兴' }, { name: '安全生产' }, { name: '政治建设' }],
    };
    const groups = problemGroups(plain, themed);
    expect(groups.by).toBe('none');
    expect(groups.groups.map((g) => [g.heading, g.items.map((i) => i.number)])).toEqual([[undefined, [1, 2, 3, 4]]]);
  });
  it('lists the problems under the printed categories on the report page', () => {
    const groups = problemGroups(report, sections);
    expect(groups.by).toBe('category');
    expect(groups.groups.map((g) => [g.heading, g.items.map((i) => i.number)])).toEqual([
      ['（一）在落实主体责任方面', [1, 2]],
      ['（二）在作风建设方面', [3]],
    ]);
  });
});

describe('the report schema', () => {
  const base = { title: 't', kind: '巡察', textKind: '通报', issuer: 'i', problemCount: 1, body: [{ type: 'problems' }] };
  it('accepts a report with only its problems part', () => {
    expect(reportSchema.safeParse(base).success).toBe(true);
  });
  it('refuses a kind that is neither 巡视 nor 巡察, saying both', () => {
    const r = reportSchema.safeParse({ ...base, kind: '视察' });
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toContain('巡视 或 巡察');
    expect(r.error?.issues[0]?.message).toContain('视察');
  });
  it('refuses a report without a problems part, or with two', () => {
    expect(reportSchema.safeParse({ ...base, body: [{ type: 'preamble', paragraphs: ['x'] }] }).error?.issues[0]?.message).toContain(
      'found 0',
    );
    expect(reportSchema.safeParse({ ...base, body: [{ type: 'problems' }, { type: 'problems' }] }).error?.issues[0]?.message).toContain(
      'found 2',
    );
  });
  it('refuses a contact item that the printed block does not contain', () => {
    const r = reportSchema.safeParse({
      ...base,
      body: [{ type: 'problems' }, { type: 'contact', printed: '联系电话：12388。', phone: '12380' }],
    });
    expect(r.error?.issues[0]?.path).toEqual(['body', 1, 'phone']);
  });
  it('accepts a contact block with any subset of items', () => {
    expect(
      reportSchema.safeParse({ ...base, body: [{ type: 'problems' }, { type: 'contact', printed: '电子邮箱：a@b.cn。', email: 'a@b.cn' }] })
        .success,
    ).toBe(true);
  });
});
