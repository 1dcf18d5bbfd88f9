/**
 * Every content collection and its schema. Field meanings are documented on
 * the schemas in src/schemas/, which scripts/check-content.ts also uses.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';

/** The report as a whole: one YAML file, content/report.yaml. */
const report = defineCollection({
  loader: glob({ base: './content', pattern: 'report.yaml' }),
  schema: reportSchema,
});

/** One MDX entry per problem section: content/sections/NN-标题.mdx. */
const sections = defineCollection({
  loader: glob({ base: './content/sections', pattern: '*.mdx' }),
  schema: sectionSchema,
});

export const collections = { report, sections };
