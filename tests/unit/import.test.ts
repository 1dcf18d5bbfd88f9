import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { bodyText } from '../../src/lib/content/body-text.ts';
import { printedLines } from '../../src/lib/report/walk.ts';
import { countMeasures } from '../../src/lib/numbering/measures.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { reportSchema } from '../../src/schemas/report.ts';

// One invented text per variant of ../shared/GENRE.md, each named for what
// it tests; the expected file holds what was written into the text by hand.
const DIR = 'tests/fixtures/genre';

interface Accepted {
  kind: string;
  textKind: string;
  issuer: string;
  date: string | null;
  titlePrinted: boolean;
  title?: string;
  slug?: string;
  measures: number[];
  subProblems: number[];
  categories: number;
  parts: string[];
  dropped: number[];
  inspection: Record<string, string>;
  contact: string[] | null;
  figures: number;
  titles?: string[];
  themes?: string[];
  status?: (string | null)[];
  titleLines?: number;
  organisationPoints?: number;
  nextStepPoints?: number;
  problemsIntro?: number;
  /** The number markers as printed, when they are not 1. 2. …: numbering that starts again under each category. */
  markers?: string[];
  /** The count of problems the report prints (3项9个问题), when it prints one. */
  problemsStated?: string;
  /** How the problems are told: by their headings, or as the areas of work of the rectification part. */
  by?: 'headings' | 'areas';
  /** Each section's ### lines (sub-problems, or an area's numbered sub-headings), verbatim. */
  subHeadings?: string[][];
  /** Problems printed as a heading only (a text cut off there). */
  empty?: number[];
}
interface Rejected {
  reject: true;
  line: number;
  contains: string[];
}

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => ({
    name: f.replace(/\.txt$/, ''),
    text: readFileSync(join(DIR, f), 'utf8'),
    expected: JSON.parse(readFileSync(join(DIR, f.replace(/\.txt$/, '.expected.json')), 'utf8')) as Accepted | Rejected,
  }));

/** The fixture's printed lines, from the raw text alone: indentation trimmed, blank and portal lines left out. */
function linesOf(text: string, dropped: readonly number[]): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((l, i) => ({ no: i + 1, t: l.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, '') }))
    .filter((l) => l.t !== '' && !dropped.includes(l.no))
    .map((l) => l.t);
}

