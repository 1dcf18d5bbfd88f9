import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';

// Importing the shipped source must give back the shipped entries byte for
// byte, except what editors wrote on top: section metrics, and in
// report.yaml the figures, the themes' notes and the title the text does not print.
const DIR = 'content/reports/2022-12-20-jiangyan';
const outcome = importReport(readFileSync(join(DIR, 'source.txt'), 'utf8'), 'source.txt', { slug: '2022-12-20-jiangyan' });

/** An entry without its metrics block (editor-written). */
function withoutMetrics(mdx: string): string {
  return mdx.replace(/^metrics:\n(?:(?: {2}|- ).*\n)*/m, '');
}

describe('round trip: import the shipped source, get the shipped entries', () => {
  if (!outcome.ok) throw new Error(`the shipped source must import: ${JSON.stringify(outcome.problems)} ${outcome.checkErrors}`);
  const generated = outcome.files.filter((f) => f.path.startsWith('sections/'));
  const shippedNames = readdirSync(join(DIR, 'sections'))
    .filter((f) => f.endsWith('.mdx'))
    .sort();

  it('writes one section per shipped entry, under the same file names', () => {
    expect(generated.map((f) => f.path.replace('sections/', '')).sort()).toEqual(shippedNames);
  });

  for (const name of shippedNames) {
    it(`writes ${name} byte for byte (metrics aside)`, () => {
      const mine = generated.find((f) => f.path === `sections/${name}`);
      expect(withoutMetrics(mine?.content ?? '')).toBe(withoutMetrics(readFileSync(join(DIR, 'sections', name), 'utf8')));
    });
  }

  it('gives report.yaml the same data, editor-written fields aside', () => {
    const mine = parseYaml(outcome.files.find((f) => f.path === 'report.yaml')?.content ?? '') as Record<string, unknown>;
    const shipped = parseYaml(readFileSync(join(DIR, 'report.yaml'), 'utf8')) as Record<string, unknown>;
    const names = (o: Record<string, unknown>) => ((o.themes ?? []) as { name: string }[]).map((t) => t.name);
    expect(names(mine)).toEqual(names(shipped));
    const pick = ({ figures: _f, themes: _t, title: _title, ...rest }: Record<string, unknown>) => rest;
    expect(pick(mine)).toEqual(pick(shipped));
  });

  it('keeps the source text byte for byte (it has no portal lines)', () => {
    expect(outcome.files.find((f) => f.path === 'source.txt')?.content).toBe(readFileSync(join(DIR, 'source.txt'), 'utf8'));
  });
});
