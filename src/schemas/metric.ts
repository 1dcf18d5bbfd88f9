/**
 * A figure the report states, typed: the `metrics` list in a section's
 * frontmatter. Each metric carries `quote`, the exact words of the section it
 * comes from; src/lib/metrics/check.ts proves every number is in that quote
 * and that the arithmetic holds. Kinds follow what reports of this genre say:
 * progress (完成…项中的…项), amounts, counts, changes (同比…), rates
 * (占比、…率) and breakdowns (其中…、…).
 */
import { z } from 'astro/zod';
import { expected } from './messages.ts';

const text = (zh: string, en: string) =>
  z
    .string(expected(`文字(${zh})`, `text (${en})`))
    .trim()
    .min(1, expected(`非空文字(${zh})`, `non-empty text (${en})`));

const nonNegative = (zh: string, en: string) =>
  z.number(expected(`数字(${zh})`, `a number (${en})`)).nonnegative(expected(`不小于0的数字(${zh})`, `a number of at least 0 (${en})`));

/** A percentage as printed, 0 or more (a rate can exceed 100 only as a change, so rates stop at 100). */
const percent = (zh: string, en: string) =>
  nonNegative(zh, en).max(100, expected(`0–100 之间的百分数(${zh})`, `a percentage from 0 to 100 (${en})`));

/** Fields every metric has, whatever its kind. */
const common = {
  /** Short id, unique within the section, lowercase letters, digits and hyphens, e.g. petitions. Used in the data files and anchors. */
  id: z
    .string(expected('编号(小写字母、数字、连字符)', 'an id of lowercase letters, digits and hyphens'))
    .regex(
      /^[a-z][a-z0-9-]*$/,
      expected(
        '小写字母开头,仅含小写字母、数字、连字符的编号,如 petitions',
        'an id like petitions: lowercase letters, digits, hyphens, starting with a letter',
      ),
    ),
  /** What is counted, in plain words for the chart and the data files, e.g. 中央环保督察交办信访件. Written by the editor; it must not claim more than the quote. */
  label: text('指标名称', 'label'),
  /** The unit as printed, e.g. 件, 家, 亿元, 亩, 公里; % for rates and percent changes. */
  unit: text('单位', 'unit'),
  /** The point in time as the text states it, e.g. 截至10月底, 1-9月, 截至目前. Omit only when the text gives none. */
  asOf: text('时间口径', 'as-of point as stated').optional(),
  /** The exact words of the section the metric comes from: one contiguous stretch of one paragraph, every number of the metric inside it. */
  quote: text('原文引文', 'quote from the section text'),
  /** The text's hedge on the number, as printed: 近, 约, 余, 多, 以上, 左右. Shown with the value so it never reads as exact. */
  qualifier: text('限定词', 'qualifier as printed').optional(),
  /** Only when the printed text itself does not add up: say so here. The build then warns on every run instead of failing, and the text stays verbatim. */
  sourceInconsistency: text('原文不一致说明', 'note on an inconsistency in the printed text').optional(),
  /**
   * true on a figure the importer proposed from the text (npm run import), not yet reviewed by an editor. The content
   * check proves it like any other; check:content counts the proposals left. To accept it, delete this line; to reject
   * it, delete the figure. Never shown on the site or in the data files.
   */
  proposed: z.boolean(expected('true 或 false', 'true or false')).optional(),
};

/** Done of a stated total, e.g. 58件信访件,已有34件…整改完成率58.62%. Use only when the text states both numbers. */
const progressSchema = z
  .object({
    kind: z.literal('progress'),
    ...common,
    /** How many are done, as stated (for “全部完成”, the total). */
    done: nonNegative('已完成数', 'number done'),
    /** The stated total. */
    total: nonNegative('总数', 'total').positive(expected('大于0的总数', 'a total greater than 0')),
    /** The completion percentage exactly as printed (58.62 for 58.62%); omit when the text states none. */
    percent: percent('原文百分比', 'percentage as printed').optional(),
  })
  .strict();

/** A sum of money, an area or a length, e.g. 252.1亿元, 近2000亩. */
const amountSchema = z
  .object({
    kind: z.literal('amount'),
    ...common,
    /** The value as printed, in `unit`. */
    value: nonNegative('数值', 'value'),
  })
  .strict();

/** A number of things, e.g. 立案查处环境违法行为166件. */
const countSchema = z
  .object({
    kind: z.literal('count'),
    ...common,
    /** The number as printed. */
    value: nonNegative('数量', 'count'),
  })
  .strict();

/** A stated change against a stated basis, e.g. 同比增长12.82%, 较去年同期增长2.8个百分点. */
const changeSchema = z
  .object({
    kind: z.literal('change'),
    ...common,
    /** Up or down, as the text says (增长、提升、上升 → up; 下降、减少 → down). */
    direction: z.enum(['up', 'down'], expected('up(增长/提升)或 down(下降)', 'up or down')),
    /** The size of the change as printed, without sign. */
    value: nonNegative('变化幅度', 'size of the change'),
    /** percent (…%), points (…个百分点) or absolute (in `unit`, e.g. 比去年增加837亩). */
    measure: z.enum(
      ['percent', 'points', 'absolute'],
      expected('percent(百分比)、points(百分点)或 absolute(绝对数)', 'percent, points or absolute'),
    ),
    /** The basis as printed, e.g. 同比, 较去年同期, 较去年底; omit when the text names none. */
    basis: text('比较基准', 'basis of comparison').optional(),
  })
  .strict();