describe('the importer reads every variant of the genre', () => {
  // Of the code, not of the fixture folder (counting fixture files could not fail on the importer).
  it('refuses a text with no problem in it, at line 1, saying what it looked for and found', () => {
    const outcome = importReport('今天天气很好。\n我们去公园散步。\n', 'not-a-report.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      expect.objectContaining({ line: 1, message: expect.stringContaining('expected at least one problem') }),
    ]);
    expect(outcome.problems[0]?.message).toContain('found 2 行 / lines');
  });

  for (const { name, text, expected } of fixtures) {
    if ('reject' in expected) {
      it(`refuses "${name}" (no problem in it), saying what it looked for and found`, () => {
        const outcome = importReport(text, `${name}.txt`);
        expect(outcome.ok).toBe(false);
        if (outcome.ok) return;
        const at = outcome.problems
          .filter((p) => p.line === expected.line)
          .map((p) => p.message)
          .join('\n');
        for (const s of expected.contains) expect(at).toContain(s);
      });
      continue;
    }
    describe(`imports "${name}"`, () => {
      const outcome = importReport(text, `${name}.txt`);
      if (!outcome.ok) {
        it('is accepted', () => expect.fail(`${JSON.stringify(outcome.problems)}\n${outcome.checkErrors}`));
        return;
      }
      const sections = outcome.files
        .filter((f) => f.path.startsWith('sections/'))
        .map((f) => {
          const split = splitFrontmatter(f.content);
          if (!split) throw new Error(`${f.path} has no frontmatter`);
          return { data: sectionSchema.parse(parseYaml(split.yaml)), ...bodyText(split.body) };
        })
        .sort((a, b) => a.data.number - b.data.number);
      const report = reportSchema.parse(parseYaml(outcome.files.find((f) => f.path === 'report.yaml')?.content ?? ''));
      const problems = report.body.find((p) => p.type === 'problems');

      it('reads kind, text kind, issuer, date and the inspection', () => {
        expect({
          kind: report.kind,
          textKind: report.textKind,
          issuer: report.issuer,
          date: report.date ?? null,
          inspection: report.inspection,
        }).toEqual({
          kind: expected.kind,
          textKind: expected.textKind,
          issuer: expected.issuer,
          date: expected.date,
          inspection: expected.inspection,
        });
        if (expected.title) expect(report.title).toBe(expected.title);
        expect(report.body.some((p) => p.type === 'title')).toBe(expected.titlePrinted);
        if (expected.titleLines)
          expect(report.body.find((p) => p.type === 'title')).toMatchObject({ lines: { length: expected.titleLines } });
      });
      it('finds the problems, their sub-problems and measures, and the categories', () => {
        expect(sections.map((s) => s.data.number)).toEqual(expected.measures.map((_, i) => i + 1));
        expect(report.problemCount).toBe(expected.measures.length);
        // Counted again from the written entries, by the one rule the site uses.
        expect(sections.map((s) => countMeasures(s.paragraphs, s.subProblems))).toEqual(expected.measures);
        // Read back from the written entries' ### lines.
        expect(sections.map((s) => s.subProblems.length)).toEqual(expected.subProblems);
        expect(problems?.type === 'problems' ? problems.categories.length : -1).toBe(expected.categories);
        if (expected.titles) expect(sections.map((s) => s.data.title)).toEqual(expected.titles);
        if (expected.status) expect(sections.map((s) => s.data.status ?? null)).toEqual(expected.status);
        if (expected.markers) expect(sections.map((s) => s.data.marker)).toEqual(expected.markers);
        if (expected.problemsIntro !== undefined)
          expect(problems?.type === 'problems' ? problems.intro.length : -1).toBe(expected.problemsIntro);
      });
      it('reads the count the report states, as printed, and no count it does not', () => {
        expect(report.problemsStated ?? null).toBe(expected.problemsStated ?? null);
      });
      if (expected.by) {
        it(`takes the problems ${expected.by === 'areas' ? 'as the areas of work, said so in a note' : 'from their headings'}`, () => {
          expect(outcome.notes.some((n) => n.key === 'areasAsProblems')).toBe(expected.by === 'areas');
        });
      }
      if (expected.subHeadings) {
        it('writes each sub-problem line as a ### heading of its entry, verbatim, in order', () => {
          expect(sections.map((s) => s.subProblems)).toEqual(expected.subHeadings);
          for (const f of outcome.files.filter((x) => x.path.startsWith('sections/'))) {
            const headings = f.content.split('\n').filter((l) => l.startsWith('#'));
            expect(headings.every((h) => h.startsWith('### '))).toBe(true);
          }
        });
      }
      if (expected.empty) {
        it('imports a problem printed as its heading only, with a note, and publishes its heading', () => {
          expect(sections.filter((s) => s.paragraphs.length === 0).map((s) => s.data.number)).toEqual(expected.empty);
          expect(outcome.notes.filter((n) => n.key === 'emptyProblem').length).toBe(expected.empty?.length);
        });
      }
      it('finds the parts in printed order', () => {
        expect(report.body.map((p) => p.type)).toEqual(expected.parts);
        const points = (t: 'organisation' | 'nextSteps') => {
          const p = report.body.find((x) => x.type === t);
          return p && (p.type === 'organisation' || p.type === 'nextSteps') ? p.points.length : -1;
        };
        if (expected.organisationPoints !== undefined) expect(points('organisation')).toBe(expected.organisationPoints);
        if (expected.nextStepPoints !== undefined) expect(points('nextSteps')).toBe(expected.nextStepPoints);
      });
      it('reads the contact items it prints, and no others', () => {
        const contact = report.body.find((p) => p.type === 'contact');
        expect(
          contact
            ? Object.keys(contact)
                .filter((k) => k !== 'type' && k !== 'printed')
                .sort()
            : null,
        ).toEqual(expected.contact ? [...expected.contact].sort() : null);
      });
      it('reads the summary counts as report figures', () => {
        expect(report.figures).toHaveLength(expected.figures);
      });
      if (expected.themes)
        it('takes the themes from its own category headings', () => expect(report.themes.map((t) => t.name)).toEqual(expected.themes));
      it('drops only the portal lines', () => {
        expect(outcome.dropped.map((d) => d.line)).toEqual(expected.dropped);
      });
      it('keeps every other line verbatim, each in exactly one place, in printed order', () => {
        const rebuilt = printedLines(
          report,
          sections.map((s) => ({ number: s.data.number, heading: s.data.heading, marker: s.data.marker, paragraphs: s.paragraphs })),
        );
        expect(rebuilt.map((l) => l.text)).toEqual(linesOf(text, expected.dropped));
      });
      it('keeps the source without the portal lines', () => {
        expect(linesOf(outcome.files.find((f) => f.path === 'source.txt')?.content ?? '', [])).toEqual(linesOf(text, expected.dropped));
      });
      if (expected.slug)
        it('falls back to the file name for its folder when it prints no date', () => expect(outcome.slug).toBe(expected.slug));
    });
  }
});

