/**
 * Every content collection. Each report is a folder content/reports/<slug>/
 * (src/lib/content/layout.ts), read and checked once by the content check's
 * reader; the loaders (src/data/loaders.ts) hand that reading to Astro's
 * store. The fields an editor writes are documented and validated by the
 * schemas in src/schemas/, in the reader; the types here describe what the
 * store holds (src/lib/content/entries.ts), which nothing validates again.
 *
 * defineCollection comes from astro/content/config, the module astro:content
 * re-exports it from: importing astro:content here would bring Astro's whole
 * page runtime through Vite's module runner at every content sync, for this
 * one function.
 */
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import type { ContentCheckData, ReportEntryData, SectionEntryData } from './lib/content/entries.ts';
import { contentLoaders } from './data/loaders.ts';

const loaders = contentLoaders();

/** One entry per report: content/reports/<slug>/report.yaml with its source text and allowlist, its id the slug. */
const reports = defineCollection({ loader: loaders.reports, schema: z.custom<ReportEntryData>() });

/** One entry per problem: content/reports/<slug>/sections/NN-标题.mdx, its id <slug>/NN-标题, its paragraphs and its body rendered once at sync. */
const sections = defineCollection({ loader: loaders.sections, schema: z.custom<SectionEntryData>() });

/** One entry: what the content check found in the reading the other collections hold. */
const contentCheck = defineCollection({ loader: loaders.contentCheck, schema: z.custom<ContentCheckData>() });

export const collections = { reports, sections, contentCheck };
