import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { splitFrontmatter, syntheticReport, syntheticTitle } from '../../bench/synthetic.ts';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';
import { checkNumbering } from '../../src/lib/content/cross-entry.ts';
import { diffAgainstSource, reconstructLines, type ReportText } from '../../src/lib/fidelity/reconstruct.ts';

const dir = 'content/sections';
const real = readdirSync(dir)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => splitFrontmatter(readFileSync(join(dir, f), 'utf8'), f));
const report = parse(readFileSync('content/report.yaml', 'utf8')) as Record<string, unknown>;

describe('syntheticReport', () => {
  const n = 60;
  const files = syntheticReport(report, real, n);
  const sections = files.filter((f) => f.path.startsWith('sections/')).map((f) => splitFrontmatter(f.content, f.path));
  const yaml = parse(files.find((f) => f.path === 'report.yaml')?.content ?? '') as Record<string, unknown> & ReportText;
  const source = files.find((f) => f.path === yaml['source'])?.content ?? '';

  it('numbers the sections 1..n and sets problemCount to n', () => {
    expect(yaml['problemCount']).toBe(n);
    expect(
      checkNumbering(
        sections.map((s) => ({ file: 'x', number: s.data.number, title: s.data.title })),
        n,
        'report.yaml',
      ),
    ).toEqual([]);
  });
  it('cycles the real sections, marking each copy after the first with its cycle', () => {
    expect(sections[26]?.data.title).toBe(syntheticTitle(String(real.find((s) => s.data.number === 1)?.data.title), 2));
    expect(sections[26]?.data.title).toMatch(/\uFF08第2轮\uFF09$/);
    expect(sections[26]?.body).toBe(real.find((s) => s.data.number === 1)?.body);
    expect(new Set(sections.map((s) => s.data.title)).size).toBe(n);
  });
  it('keeps every heading containing its title, as the section schema requires', () => {
    expect(sections.every((s) => s.data.heading.includes(s.data.title))).toBe(true);
  });
  it('writes a source text the fidelity check accepts line by line', () => {
    const rebuilt = reconstructLines(
      yaml,
      sections.map((s) => ({ number: s.data.number, heading: s.data.heading, paragraphs: bodyParagraphs(s.body) })),
    );
    expect(diffAgainstSource(source, rebuilt)).toEqual([]);
    expect(source).toContain(`60. ${sections[59]?.data.heading}`);
  });
  it('writes only into paths relative to a content folder, never content/ itself', () => {
    expect(files.every((f) => !f.path.startsWith('/') && !f.path.startsWith('content/'))).toBe(true);
  });
  it('refuses a size below one', () => expect(() => syntheticReport(report, real, 0)).toThrow(/≥ 1/));
});

describe('splitFrontmatter', () => {
  it('names the file without frontmatter', () => expect(() => splitFrontmatter('no front', 'x.mdx')).toThrow(/x\.mdx/));
});
