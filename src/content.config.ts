/**
 * Every content collection and its schema. Field meanings are documented on
 * the schemas in src/schemas/, which the content check also uses. Every
 * report is a folder content/reports/<slug>/ (src/lib/content/layout.ts).
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';
import { sectionsLoader } from './data/sections-loader.ts';

/** One entry per report: content/reports/<slug>/report.yaml, its id the slug. */
const reports = defineCollection({
  loader: glob({ base: './content/reports', pattern: '*/report.yaml', generateId: ({ entry }) => entry.split('/')[0] ?? entry }),
  schema: reportSchema,
});

/** One MDX entry per problem: content/reports/<slug>/sections/NN-标题.mdx, its id <slug>/NN-标题, its body rendered once at sync (src/data/sections-loader.ts). */
const sections = defineCollection({
  loader: sectionsLoader(),
  schema: sectionSchema,
});

export const collections = { reports, sections };
