/**
 * One report of the archive: content/reports/<slug>/report.yaml.
 *
 * The report's printed structure is data, written once: `body` is the list of
 * its parts in printed order, each typed by `type`. Every part is optional
 * except the problems (exactly one `problems` part; its problems are the
 * section entries in sections/). src/lib/report/walk.ts walks this structure
 * in printed order for fidelity, error locations, the importer's writer and
 * the report page; nothing else spells the parts out again.
 */
import { z } from 'astro/zod';
import { expected } from './messages.ts';
import { metricsSchema } from './metric.ts';
import { ARCHIVED_SOURCE, archivedSourceName } from '../lib/content/layout.ts';

const text = (zh: string, en: string) =>
  z
    .string(expected(`文字（${zh}）`, `text (${en})`))
    .trim()
    .min(1, expected(`非空文字（${zh}）`, `non-empty text (${en})`));

const paragraphs = (zh: string, en: string) => z.array(text(zh, en), expected(`段落列表（${zh}）`, `a list of paragraphs (${en})`));

// YAML reads an unquoted 2022-12-20 as a date; accept it and keep the ISO text.
export const isoDate = (zh: string, en: string) =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string(expected(`日期 YYYY-MM-DD（${zh}）`, `a date YYYY-MM-DD (${en})`))
      .regex(/^\d{4}-\d{2}-\d{2}$/, expected(`日期 YYYY-MM-DD（${zh}）`, `a date YYYY-MM-DD (${en})`))
      .refine((s) => !Number.isNaN(Date.parse(s)), expected(`真实存在的日期（${zh}）`, `a real calendar date (${en})`)),
  );

/** The two kinds of inspection: 巡视 by central and provincial teams, 巡察 by city and county teams. */
export const INSPECTION_KINDS = ['巡视', '巡察'] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Kinds of text: a public 通报 of the final state, an interim 进展情况, a 报告 addressed to the inspection office. */
export const TEXT_KINDS = ['通报', '进展情况', '报告'] as const;
export type TextKind = (typeof TEXT_KINDS)[number];

/** The feedback contact block as printed: any subset of the items, each of which must occur in `printed`. */
export const contactSchema = z
  .object({
    type: z.literal('contact'),
    /** The contact paragraph(s) exactly as printed, lines separated by a line break; every item below must occur in it. */
    printed: text('原文段落', 'the paragraph as printed'),
    /** Phone number as printed, e.g. 0523-88101627 or 12388. */
    phone: z
      .string(expected('电话号码', 'a phone number'))
      .regex(
        /^[0-9０-９][0-9０-９\-–—－()（） ]{3,20}[0-9０-９]$/,
        expected('电话号码，如 0523-88101627', 'a phone number like 0523-88101627'),
      )
      .optional(),
    /** Postal address (邮政信箱) as printed. */
    address: text('通信地址', 'postal address').optional(),
    /** What to write on the envelope, e.g. 巡视整改监督意见; also the email subject. */
    envelopeNote: text('信封注明', 'envelope note').optional(),
    /** Six-digit postcode, in quotes. */
    postcode: z
      .string(expected('6位邮编（加引号）', 'a six-digit postcode in quotes'))
      .regex(/^\d{6}$/, expected('6位数字邮编', 'a six-digit postcode'))
      .optional(),
    /** Email address as printed. */
    email: z.email(expected('电子邮箱地址', 'an email address')).optional(),
    /** A web address for reports (网络举报平台) as printed. */
    web: text('网络举报平台', 'web address').optional(),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const key of ['phone', 'address', 'envelopeNote', 'postcode', 'email', 'web'] as const) {
      const v = c[key];
      if (v !== undefined && !c.printed.includes(v)) {
        ctx.addIssue({ code: 'custom', path: [key], message: `原文段落中找不到“${v}” / expected to occur in printed, not found there` });
      }
    }
  });

