import { z } from 'astro/zod';
import { expected } from './messages.ts';
import { metricsSchema } from './metric.ts';

/** Frontmatter of one problem section (content/reports/<slug>/sections/NN-….mdx). */
export const sectionSchema = z
  .object({
    /** The problem's number in the report, 1 to the report's `problemCount`. */
    number: z
      .number(expected('正整数', 'a whole number from 1'))
      .int(expected('整数', 'a whole number'))
      .min(1, expected('不小于1的整数', 'a whole number of at least 1')),
    /** The problem in a few words, e.g. 产业转型升级步伐不快. Shown in lists and as the page title. */
    title: z.string(expected('文字（问题名称）', 'text (the problem as quoted)')).trim().min(1, expected('非空文字', 'non-empty text')),
    /** The problem's heading exactly as printed, without its number marker: 关于“…”问题的整改。 It must contain the title. */
    heading: z.string(expected('文字（原文标题）', 'text (the heading as printed)')).trim().min(1, expected('非空文字', 'non-empty text')),
    /** The number marker exactly as printed before the heading when it is not "N.": e.g. (一), 一、, 1、. Omit for 1. 2. … */
    // Not trimmed: the marker is kept exactly as printed, with any space after it ("3. ").
    marker: z
      .string(expected('文字（原文编号）', 'text (the number marker as printed)'))
      .regex(/\S/, expected('非空文字', 'non-empty text'))
      .optional(),
    /** One theme of the report's own list (`themes` in report.yaml); omit when the report has none. */
    theme: z.string(expected('文字（主题名称）', 'text (a theme name)')).trim().min(1, expected('非空文字', 'non-empty text')).optional(),
    /** The problem's status exactly as printed in its heading or body (已整改完成, 正在推进, 长期坚持); omit when the text gives none. */
    status: z.string(expected('文字（原文所载状态）', 'text (the status as printed)')).trim().min(1).optional(),
    /** The figures the section states, each with its exact quote; see src/schemas/metric.ts. Shown beside the measure that holds the quote, and published in the data files. */
    metrics: metricsSchema.default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (!data.heading.includes(data.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['heading'],
        message: `标题应包含问题名称“${data.title}”，实为“${data.heading}” / heading expected to contain the title "${data.title}", found "${data.heading}"`,
      });
    }
  });

export type SectionData = z.infer<typeof sectionSchema>;
