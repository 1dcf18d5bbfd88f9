import { z } from 'astro/zod';
import { expected } from './messages.ts';

const text = (zh: string, en: string) =>
  z.string(expected(`文字(${zh})`, `text (${en})`)).trim().min(1, expected(`非空文字(${zh})`, `non-empty text (${en})`));

// YAML reads an unquoted 2022-12-20 as a date; accept it and keep the ISO text.
const isoDate = (zh: string, en: string) =>
  z.preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
    .string(expected(`日期 YYYY-MM-DD(${zh})`, `a date YYYY-MM-DD (${en})`))
    .regex(/^\d{4}-\d{2}-\d{2}$/, expected(`日期 YYYY-MM-DD(${zh})`, `a date YYYY-MM-DD (${en})`))
    .refine((s) => !Number.isNaN(Date.parse(s)), expected(`真实存在的日期(${zh})`, `a real calendar date (${en})`)),
  );

/** A numbered part of the report: 一、… with an intro and 一是…二是… points. */
const partSchema = z
  .object({
    /** The part's heading as printed, e.g. 一、整改工作组织情况. */
    heading: text('标题', 'heading'),
    /** Paragraphs before the first point, verbatim. */
    intro: z.array(text('段落', 'paragraph'), expected('段落列表', 'a list of paragraphs')),
    /** The points 一是…, 二是… each as one verbatim paragraph; empty when the part has no numbered points. */
    points: z.array(text('要点', 'point'), expected('要点列表', 'a list of points')),
  })
  .strict();

/** The feedback contact block, as printed at the end of the report. */
export const contactSchema = z
  .object({
    /** The whole feedback paragraph exactly as printed; every field below must occur in it. */
    printed: text('原文段落', 'the paragraph as printed'),
    /** Phone number as printed, e.g. 0523-88101627. */
    phone: z.string(expected('电话号码', 'a phone number')).regex(/^0\d{2,3}[-\u2013\u2014\uFF0D]?\d{7,8}$/, expected('区号-号码形式的电话,如 0523-88101627', 'a phone number like 0523-88101627')),
    /** Postal address as printed. */
    address: text('通信地址', 'postal address'),
    /** What to write on the envelope, e.g. 巡视整改监督意见. Also the email subject. */
    envelopeNote: text('信封注明', 'envelope note'),
    /** Six-digit postcode. */
    postcode: z.string(expected('6位邮编(加引号)', 'a six-digit postcode in quotes')).regex(/^\d{6}$/, expected('6位数字邮编', 'a six-digit postcode')),
    /** Email address as printed. */
    email: z.email(expected('电子邮箱地址', 'an email address')),
  })
  .strict()
  .superRefine((c, ctx) => {
    for (const key of ['phone', 'address', 'envelopeNote', 'postcode', 'email'] as const) {
      if (!c.printed.includes(c[key])) {
        ctx.addIssue({ code: 'custom', path: [key], message: `原文段落中找不到“${c[key]}” / expected to occur in contact.printed, not found there` });
      }
    }
  });

/** The report as a whole: content/report.yaml. */
export const reportSchema = z
  .object({
    /** The report's plain text as published, relative to content/ (e.g. source/2022-12-20-jiangyan.txt). Every fidelity check compares against it. */
    source: z.string(expected('content/ 下的原文文件路径', 'a path under content/ to the source text')).regex(/^[^/].*\.txt$/, expected('content/ 下的 .txt 文件路径', 'a .txt path relative to content/')),
    /** Title of the publication (the site's name). Written by the editor, unless the source prints it (see titleInSource). */
    title: text('通报标题', 'title'),
    /** true when the source text prints the title as its first line; the fidelity check then compares it too. */
    titleInSource: z.boolean(expected('true 或 false', 'true or false')).optional(),
    /** Who issued the report, as signed at the end, e.g. 中共泰州市姜堰区委. */
    issuer: text('发布单位', 'issuer'),
    /** Date of the report as signed, YYYY-MM-DD; printed as 2022年12月20日. */
    date: isoDate('落款日期', 'date signed'),
    /** How many problem sections the report has; sections must be numbered 1 to this without gaps. */
    problemCount: z.number(expected('正整数', 'a whole number')).int(expected('整数', 'a whole number')).min(1, expected('不小于1', 'at least 1')),
    /** The inspection this report answers. */
    inspection: z
      .object({
        /** The inspection team, e.g. 省委第九巡视组. */
        team: text('巡视组', 'inspection team'),
        /** First day of the inspection, YYYY-MM-DD. */
        start: isoDate('巡视开始日期', 'inspection start'),
        /** Last day of the inspection, YYYY-MM-DD. */
        end: isoDate('巡视结束日期', 'inspection end'),
        /** Day the team gave its feedback, YYYY-MM-DD. */
        feedback: isoDate('反馈日期', 'feedback date').optional(),
      })
      .strict(),
    /** The paragraphs before the first part, verbatim. */
    preamble: z.array(text('导语段落', 'preamble paragraph'), expected('段落列表', 'a list of paragraphs')).min(1, expected('至少一段', 'at least one paragraph')),
    /** Part one: how the rectification was organised. */
    organisation: partSchema,
    /** The heading of part two as printed, e.g. 二、整改落实情况. */
    sectionsHeading: text('第二部分标题', 'heading of the sections part'),
    /** Category headings that group the problems of part two, as printed (e.g. (一)关于…方面), each with the number of the first problem under it. Omit when the report has none. */
    categories: z
      .array(
        z
          .object({
            /** The category heading exactly as printed. */
            heading: text('分类标题', 'category heading'),
            /** The number of the first problem printed under this heading. */
            firstProblem: z.number(expected('正整数', 'a whole number')).int(expected('整数', 'a whole number')).min(1, expected('不小于1', 'at least 1')),
          })
          .strict(),
        expected('分类标题列表', 'a list of category headings'),
      )
      .optional(),
    /** Part three: next steps. */
    nextSteps: partSchema,
    /** The feedback contact block. */
    contact: contactSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    const { start, end, feedback } = r.inspection;
    // Compare dates only when each is real; an invalid one already has its own message.
    const real = (d: string | undefined) => d !== undefined && !Number.isNaN(Date.parse(d));
    if (real(start) && real(end) && start > end) ctx.addIssue({ code: 'custom', path: ['inspection', 'end'], message: `结束日期应不早于开始日期 ${start},实为 ${end} / expected on or after ${start}, found ${end}` });
    (r.categories ?? []).forEach((c, i, all) => {
      if (c.firstProblem > r.problemCount) ctx.addIssue({ code: 'custom', path: ['categories', i, 'firstProblem'], message: `应为 1–${r.problemCount} 之间的问题编号,实为 ${c.firstProblem} / expected a problem number from 1 to ${r.problemCount}, found ${c.firstProblem}` });
      const prev = all[i - 1];
      if (prev && c.firstProblem < prev.firstProblem) ctx.addIssue({ code: 'custom', path: ['categories', i, 'firstProblem'], message: `应不小于上一分类的 ${prev.firstProblem},实为 ${c.firstProblem} / expected at least ${prev.firstProblem} (the previous category), found ${c.firstProblem}` });
    });
    if (feedback && real(feedback) && real(end) && feedback < end) ctx.addIssue({ code: 'custom', path: ['inspection', 'feedback'], message: `反馈日期应不早于结束日期 ${end},实为 ${feedback} / expected on or after ${end}, found ${feedback}` });
  });

export type ReportData = z.infer<typeof reportSchema>;
export type ContactData = z.infer<typeof contactSchema>;