/** The printed title line(s) before the preamble: once, twice, or with a date glued on. */
const titlePart = z
  .object({
    type: z.literal('title'),
    /** Each printed title line, verbatim. */
    lines: paragraphs('标题行', 'title line').min(1, expected('至少一行', 'at least one line')),
  })
  .strict();

/** The addressee line of a 报告, e.g. ××县委巡察工作办公室:. */
const addresseePart = z.object({ type: z.literal('addressee'), /** The line as printed. */ text: text('主送单位', 'addressee') }).strict();

/** The paragraphs before the first part. */
const preamblePart = z
  .object({
    type: z.literal('preamble'),
    /** Verbatim paragraphs. */ paragraphs: paragraphs('导语段落', 'preamble paragraph').min(
      1,
      expected('至少一段', 'at least one paragraph'),
    ),
  })
  .strict();

/** A part with an optional heading, intro paragraphs and numbered points (一是…, (一)…). */
const pointsPart = <T extends 'organisation' | 'nextSteps'>(type: T) =>
  z
    .object({
      type: z.literal(type),
      /** The part's heading as printed, e.g. 一、整改工作组织情况; omit when the text prints none. */
      heading: text('标题', 'heading').optional(),
      /** Paragraphs before the first point, verbatim. */
      intro: paragraphs('段落', 'paragraph').default([]),
      /** The points 一是…, 二是… or (一)(二)… each as one verbatim paragraph; empty when the part has none. */
      points: paragraphs('要点', 'point').default([]),
    })
    .strict();

/** A category heading that groups problems ((一)在落实主体责任方面), placed before the problem it opens. */
const categorySchema = z
  .object({
    /** The category heading exactly as printed. */
    heading: text('分类标题', 'category heading'),
    /** The number of the first problem printed under this heading. */
    firstProblem: z
      .number(expected('正整数', 'a whole number'))
      .int(expected('整数', 'a whole number'))
      .min(1, expected('不小于1', 'at least 1')),
    /** Paragraphs printed between the category heading and its first problem, verbatim. */
    intro: paragraphs('分类说明段落', 'category paragraph').default([]),
  })
  .strict();

/** The problems part: its heading and intro, the categories; the problems themselves are the section entries. */
const problemsPart = z
  .object({
    type: z.literal('problems'),
    /** The part's heading as printed, e.g. 二、整改落实情况; omit when the text prints none. */
    heading: text('标题', 'heading').optional(),
    /** A summary paragraph between the heading and the first problem, verbatim. */
    intro: paragraphs('段落', 'paragraph').default([]),
    /** Category headings grouping the problems, in printed order. */
    categories: z.array(categorySchema, expected('分类标题列表', 'a list of category headings')).default([]),
  })
  .strict();

/** Any other printed block: an unfamiliar part, or lines the importer could not place. */
const textPart = z
  .object({
    type: z.literal('text'),
    /** Its heading as printed, if any. */
    heading: text('标题', 'heading').optional(),
    /** Verbatim paragraphs. */
    paragraphs: paragraphs('段落', 'paragraph').default([]),
  })
  .strict();

/** A closing line such as 特此报告。. */
const closingPart = z.object({ type: z.literal('closing'), /** The line as printed. */ text: text('结束语', 'closing line') }).strict();

/** The signature: the issuer line and the date line as printed; either may be missing in a text cut off early. */
const signaturePart = z
  .object({
    type: z.literal('signature'),
    /** The issuer line as printed, e.g. 中共泰州市姜堰区委. */
    issuer: text('落款单位', 'issuer line').optional(),
    /** The date line as printed: 2022年12月20日, 2023-11-20, 二〇二三年十月九日. It must name the same day as `date`. */
    date: text('落款日期', 'date line').optional(),
  })
  .strict();

/** The kinds of printed part, each once: the message below lists their types from here. */
const PARTS = [
  titlePart,
  addresseePart,
  preamblePart,
  pointsPart('organisation'),
  problemsPart,
  pointsPart('nextSteps'),
  textPart,
  contactSchema,
  closingPart,
  signaturePart,
] as const;

