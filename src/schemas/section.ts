import { z } from 'astro/zod';
import { THEMES } from './themes.ts';
import { expected } from './messages.ts';
import { metricsSchema } from './metric.ts';

/** Frontmatter of one problem section (content/sections/NN-….mdx). */
export const sectionSchema = z
  .object({
    /** The problem's number in the report, 1 to the report's `problemCount`. */
    number: z
      .number(expected('正整数', 'a whole number from 1'))
      .int(expected('整数', 'a whole number'))
      .min(1, expected('不小于1的整数', 'a whole number of at least 1')),
    /** The problem as quoted in the report, e.g. 产业转型升级步伐不快. Shown in lists and as the page title. */
    title: z.string(expected('文字(问题名称)', 'text (the problem as quoted)')).trim().min(1, expected('非空文字', 'non-empty text')),
    /** The section heading exactly as printed, without its number: 关于“…”问题的整改。 It must contain the title. */
    heading: z.string(expected('文字(原文标题)', 'text (the heading as printed)')).trim().min(1, expected('非空文字', 'non-empty text')),
    /** One theme from the fixed list in src/schemas/themes.ts; it groups the home page and filters search. */
    theme: z.enum(THEMES, expected(`以下之一:${THEMES.join('、')}`, `one of: ${THEMES.join(', ')}`)),
    /** The figures the section states (progress, amounts, counts, changes, rates, breakdowns), each with its exact quote; see src/schemas/metric.ts. Drawn above the measures and published in /data/metrics.csv. */
    metrics: metricsSchema.default([]),
  })
  .strict()
  .superRefine((data, ctx) => {
    if (!data.heading.includes(data.title)) {
      ctx.addIssue({
        code: 'custom',
        path: ['heading'],
        message: `标题应包含问题名称“${data.title}”,实为“${data.heading}” / heading expected to contain the title "${data.title}", found "${data.heading}"`,
      });
    }
  });

export type SectionData = z.infer<typeof sectionSchema>;
