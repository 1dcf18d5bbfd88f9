import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';
import { splitFrontmatter } from '../../src/lib/content/check.ts';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';

// Importing the shipped source must give back the shipped entries' text;
// what editors add on top (theme choices, metrics) is left out of the comparison.
const SOURCE = 'content/source/2022-12-20-jiangyan.txt';
const outcome = importReport(readFileSync(SOURCE, 'utf8'), '2022-12-20-jiangyan.txt');

function section(content: string) {
  const split = splitFrontmatter(content);
  if (!split) throw new Error('no frontmatter');
  const data = parseYaml(split.yaml) as { number: number; title: string; heading: string };
  return { number: data.number, title: data.title, heading: data.heading, paragraphs: bodyParagraphs(split.body) };
}

describe('round trip: import the shipped source, get the shipped entries', () => {
  if (!outcome.ok) throw new Error(`the shipped source must import: ${JSON.stringify(outcome.problems)} ${outcome.checkErrors}`);
  const generated = outcome.files.filter((f) => f.path.startsWith('sections/'));
  const shippedNames = readdirSync('content/sections').filter((f) => f.endsWith('.mdx')).sort();

  it('writes one section per shipped entry, under the same file names', () => {
    expect(generated.map((f) => f.path.replace('sections/', '')).sort()).toEqual(shippedNames);
  });

  for (const name of shippedNames) {
    it(`gives ${name} the same number, title, heading and body text`, () => {
      const mine = generated.find((f) => f.path === `sections/${name}`);
      expect(mine, `generated ${name}`).toBeDefined();
      expect(section(mine?.content ?? '')).toEqual(section(readFileSync(join('content/sections', name), 'utf8')));
    });
  }

  it("gives report.yaml the same text fields", () => {
    const mine = parseYaml(outcome.files.find((f) => f.path === 'report.yaml')?.content ?? '') as Record<string, unknown>;
    const shipped = parseYaml(readFileSync('content/report.yaml', 'utf8')) as Record<string, unknown>;
    const fields = ['source', 'title', 'issuer', 'date', 'problemCount', 'inspection', 'preamble', 'organisation', 'sectionsHeading', 'categories', 'nextSteps', 'contact'];
    const pick = (o: Record<string, unknown>) => Object.fromEntries(fields.map((k) => [k, o[k]]));
    expect(pick(mine)).toEqual(pick(shipped));
  });

  it('keeps the source text byte for byte (it has no portal lines)', () => {
    expect(outcome.files.find((f) => f.path === 'source/2022-12-20-jiangyan.txt')?.content).toBe(readFileSync(SOURCE, 'utf8'));
  });
});