/** Every part type, in the order above. */
export const PART_TYPES = PARTS.map((p) => p.shape.type.value);

/** One printed part of a report. */
export const partSchema = z.discriminatedUnion(
  'type',
  PARTS,
  expected(`以下部分类型之一：${PART_TYPES.join('、')}`, `a part type: ${PART_TYPES.join(', ')}`),
);

/** A figure an editor had added that a correction removed, because its quote is no longer in the text. */
const removedFigureSchema = z
  .object({
    /** The problem's number; 0 for the report's own figures. */
    section: z.number(expected('整数', 'a whole number')).int(expected('整数', 'a whole number')).min(0, expected('不小于0', 'at least 0')),
    /** The figure's id. */
    id: text('指标编号', 'figure id'),
    /** The figure's label. */
    label: text('指标名称', 'label'),
  })
  .strict();

/** One correction of the source: the text it replaced stays in the report folder as `replacedFile` and on the site. */
const correctionSchema = z
  .object({
    /** Day of the correction, YYYY-MM-DD. */
    date: isoDate('更正日期', 'date corrected'),
    /** What was corrected, in one sentence for readers. */
    note: text('更正说明', 'note').optional(),
    /** SHA-256 of the source.txt this correction replaced, 64 lowercase hex digits. */
    replacedSha256: z
      .string(expected('64位十六进制 SHA-256', 'a SHA-256 of 64 hex digits'))
      .regex(/^[0-9a-f]{64}$/, expected('64位小写十六进制 SHA-256', 'a SHA-256 of 64 lowercase hex digits')),
    /** The replaced text's file in the report folder: source-<first 12 hex digits of replacedSha256>.txt. */
    replacedFile: z
      .string(expected('文件名 source-….txt', 'a file name source-….txt'))
      .regex(ARCHIVED_SOURCE, expected('文件名 source-<12位十六进制>.txt', 'a file name source-<12 hex digits>.txt')),
    /** Figures the correction removed because their quote no longer stands in the text. */
    removedFigures: z.array(removedFigureSchema, expected('被删除的指标列表', 'a list of removed figures')).default([]),
  })
  .strict()
  .superRefine((c, ctx) => {
    const name = archivedSourceName(c.replacedSha256);
    if (c.replacedFile !== name)
      ctx.addIssue({
        code: 'custom',
        path: ['replacedFile'],
        message: `应为 ${name}（由 replacedSha256 的前12位得出），实为 ${c.replacedFile} / expected ${name} (from replacedSha256), found ${c.replacedFile}`,
      });
  });

/** A theme of the report's own grouping of its problems. */
const themeSchema = z
  .object({
    /** The theme's name as shown, e.g. 安全生产. */
    name: text('主题名称', 'theme name'),
    /** What belongs in it, for editors. */
    note: text('说明', 'note').optional(),
  })
  .strict();

/**
 * The 政府信息公开 metadata printed around the report on the portal page it
 * was published on, as that page prints it. The importer fills it from a
 * saved page; the report's home page shows it in a box, as portals do.
 */
export const disclosureSchema = z
  .object({
    /** 索引号 as printed, e.g. 11321204MB1234567X/2023-00045. */
    indexNo: text('索引号', 'index number').optional(),
    /** 发布机构: who published the page, as printed. */
    publisher: text('发布机构', 'publishing body').optional(),
    /** 发文日期, YYYY-MM-DD. */
    issued: isoDate('发文日期', 'date of issue').optional(),
    /** 成文日期: the day the document was signed off, YYYY-MM-DD. */
    written: isoDate('成文日期', 'date written').optional(),
    /** 发布日期 (发布时间): the day the page was published, YYYY-MM-DD; often days after the report's own `date`. */
    published: isoDate('网页发布日期', 'date the page was published').optional(),
    /** 文号 as printed, e.g. 青农党〔2023〕12号. */
    docNo: text('文号', 'document number').optional(),
    /** 分类 (主题分类) as printed. */
    category: text('分类', 'category').optional(),
    /** 有效性 as printed, e.g. 有效. */
    validity: text('有效性', 'validity').optional(),
    /** 原文链接: the page's own address on the portal (http or https). */
    url: z.url({ protocol: /^https?$/, ...expected('网址（http:// 或 https:// 开头）', 'a web address (http:// or https://)') }).optional(),
  })
  .strict();
