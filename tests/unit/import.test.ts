import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';
import { splitFrontmatter } from '../../src/lib/content/check.ts';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';
import { reconstructLines, normaliseWhitespace, normaliseHeadingNumber } from '../../src/lib/fidelity/reconstruct.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { reportSchema } from '../../src/schemas/report.ts';

const DIR = 'tests/fixtures/import';

interface Accepted {
  title: string;
  titleInSource: boolean;
  issuer: string;
  date: string;
  inspection: Record<string, string>;
  organisationHeading: string;
  organisationPoints: number;
  nextStepsHeading: string;
  nextStepPoints: number;
  titles: string[];
  measures: number[];
  categories: { heading: string; firstProblem: number }[];
  contact: Record<string, string>;
  contactLines?: number;
  droppedLines: number[];
}
interface Rejected {
  reject: true;
  problems: { line: number; contains: string[] }[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: readFileSync(join(DIR, f), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Accepted | Rejected,
  }));

/** The fixture's printed lines, from the raw text alone: trimmed, non-empty, portal lines removed. */
function printedLines(text: string, dropped: readonly number[]): string[] {
  return text
    .split(/\r\n|\n/)
    .map((l, i) => ({ no: i + 1, t: l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') }))
    .filter((l) => l.t !== '' && !dropped.includes(l.no))
    .map((l) => l.t);
}

describe('the importer handles the variants of the genre', () => {
  it('has at least six accepted and two rejected fixtures', () => {
    expect(fixtures.filter((f) => !('reject' in f.expected)).length).toBeGreaterThanOrEqual(6);
    expect(fixtures.filter((f) => 'reject' in f.expected).length).toBeGreaterThanOrEqual(2);
  });

  for (const { name, text, expected } of fixtures) {
    if ('reject' in expected) {
      it(`rejects "${name}", naming the lines it could not place`, () => {
        const outcome = importReport(text, `${name}.txt`);
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        for (const want of expected.problems) {
          const atLine = outcome.problems.filter((p) => p.line === want.line);
          expect(atLine.length, `a problem at line ${want.line}; got ${JSON.stringify(outcome.problems)}`).toBeGreaterThan(0);
          for (const s of want.contains) expect(atLine.map((p) => p.message).join('\n')).toContain(s);
        }
      });
      continue;
    }
    describe(`imports "${name}"`, () => {
      const outcome = importReport(text, `${name}.txt`);
      if (!outcome.ok) {
        it('is accepted', () => expect.fail(`${JSON.stringify(outcome.problems)}\n${outcome.checkErrors}`));
        return;
      }
      const { report, files } = outcome;
      const sectionFiles = files.filter((f) => f.path.startsWith('sections/'));
      const parsedSections = sectionFiles.map((f) => {
        const split = splitFrontmatter(f.content);
        if (!split) throw new Error(`${f.path} has no frontmatter`);
        return { data: sectionSchema.parse(parseYaml(split.yaml)), paragraphs: bodyParagraphs(split.body) };
      });
      const reportYaml = files.find((f) => f.path === 'report.yaml')?.content ?? '';
      const reportData = reportSchema.parse(parseYaml(reportYaml));

      it('reads title, issuer, date and the inspection', () => {
        expect({ title: reportData.title, titleInSource: reportData.titleInSource ?? false, issuer: reportData.issuer, date: reportData.date, inspection: reportData.inspection }).toEqual({
          title: expected.title,
          titleInSource: expected.titleInSource,
          issuer: expected.issuer,
          date: expected.date,
          inspection: expected.inspection,
        });
      });
      it('finds every problem with its title and counts its measures', () => {
        expect(parsedSections.map((s) => s.data.title)).toEqual(expected.titles);
        expect(parsedSections.map((s) => s.data.number)).toEqual(expected.titles.map((_, i) => i + 1));
        expect(report.sections.map((s) => s.measures)).toEqual(expected.measures);
        expect(reportData.problemCount).toBe(expected.titles.length);
      });
      it('finds the parts, their points and the category headings', () => {
        expect(reportData.organisation.heading).toBe(expected.organisationHeading);
        expect(reportData.organisation.points).toHaveLength(expected.organisationPoints);
        expect(reportData.nextSteps.heading).toBe(expected.nextStepsHeading);
        expect(reportData.nextSteps.points).toHaveLength(expected.nextStepPoints);
        expect(reportData.categories ?? []).toEqual(expected.categories);
      });
      it('reads the contact block', () => {
        const { printed, ...fields } = reportData.contact;
        expect(fields).toEqual(expected.contact);
        expect(printed.split('\n')).toHaveLength(expected.contactLines ?? 1);
      });
      it('drops only the portal boilerplate', () => {
        expect(outcome.dropped.map((d) => d.line)).toEqual(expected.droppedLines);
      });
      it('keeps every printed line verbatim, in order', () => {
        const rebuilt = reconstructLines(reportData, parsedSections.map((s) => ({ number: s.data.number, heading: s.data.heading, paragraphs: s.paragraphs })));
        const key = (l: string) => normaliseWhitespace(normaliseHeadingNumber(l));
        expect(rebuilt.map(key)).toEqual(printedLines(text, expected.droppedLines).map(key));
      });
      it('keeps the source text without the portal lines', () => {
        const kept = files.find((f) => f.path === `source/${name}.txt`)?.content ?? '';
        expect(printedLines(kept, [])).toEqual(printedLines(text, expected.droppedLines));
      });
    });
  }
});

describe('lines that look like category headings', () => {
  const base = readFileSync(join(DIR, 'halfwidth-basic.txt'), 'utf8');
  it('keeps one followed by text inside the current problem, verbatim', () => {
    const outcome = importReport(base.replace('(2)新签约', '(一)招商方面\n(2)新签约'), 'x.txt');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.report.categories).toEqual([]);
    expect(outcome.report.sections[0]?.paragraphs[1]).toBe('(一)招商方面');
    expect(outcome.report.sections[0]?.measures).toBe(2);
  });
  it('says problem headings must be numbered 1. 2. when only (一) headings are found', () => {
    const outcome = importReport(base.replace('1. 关于', '(一)关于').replace('2. 关于', '(二)关于').replace('3. 关于', '(三)关于'), 'x.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems[0]).toEqual({ line: 7, message: expect.stringContaining('problem headings must be numbered 1. 2. 3.') });
  });
});

describe('decodeReport', () => {
  it('reads a GBK-encoded report the same as its UTF-8 original', async () => {
    const { decodeReport } = await import('../../src/lib/import/encoding.ts');
    const utf8 = readFileSync(join(DIR, 'fullwidth-portal.txt'));
    // 中共 in GBK is D6 D0 B9 B2; a GBK file is not valid UTF-8.
    const gbk = Uint8Array.from([0xd6, 0xd0, 0xb9, 0xb2]);
    expect(decodeReport(gbk)).toEqual({ text: '中共', encoding: 'gb18030' });
    expect(decodeReport(utf8)).toEqual({ text: utf8.toString('utf8'), encoding: 'utf-8' });
  });
});
