/**
 * Every content collection and its schema. Field meanings are documented on
 * the schemas in src/schemas/, which the content check also uses. Every
 * report is a folder content/reports/<slug>/ (src/lib/content/layout.ts);
 * the loaders are in src/data/loaders.ts.
 *
 * defineCollection comes from astro/content/config, the module astro:content
 * re-exports it from: importing astro:content here would bring Astro's whole
 * page runtime through Vite's module runner at every content sync, for this
 * one function (with the loaders of src/data/loaders.ts: 114 modules were
 * transformed at each sync, now 10).
 */
import { defineCollection } from 'astro/content/config';
import { reportSchema } from './schemas/report.ts';
import { sectionSchema } from './schemas/section.ts';
import { reportsLoader, sectionsLoader } from './data/loaders.ts';

/** One entry per report: content/reports/<slug>/report.yaml, its id the slug. */
const reports = defineCollection({
  loader: reportsLoader(),
  schema: reportSchema,
});

/** One MDX entry per problem: content/reports/<slug>/sections/NN-标题.mdx, its id <slug>/NN-标题, its body rendered once at sync. */
const sections = defineCollection({
  loader: sectionsLoader(),
  schema: sectionSchema,
});

export const collections = { reports, sections };