describe('the same reports typed differently', () => {
  // Full-width or half-width punctuation, CRLF, a BOM and ideographic-space indents change nothing the importer finds.
  const variants: [string, (t: string) => string][] = [
    [
      'CRLF, a BOM and 　　 indents',
      (t) =>
        `\uFEFF${t
          .split(/\r?\n/)
          .map((l) => (l ? `\u3000\u3000${l}` : l))
          .join('\r\n')}`,
    ],
    ['full-width （） and ：', (t) => t.replace(/\(/g, '\uFF08').replace(/\)/g, '\uFF09').replace(/:/g, '\uFF1A')],
    [
      'half-width () and :',
      (t) =>
        t
          .replace(/\uFF08/g, '(')
          .replace(/\uFF09/g, ')')
          .replace(/\uFF1A/g, ':'),
    ],
  ];
  for (const { name, text, expected } of fixtures) {
    if ('reject' in expected) continue;
    for (const [how, change] of variants) {
      it(`finds the same in "${name}" with ${how}`, () => {
        const outcome = importReport(change(text), `${name}.txt`);
        if (!outcome.ok) expect.fail(`${JSON.stringify(outcome.problems)}\n${outcome.checkErrors}`);
        expect(outcome.parsed.sections.map((s) => s.measures)).toEqual(expected.measures);
        expect(outcome.parsed.sections.map((s) => s.subProblems.length)).toEqual(expected.subProblems);
        expect(outcome.parsed.report.body.map((p) => p.type)).toEqual(expected.parts);
        expect(outcome.parsed.report.date ?? null).toBe(expected.date);
      });
    }
  }
});

describe('the import fixtures of the earlier importer', () => {
  // Texts the old importer accepted or refused over details (no contact block, no postcode, an extra part): all import now, no line lost.
  const OLD = 'tests/fixtures/import';
  for (const f of readdirSync(OLD).filter((x) => x.endsWith('.txt') && x !== 'reject-not-a-report.txt')) {
    it(`imports ${f} with every line kept`, () => {
      const text = readFileSync(join(OLD, f), 'utf8');
      const outcome = importReport(text, f);
      if (!outcome.ok) expect.fail(`${JSON.stringify(outcome.problems)}\n${outcome.checkErrors}`);
      expect(outcome.parsed.sections.length).toBeGreaterThan(0);
    });
  }
  it('still refuses the text that is not a report', () => {
    expect(importReport(readFileSync(join(OLD, 'reject-not-a-report.txt'), 'utf8'), 'x.txt').ok).toBe(false);
  });
});

