import { describe, expect, it } from 'vitest';
import { parseReport } from '../../src/lib/import/parse.ts';
import { readStatedCount } from '../../src/lib/import/counts.ts';
import { escapeHeading } from '../../src/lib/import/mdx.ts';
import { bodyBlocks } from '../../src/lib/content/body-text.ts';

// Which level holds the problems, decided from the whole outline and the report's own signals.
const PREAMBLE = '县委第一巡察组于2023年3月1日至4月30日对某局开展了巡察。现将整改情况予以公布。';
const END = ['中共某局党组', '2023年8月1日'];
const parse = (...body: string[]) => parseReport([PREAMBLE, ...body, ...END].join('\n'));
const problems = (r: ReturnType<typeof parseReport>) =>
  r.ok ? r.parsed.sections.map((s) => `${s.data.marker ?? `${s.data.number}. `}${s.data.title}`) : null;
const categories = (r: ReturnType<typeof parseReport>) => {
  const p = r.ok ? r.parsed.report.body.find((x) => x.type === 'problems') : undefined;
  return p?.type === 'problems' ? p.categories.map((c) => `${c.heading}@${c.firstProblem}`) : null;
};

describe('the level of the problems', () => {
  it('takes problems under category headings in the rectification part, after an organisation part with a slogan heading', () => {
    const r = parse(
      '一、坚持把抓好整改作为重大政治任务',
      '（一）提高政治站位',
      '局党组召开会议。',
      '（二）加强组织领导',
      '成立领导小组。',
      '二、聚焦反馈问题，逐项推进整改落实',
      '（一）关于贯彻落实重大决策部署方面',
      '1.关于服务大局不够有力的问题',
      '一是制定方案。',
      '2.关于创新投入不足的问题',
      '一是设立基金。',
      '（二）关于全面从严治党方面',
      '3.关于“四风”问题禁而未绝的问题',
      '一是开展整治。',
      '三、持续深化整改',
      '一是巩固成果。',
    );
    expect(problems(r)).toEqual(['1.服务大局不够有力', '2.创新投入不足', '3.“四风”问题禁而未绝']);
    expect(categories(r)).toEqual(['（一）关于贯彻落实重大决策部署方面@1', '（二）关于全面从严治党方面@3']);
    expect(r.ok && r.parsed.report.body.map((p) => p.type)).toEqual(['preamble', 'organisation', 'problems', 'nextSteps', 'signature']);
  });

  it('never takes the points of the first of several parts as problems, even when they read 关于…', () => {
    const r = parse(
      '一、整改工作组织情况',
      '（一）关于加强组织领导的情况',
      '局党组成立领导小组。',
      '（二）关于压实整改责任的情况',
      '逐项明确责任人。',
      '二、整改落实情况',
      '（一）关于“甲工作不到位”问题的整改',
      '1.建立甲制度。',
      '（二）关于“乙工作不规范”问题的整改',
      '1.开展乙检查。',
    );
    expect(problems(r)).toEqual(['（一）甲工作不到位', '（二）乙工作不规范']);
  });

  it('reads an unheaded organisation text with 一是…二是… points before the problems as organisation, not as their parts', () => {
    const r = parse(
      '局党组高度重视巡察整改工作。',
      '一是提高政治站位。',
      '二是压实整改责任。',
      '1.关于“甲工作不到位”问题的整改。',
      '(1)建立甲制度。',
      '2.关于“乙工作不规范”问题的整改。',
      '(1)开展乙检查。',
    );
    expect(problems(r)).toEqual(['1.甲工作不到位', '2.乙工作不规范']);
    expect(r.ok && r.parsed.report.body.map((p) => p.type)).toEqual(['preamble', 'organisation', 'problems', 'signature']);
    expect(r.ok && r.parsed.report.body[1]).toMatchObject({
      type: 'organisation',
      intro: ['局党组高度重视巡察整改工作。'],
      points: ['一是提高政治站位。', '二是压实整改责任。'],
    });
  });

  it('keeps category headings that name no 方面 as categories when each holds problems', () => {
    const r = parse(
      '一、政治建设',
      '1.关于“理论学习不深入”问题的整改',
      '（1）制定学习计划。',
      '2.关于“意识形态工作不到位”问题的整改',
      '（1）召开专题会议。',
      '二、全面从严治党',
      '3.关于“违规报销”问题的整改',
      '（1）清退费用。',
    );
    expect(problems(r)).toHaveLength(3);
    expect(categories(r)).toEqual(['一、政治建设@1', '二、全面从严治党@3']);
  });

  it('tells problem headings from measures numbered the same way (1. under 1.关于…)', () => {
    const r = parse(
      '一、整改工作组织情况',
      '局党组成立领导小组。',
      '二、整改落实情况',
      '1.关于“甲工作不到位”问题的整改',
      '1.建立甲制度。',
      '2.开展甲检查。',
      '2.关于“乙工作不规范”问题的整改',
      '1.开展乙检查。',
      '3.关于“丙事项”问题的整改',
      '1.丙。',
      '三、下一步工作打算',
      '持续抓好整改。',
    );
    expect(problems(r)).toEqual(['1.甲工作不到位', '2.乙工作不规范', '3.丙事项']);
    expect(r.ok && r.parsed.sections.map((s) => s.measures)).toEqual([2, 1, 1]);
  });

  it('lets the count the report states decide between two levels that both read like problems', () => {
    const body = [
      '二、整改落实情况',
      '（一）关于党的领导弱化的问题',
      '1.关于“理论学习不深入”问题的整改',
      '（1）甲。',
      '2.关于“决策不规范”问题的整改',
      '（1）乙。',
      '（二）关于从严治党不力的问题',
      '3.关于“违规报销”问题的整改',
      '（1）丙。',
    ];
    const counted = parseReport(
      [PREAMBLE.replace('现将', '指出2个方面3个问题。现将'), '一、整改工作组织情况', '成立领导小组。', ...body, ...END].join('\n'),
    );
    expect(problems(counted)).toEqual(['1.理论学习不深入', '2.决策不规范', '3.违规报销']);
    expect(categories(counted)).toEqual(['（一）关于党的领导弱化的问题@1', '（二）关于从严治党不力的问题@3']);
    // Without the count, the outer level with two problem headings is taken.
    expect(problems(parse('一、整改工作组织情况', '成立领导小组。', ...body))).toHaveLength(2);
  });

  it('takes the areas of work of a rectification part that says so, their numbered headings as sub-headings', () => {
    const r = parseReport(
      [
        '根据省委统一部署，省委第二巡视组于2023年3月1日至4月30日对某市开展了巡视。现将巡视整改进展情况予以公布。',
        '一、扛牢政治责任，高位推动整改',
        '市委成立整改工作领导小组。',
        '二、坚持问题导向，推动整改落实',
        '（一）聚焦重大部署抓整改',
        '1.强化产业支撑',
        '市委出台产业发展意见。',
        '2.优化营商环境',
        '开展专项整治。',
        '（二）聚焦作风建设抓整改',
        '开展作风建设专项行动。',
        '三、下一步工作打算',
        '市委将持续抓好整改。',
        '中共某市委员会',
        '2023年9月1日',
      ].join('\n'),
    );
    expect(problems(r)).toEqual(['（一）聚焦重大部署抓整改', '（二）聚焦作风建设抓整改']);
    expect(r.ok && r.parsed.sections.map((s) => s.subProblems)).toEqual([['1.强化产业支撑', '2.优化营商环境'], []]);
    expect(r.ok && r.notes.map((n) => n.key)).toContain('areasAsProblems');
  });

  it.each([
    [
      'an opening cut off inside its first part, whose points are headings',
      [PREAMBLE, '一、坚持把抓好整改作为重大政治任务', '（一）提高政治站位', '局党组召开会议。', '（二）加强组织领导', '成立领导小组。'],
    ],
    [
      'an opening cut off right after the rectification part heading',
      [PREAMBLE, '一、整改工作组织情况', '局党组成立领导小组。', '二、整改落实情况', '局党组逐项推进整改。'],
    ],
    [
      'a news item about a rectification meeting, in parts with points',
      [
        '我县召开巡察整改工作推进会',
        '5月10日，县委召开巡察整改工作推进会。',
        '一、提高思想认识',
        '（一）统一思想',
        '会议要求统一思想。',
        '二、压实工作责任',
        '（一）落实责任分工',
        '会议要求明确分工。',
      ],
    ],
    [
      'a round summary of many units',
      [
        '县委巡察组对25家单位开展巡察，反馈问题412个。',
        '一、强化组织领导',
        '（一）关于“甲”问题的整改',
        '各单位成立领导小组。',
        '（二）关于“乙”问题的整改',
        '各单位建立台账。',
      ],
    ],
  ])('refuses %s', (_what, text) => {
    expect(parseReport(text.join('\n')).ok).toBe(false);
  });
});

