/** Reading the shipped section entries without Astro: frontmatter validated by the real schema, body as text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sectionSchema, type SectionData } from '../../src/schemas/section.ts';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';

export interface ShippedSection {
  file: string;
  data: SectionData;
  paragraphs: string[];
}

/** The shipped report's folder. */
export const SHIPPED = 'content/reports/2022-12-20-jiangyan';

/** Every section entry of a report folder, in file order, parsed and validated. */
export function shippedSections(dir = `${SHIPPED}/sections`): ShippedSection[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => {
      const file = join(dir, f);
      const text = readFileSync(file, 'utf8');
      const end = text.indexOf('\n---\n', 4);
      if (!text.startsWith('---\n') || end === -1) throw new Error(`${file}: no frontmatter`);
      return { file, data: sectionSchema.parse(parse(text.slice(4, end))), paragraphs: bodyParagraphs(text.slice(end + 5)) };
    });
}
