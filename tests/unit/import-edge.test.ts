import { describe, expect, it } from 'vitest';
import { readInspection, titleFromHeading, parseReport } from '../../src/lib/import/parse.ts';

describe('importer edge cases from review', () => {
  it('keeps a heading with two quoted phrases whole instead of cutting between them', () => {
    expect(titleFromHeading('关于“招商引资”和“项目建设”问题的整改。')).toBe('“招商引资”和“项目建设”');
    expect(titleFromHeading('关于“基层“微腐败”问题多发”问题的整改')).toBe('基层“微腐败”问题多发');
  });

  it('puts an end date printed without a year into the next year when it falls before the start', () => {
    const i = readInspection('省委第三巡视组于2022年11月8日至1月10日对某县开展了巡视。2月20日,省委第三巡视组向某县委反馈了巡视意见。', '2023');
    expect(i).toEqual({ team: '省委第三巡视组', start: '2022-11-08', end: '2023-01-10', feedback: '2023-02-20' });
  });

  it('does not drop a preamble line that merely starts with a portal word such as 时间', () => {
    const text = ['时间紧任务重,省委第九巡视组于2022年4月16日至6月30日对某区开展了巡视。8月10日,省委第九巡视组向某区委反馈了巡视意见。', '一、整改工作组织情况', '一是加强领导。', '二、整改落实情况', '1. 关于“甲”问题的整改。', '(1)甲。', '三、下一步整改工作打算', '一是持续整改。', '联系电话:0523-88101627;邮政信箱:某地1号(信封请注明:巡视整改监督意见),邮编:225500;电子邮箱:a@b.cn。', '中共某区委', '2022年12月20日'].join('\n');
    const r = parseReport(text);
    expect(r.ok && r.report.preamble[0]).toMatch(/^时间紧任务重/);
  });
});
