import { describe, expect, it } from 'vitest';
import { parseReport, titleFromHeading } from '../../src/lib/import/parse.ts';
import { readInspection } from '../../src/lib/import/head.ts';
import { readContact } from '../../src/lib/import/end.ts';
import { suggestTheme } from '../../src/lib/import/themes.ts';
import { escapeMdx } from '../../src/lib/import/mdx.ts';
import { readFigures } from '../../src/lib/import/figures.ts';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';

describe('importer edge cases', () => {
  it('keeps a heading with two quoted phrases whole instead of cutting between them', () => {
    expect(titleFromHeading('关于“招商引资”和“项目建设”问题的整改。')).toBe('“招商引资”和“项目建设”');
    expect(titleFromHeading('关于“基层“微腐败”问题多发”问题的整改')).toBe('基层“微腐败”问题多发');
  });
  it('names a stated problem by its first clause', () => {
    expect(titleFromHeading('落实食品安全监管责任有差距，部分抽检任务未按期完成。')).toBe('落实食品安全监管责任有差距');
  });

  it('puts an end date printed without a year into the next year when it falls before the start', () => {
    const { inspection } = readInspection(
      '省委第三巡视组于2022年11月8日至1月10日对某县开展了巡视。2月20日,省委第三巡视组向某县委反馈了巡视意见。',
      '2023',
    );
    expect(inspection).toEqual({ team: '省委第三巡视组', start: '2022-11-08', end: '2023-01-10', feedback: '2023-02-20' });
  });
  it('reads ranges with an em dash or a hyphen, and leaves out what is not printed', () => {
    expect(readInspection('2023年5月25日—7月28日，区委第二巡察组对某局进行了巡察', '2023')).toEqual({
      inspection: { team: '区委第二巡察组', start: '2023-05-25', end: '2023-07-28' },
      missing: ['feedback'],
    });
    expect(readInspection('县委于2023年7月6日-9月6日对某局开展了巡察', undefined).inspection).toEqual({
      start: '2023-07-06',
      end: '2023-09-06',
    });
    expect(readInspection('市委乡村振兴领域专项巡察组对某镇开展了巡察', undefined).inspection).toEqual({
      team: '市委乡村振兴领域专项巡察组',
    });
  });

  it('does not drop a preamble line that merely starts with a portal word such as 时间', () => {
    const text = [
      '时间紧任务重,省委第九巡视组于2022年4月16日至6月30日对某区开展了巡视。',
      '1. 关于“甲”问题的整改。',
      '(1)甲。',
      '中共某区委',
      '2022年12月20日',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok && r.parsed.report.body[0]).toEqual({ type: 'preamble', paragraphs: [expect.stringMatching(/^时间紧任务重/)] });
  });

  it('reads any subset of the contact items, and says which are missing', () => {
    expect(readContact('联系方式：0523-5550123。')).toEqual({
      contact: { type: 'contact', printed: '联系方式：0523-5550123。', phone: '0523-5550123' },
      missing: ['地址 address', '信封注明 envelope note', '邮编 postcode', '电子邮箱 email'],
    });
    expect(readContact('来信请寄：某街道办事处，信封请注明“巡察整改意见”，邮编：610000；监督电话：12388。').contact).toMatchObject({
      address: '某街道办事处',
      envelopeNote: '巡察整改意见',
      postcode: '610000',
      phone: '12388',
    });
  });

  it('suggests 政治建设 for political study, never 经济发展', () => {
    expect(suggestTheme('政治理论学习不深入').name).toBe('政治建设');
    expect(suggestTheme('招引项目部分优惠措施违规').name).toBe('全面从严治党');
    expect(suggestTheme('某事项推进慢').name).toBe('其他');
  });

  it.each([
    'a &amp; b &#64; c',
    '<b>x</b>',
    '{x}',
    '*a* _b_',
    '# h',
    '1. x',
    '1) x',
    '- x',
    '> q',
    '[a](b)',
    '~~s~~',
    'a|b',
    '***',
    '---',
    '`c`',
    '\\n',
    'import fs from "node:fs"',
    'export const x = 1',
  ])('escapes %s so it reads back as printed', (text) => {
    expect(bodyParagraphs(escapeMdx(text))).toEqual([text]);
  });

  it('reads summary counts as typed figures, each with its printed quote', () => {
    const figures = readFigures(['巡察指出3个方面8个问题，已完成整改6个，整改完成率75%。共问责处理12人，建章立制9项，追回资金35.6万元。']);
    expect(figures.map((f) => [f.kind, f.quote])).toEqual([
      ['count', '指出3个方面8个问题'],
      ['progress', '指出3个方面8个问题，已完成整改6个，整改完成率75%'],
      ['count', '问责处理12人'],
      ['count', '建章立制9项'],
      ['amount', '追回资金35.6万元'],
    ]);
    expect(figures[1]).toMatchObject({ done: 6, total: 8, percent: 75 });
    expect(figures.map((f) => f.label)).toEqual(['反馈问题', '问题整改完成', '问责处理', '建章立制', '追回资金']);
  });
  it('keeps a stated completion rate that does not match its numbers as a rate, not a progress that would fail the check', () => {
    const figures = readFigures(['反馈问题10个，已完成整改6个，整改完成率70%。']);
    expect(figures.map((f) => f.kind)).toEqual(['count', 'count', 'rate']);
  });

  it('never drops a sentence of the report as portal text before a title-like line further down', () => {
    const text = [
      '根据县委统一部署，县委第一巡察组于2023年3月1日至4月30日对某局开展了巡察。现将整改情况予以公布。',
      '关于县委巡察反馈问题整改落实情况',
      '1.关于“甲”问题的整改。',
      '(1)甲。',
      '中共某局党组',
      '2023年8月1日',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok && r.dropped).toEqual([]);
    expect(r.ok && r.parsed.report.body.slice(0, 2)).toEqual([
      { type: 'preamble', paragraphs: [expect.stringMatching(/^根据县委/)] },
      { type: 'organisation', intro: ['关于县委巡察反馈问题整改落实情况'], points: [] },
    ]);
  });

  it('leaves out inspection dates the text does not put in order, instead of failing the import', () => {
    const { inspection, missing } = readInspection(
      '县委第一巡察组于2023年6月1日至7月15日开展巡察，并督促2022年5月10日反馈问题整改。',
      '2023',
    );
    expect(inspection).toEqual({ team: '县委第一巡察组', start: '2023-06-01', end: '2023-07-15' });
    expect(missing).toEqual(['feedback']);
  });

  it('is not misled by one 关于 line of another marker in the organisation part', () => {
    const text = [
      '县委第一巡察组于2023年3月1日至4月30日对某局开展了巡察。现将整改情况予以公布。',
      '一、整改工作组织情况',
      '(一)关于整改工作的组织领导',
      '局党组成立领导小组。',
      '二、整改落实情况',
      '1.关于“甲”问题的整改。',
      '(1)甲。',
      '2.关于“乙”问题的整改。',
      '(1)乙。',
      '中共某局党组',
      '2023年8月1日',
    ].join('\n');
    const r = parseReport(text);
    expect(r.ok && r.parsed.sections.map((s) => s.data.title)).toEqual(['甲', '乙']);
  });
});