describe('refusals and limits', () => {
  const base = readFileSync(join(DIR, 'xuncha-bureau-categories-no-parts.txt'), 'utf8');
  it('refuses a NUL character, naming its line and code point', () => {
    const outcome = importReport(base.replace('(2)建立学习台账', '(2)建立\u0000学习台账'), 'x.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([expect.objectContaining({ line: 7, message: expect.stringContaining('U+0000') })]);
  });
  it('refuses other control characters too, every line in one run', () => {
    const outcome = importReport(base.replace('(1)修订', '\u0007(1)修订').replace('(3)建立', '(3)\u001B建立'), 'x.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems.map((p) => p.line)).toEqual([6, 14]);
  });
  it('refuses invisible and reordering characters in a source, each by line, column and name, dropping none silently', () => {
    const outcome = importReport(base.replace('(1)修订', '(1)修\u202E订').replace('(3)建立', '(3)建\u200D立\u00AD'), 'x.txt');
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(
      outcome.problems.map((p) => [p.line, p.message.match(/U\+[0-9A-F]{4} [A-Z -]+/)?.[0].trim(), p.message.match(/column (\d+)/)?.[1]]),
    ).toEqual([
      [6, 'U+202E RIGHT-TO-LEFT OVERRIDE', '5'],
      [14, 'U+200D ZERO WIDTH JOINER', '5'],
      [14, 'U+00AD SOFT HYPHEN', '7'],
    ]);
    expect(outcome.problems[0]?.message).toMatch(/^原文应为普通文字，实第 5 列有 U\+202E.*drops nothing silently/);
  });
  it("lists every uncovered percentage for review, full-width ones and those of the report's own paragraphs too", () => {
    // 线上参学98.5％ names no rate (a 参学率达98.5％ would be proposed as a figure): it is listed for review.
    const text = base
      .replace('全年开展集中学习12次。', '全年开展集中学习12次，线上参学98.5％。')
      .replace('现将整改情况予以公布。', '整改完成率100%。现将整改情况予以公布。');
    const outcome = importReport(text, 'x.txt');
    expect(outcome.ok, outcome.ok ? '' : outcome.checkErrors).toBe(true);
    if (!outcome.ok) return;
    const allow = outcome.files.find((f) => f.path === 'metrics-allowlist.yaml')?.content ?? '';
    expect(allow).toContain('98.5％');
    // 100% is the report's own completion rate: a figure, not an allowlist entry.
    expect(outcome.parsed.report.figures).toEqual([expect.objectContaining({ kind: 'rate', percent: 100, quote: '整改完成率100%' })]);
    expect(allow).not.toContain('100%');
  });
  it('does not cap problem numbers at 9999', () => {
    const many = base.replace('3.关于“高标准农田', '10000.关于“高标准农田');
    const outcome = importReport(many, 'x.txt');
    expect(outcome.ok, outcome.ok ? '' : outcome.checkErrors).toBe(true);
    if (!outcome.ok) return;
    // Printed 10000, the third problem: numbered 3 with its printed marker kept, and a note.
    expect(outcome.parsed.sections[2]?.data.marker).toBe('10000.');
    expect(outcome.notes.some((n) => n.key === 'numbering' && n.line === 11)).toBe(true);
  });
  // Importing and checking 10,001 problems is the heaviest unit test: minutes on a busy machine, so a limit that only stops a hang.
  it('numbers a report of more than 9999 problems in full', { timeout: 600_000 }, () => {
    const problem = (n: number) => `${n}.关于“问题${n}”问题的整改。\n(1)整改措施${n}。`;
    const text = [
      '中共某县某局党组关于县委巡察反馈意见整改情况的通报',
      '县委第一巡察组于2023年3月1日至4月30日对某局开展了巡察。现将整改情况予以公布。',
      ...Array.from({ length: 10001 }, (_, i) => problem(i + 1)),
      '中共某县某局党组',
      '2023年8月1日',
    ].join('\n');
    const outcome = importReport(text, 'x.txt');
    expect(outcome.ok, outcome.ok ? '' : outcome.checkErrors.slice(0, 500)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.parsed.report.problemCount).toBe(10001);
    expect(outcome.parsed.sections.at(-1)?.data.heading).toBe('关于“问题10001”问题的整改。');
    expect(outcome.files.filter((f) => f.path.startsWith('sections/')).length).toBe(10001);
  });
});