describe('sub-problems are statements, measures are actions', () => {
  it('takes short lines stating a shortcoming as sub-problems, each over its own measures', () => {
    const r = parse(
      '1.关于“基础管理薄弱”问题的整改',
      '一是台账管理不规范',
      '一是统一台账格式，建立台账目录。',
      '二是建立台账抽查制度。',
      '二是档案归档不及时',
      '一是集中补归档案材料。',
      '2.关于“执法监管有短板”问题的整改',
      '一是修订执法检查清单',
      '二是开展执法检查20次。',
    );
    expect(r.ok && r.parsed.sections.map((s) => [s.subProblems, s.measures])).toEqual([
      [['一是台账管理不规范', '二是档案归档不及时'], 3],
      [[], 2],
    ]);
  });
  it('does not take an action that names a shortcoming, or a line with 。, as a sub-problem', () => {
    const r = parse('1.关于“甲”问题的整改', '一是着力解决推进不够有力问题', '组织专班推进。', '二是台账管理不规范。', '建立台账。');
    expect(r.ok && r.parsed.sections[0]?.subProblems).toEqual([]);
  });
});

describe('the count a report states', () => {
  it('reads it as printed, from its first number to 问题', () => {
    expect(readStatedCount(['巡察组指出3个方面12个具体问题。'])).toEqual({ printed: '3个方面12个具体问题', aspects: 3, problems: 12 });
    expect(readStatedCount(['共梳理出5个方面14大项问题，'])).toEqual({ printed: '5个方面14大项问题', aspects: 5, problems: 14 });
    expect(readStatedCount(['县委巡察组反馈了3项9个问题。'])).toEqual({ printed: '3项9个问题', items: 3, problems: 9 });
    expect(readStatedCount(['反馈问题12个，已完成10个'])).toEqual({ printed: '问题12个', problems: 12 });
    expect(readStatedCount(['指出三个方面十二个问题'])).toEqual({ printed: '三个方面十二个问题', aspects: 3, problems: 12 });
  });
  it('reads no count from a sentence about other problems', () => {
    expect(readStatedCount(['对自身牵头负责的11个问题22项重点工作带头部署', '22个问题全部通过整改'])).toBeUndefined();
  });
});

describe('a sub-problem line in an entry body', () => {
  it.each(['一是台账管理不规范', '1.针对“甲”问题。', '#1 问题 #', '- 列表样的一行', 'import 台账不规范', '整改 *不到位* 问题 #'])(
    'reads %s back verbatim as a ### heading',
    (text) => {
      expect(bodyBlocks(`### ${escapeHeading(text)}\n\n正文。`)).toEqual([
        { text, line: 1, subProblem: true },
        { text: '正文。', line: 3 },
      ]);
    },
  );
});