export type Disclosure = z.infer<typeof disclosureSchema>;

/** The report as a whole. */
export const reportSchema = z
  .object({
    /** Title of the report as shown on the site. Written by the editor unless the source prints it (a `title` part). */
    title: text('通报标题', 'title'),
    /** 巡视 or 巡察: every word the site adds about the inspection follows it. */
    kind: z.enum(INSPECTION_KINDS, expected('巡视 或 巡察', '巡视 or 巡察')),
    /** 通报 (public report of the rectification), 进展情况 (interim progress report) or 报告 (addressed to the inspection office). */
    textKind: z.enum(TEXT_KINDS, expected(`以下之一：${TEXT_KINDS.join('、')}`, `one of: ${TEXT_KINDS.join(', ')}`)),
    /** Who issued the report, as shown, e.g. 中共泰州市姜堰区委. */
    issuer: text('发布单位', 'issuer'),
    /** Date of the report, YYYY-MM-DD; omit when the text prints none. */
    date: isoDate('落款日期', 'date signed').optional(),
    /** How many problem sections the report has; sections are numbered 1 to this without gaps. */
    problemCount: z
      .number(expected('正整数', 'a whole number'))
      .int(expected('整数', 'a whole number'))
      .min(1, expected('不小于1', 'at least 1')),
    /** The count of problems as the report itself prints it, e.g. 3个方面12个具体问题 or 3项9个问题; shown instead of the number of problem pages. It must occur in the report's own paragraphs. */
    problemsStated: text('原文所载问题数', 'the count of problems as printed').optional(),
    /** The inspection this report answers, as far as the text says. */
    inspection: z
      .object({
        /** The inspection team, e.g. 省委第九巡视组. */
        team: text('巡视巡察组', 'inspection team').optional(),
        /** First day of the inspection, YYYY-MM-DD. */
        start: isoDate('开始日期', 'inspection start').optional(),
        /** Last day of the inspection, YYYY-MM-DD. */
        end: isoDate('结束日期', 'inspection end').optional(),
        /** Day the team gave its feedback, YYYY-MM-DD. */
        feedback: isoDate('反馈日期', 'feedback date').optional(),
      })
      .strict()
      .default({}),
    /** The portal page's 政府信息公开 metadata (索引号, 发布机构, dates, 文号, 分类, 有效性, 原文链接); omit when the report did not come from such a page. */
    disclosure: disclosureSchema.optional(),
    /** The slug of the report this one follows up (the same inspection: an interim report first, the final one later). */
    follows: z.string(expected('另一份通报的文件夹名', 'the folder name of another report')).optional(),
    /** The report's own grouping of its problems; sections pick one by name. Omit for none. */
    themes: z.array(themeSchema, expected('主题列表', 'a list of themes')).default([]),
    /** Figures the report states about itself (N个问题, 已完成M个, 完成率P%), each with its exact quote from the report's own paragraphs. */
    figures: metricsSchema.default([]),
    /** The report withdrawn: its addresses keep answering with a page that says so. */
    withdrawn: z
      .object({
        /** Day it was withdrawn, YYYY-MM-DD. */
        date: isoDate('撤回日期', 'date withdrawn'),
        /** Why, in one sentence for readers. */
        reason: text('撤回说明', 'reason').optional(),
        /** The folder name (slug) of the report that replaces it; its notice links there. */
        replacedBy: z.string(expected('另一份通报的文件夹名', 'the folder name of another report')).optional(),
      })
      .strict()
      .optional(),
    /** Corrections of the source, oldest first; `npm run import -- FILE --slug S --update` adds one. Shown to readers as the report's 更正记录. */
    corrections: z.array(correctionSchema, expected('更正记录列表', 'a list of corrections')).default([]),
    /** The printed parts, in printed order. */
    body: z.array(partSchema, expected('部分列表', 'a list of parts')).min(1, expected('至少一个部分', 'at least one part')),
  })
  .strict()
  .superRefine((r, ctx) => {
    const { start, end, feedback } = r.inspection;
    // Compare dates only when each is real; an invalid one already has its own message.
    const real = (d: string | undefined): d is string => d !== undefined && !Number.isNaN(Date.parse(d));
    if (real(start) && real(end) && start > end)
      ctx.addIssue({
        code: 'custom',
        path: ['inspection', 'end'],
        message: `结束日期应不早于开始日期 ${start}，实为 ${end} / expected on or after ${start}, found ${end}`,
      });
    if (real(feedback) && real(end) && feedback < end)
      ctx.addIssue({
        code: 'custom',
        path: ['inspection', 'feedback'],
        message: `反馈日期应不早于结束日期 ${end}，实为 ${feedback} / expected on or after ${end}, found ${feedback}`,
      });
    const problems = r.body.map((p, i) => [p, i] as const).filter(([p]) => p.type === 'problems');
    if (problems.length !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `应有且只有一个 type: problems 部分，实有 ${problems.length} 个 / expected exactly one part of type problems, found ${problems.length}`,
      });
    for (const [p, i] of problems) {
      if (p.type !== 'problems') continue;
      p.categories.forEach((c, j, all) => {
        if (c.firstProblem > r.problemCount)
          ctx.addIssue({
            code: 'custom',
            path: ['body', i, 'categories', j, 'firstProblem'],
            message: `应为 1–${r.problemCount} 之间的问题编号，实为 ${c.firstProblem} / expected a problem number from 1 to ${r.problemCount}, found ${c.firstProblem}`,
          });
        const prev = all[j - 1];
        if (prev && c.firstProblem < prev.firstProblem)
          ctx.addIssue({
            code: 'custom',
            path: ['body', i, 'categories', j, 'firstProblem'],
            message: `应不小于上一分类的 ${prev.firstProblem}，实为 ${c.firstProblem} / expected at least ${prev.firstProblem} (the previous category), found ${c.firstProblem}`,
          });
      });
    }
    const names = new Set<string>();
    r.themes.forEach((t, i) => {
      if (names.has(t.name))
        ctx.addIssue({
          code: 'custom',
          path: ['themes', i, 'name'],
          message: `主题“${t.name}”重复 / expected each theme once, found "${t.name}" twice`,
        });
      names.add(t.name);
    });
    r.corrections.forEach((c, i) => {
      const before = i > 0 ? r.corrections[i - 1]?.date : r.date;
      if (before !== undefined && c.date < before)
        ctx.addIssue({
          code: 'custom',
          path: ['corrections', i, 'date'],
          message: `应不早于${i > 0 ? '上一次更正' : '落款日期'} ${before}，实为 ${c.date} / expected on or after ${before}, found ${c.date}`,
        });
    });
    const contacts = r.body.filter((p) => p.type === 'contact').length;
    if (contacts > 1)
      ctx.addIssue({
        code: 'custom',
        path: ['body'],
        message: `联系方式部分至多一个，实有 ${contacts} 个 / expected at most one contact part, found ${contacts}`,
      });
  });

export type ReportData = z.infer<typeof reportSchema>;
export type ReportPart = z.infer<typeof partSchema>;
export type PartType = ReportPart['type'];
export type ContactData = z.infer<typeof contactSchema>;
export type ProblemsPart = Extract<ReportPart, { type: 'problems' }>;
export type Category = ProblemsPart['categories'][number];
export type Correction = z.infer<typeof correctionSchema>;