/** A stated rate or share that is not computed from stated numbers, e.g. 占比51.2%, 收集率已提升至47.8%. */
const rateSchema = z
  .object({
    kind: z.literal('rate'),
    ...common,
    /** The percentage as printed. */
    percent: percent('原文百分比', 'percentage as printed'),
    /** true only when the text says the percentage is how much of a task is done (完成总工程量的80%); it is then drawn as a bar and listed with the completion rates. */
    ofCompletion: z.boolean(expected('true 或 false', 'true or false')).optional(),
  })
  .strict();

/** A whole and the parts the text splits it into, e.g. 新增学位1540个,其中…1000个,…360个,…180个. */
const breakdownSchema = z
  .object({
    kind: z.literal('breakdown'),
    ...common,
    /** The whole as printed. */
    total: nonNegative('总数', 'total').positive(expected('大于0的总数', 'a total greater than 0')),
    /** The parts, in the text's order; they must add up to the total. */
    parts: z
      .array(
        z
          .object({
            /** The part's name in plain words, e.g. 已完工. */
            label: text('部分名称', 'part label'),
            /** The part's number as printed. */
            value: nonNegative('部分数值', 'part value'),
          })
          .strict(),
        expected('部分列表', 'a list of parts'),
      )
      .min(2, expected('至少两个部分', 'at least two parts')),
  })
  .strict();

export const METRIC_KINDS = ['progress', 'amount', 'count', 'change', 'rate', 'breakdown'] as const;

/** One typed figure of a section. */
export const metricSchema = z.discriminatedUnion(
  'kind',
  [progressSchema, amountSchema, countSchema, changeSchema, rateSchema, breakdownSchema],
  {
    error: (issue: { input?: unknown }) =>
      `应为指标对象，kind 为 ${METRIC_KINDS.join('、')} 之一，实为 ${JSON.stringify(issue.input)?.slice(0, 60)} / expected a metric whose kind is one of ${METRIC_KINDS.join(', ')}`,
  },
);

/** The `metrics` list of a section; ids must be unique within it. */
export const metricsSchema = z.array(metricSchema, expected('指标列表', 'a list of metrics')).superRefine((list, ctx) => {
  const seen = new Map<string, number>();
  list.forEach((m, i) => {
    const first = seen.get(m.id);
    if (first !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: [i, 'id'],
        message: `编号“${m.id}”与第 ${first + 1} 个指标重复，同一项问题内编号须唯一 / expected an id unique within the section, found "${m.id}" also used by metric ${first + 1}`,
      });
    } else seen.set(m.id, i);
  });
});

export type Metric = z.infer<typeof metricSchema>;
export type MetricKind = Metric['kind'];
export type ProgressMetric = Extract<Metric, { kind: 'progress' }>;
export type BreakdownMetric = Extract<Metric, { kind: 'breakdown' }>;

/** One percentage of the report that is deliberately not a metric, with the reason. */
const allowlistEntrySchema = z
  .object({
    /** The problem's number; 0 for the report's own paragraphs (preamble, organisation, next steps). */
    section: z
      .number(expected('问题编号', 'a section number'))
      .int(expected('整数', 'a whole number'))
      .min(0, expected('不小于0（0 为通报自身段落）', "at least 0 (0: the report's own paragraphs)")),
    /** Exact words of that section around the percentage(s), verbatim. */
    context: text('原文上下文', 'context from the section text'),
    /** The percentages as printed inside `context`, e.g. ['55.6%', '66.7%']. */
    percents: z
      .array(
        z
          .string(expected('百分数文字,如 55.6%', 'a percentage as printed, like 55.6%'))
          .regex(
            /^[0-9\uFF10-\uFF19]+(?:[.\uFF0E][0-9\uFF10-\uFF19]+)?\s*[%\uFF05]$/,
            expected('百分数文字,如 55.6%', 'a percentage as printed, like 55.6%'),
          ),
        expected('百分数列表', 'a list of percentages'),
      )
      .min(1, expected('至少一个百分数', 'at least one percentage')),
    /** Why it is not typed as a metric (a rule, a weight, an estimate, an unstated referent…). */
    reason: text('原因', 'reason'),
    /** true when the printed text itself is unclear or inconsistent here (e.g. 分别下降 with no stated referents): the build names it as a warning on every run. */
    sourceProblem: z.boolean(expected('true 或 false', 'true or false')).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    e.percents.forEach((p, i) => {
      if (!e.context.includes(p))
        ctx.addIssue({
          code: 'custom',
          path: ['percents', i],
          message: `“${p}”应出现在 context 中，未找到 / expected "${p}" inside context, not found`,
        });
    });
  });

/** content/reports/<slug>/metrics-allowlist.yaml: percentages that are not metrics, each with its reason. */
export const allowlistSchema = z
  .object({ /** The listed percentages. */ entries: z.array(allowlistEntrySchema, expected('条目列表', 'a list of entries')) })
  .strict();

export type AllowlistEntry = z.infer<typeof allowlistEntrySchema>;
export type Allowlist = z.infer<typeof allowlistSchema>;
