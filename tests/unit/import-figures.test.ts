import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';
import { checkContent } from '../../src/lib/content/run.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { sectionSchema } from '../../src/schemas/section.ts';
import { reportSchema } from '../../src/schemas/report.ts';
import { allowlistSchema } from '../../src/schemas/metric.ts';
import { toJson } from '../../src/lib/metrics/rows.ts';

// An invented county report with stated progress (tests/fixtures/figures/county-progress-report.txt),
// imported as npm run import does: the figures it proposes land in the files, checked and marked.
const TEXT = readFileSync('tests/fixtures/figures/county-progress-report.txt', 'utf8');
const outcome = importReport(TEXT, 'county.txt', { slug: 'county' });
if (!outcome.ok) throw new Error(`the fixture must import: ${outcome.checkErrors}`);
const file = (path: string) => outcome.files.find((f) => f.path === path)?.content ?? '';
const sections = outcome.files
  .filter((f) => f.path.startsWith('sections/'))
  .map((f) => sectionSchema.parse(parseYaml(splitFrontmatter(f.content)?.yaml ?? '')))
  .sort((a, b) => a.number - b.number);
const report = reportSchema.parse(parseYaml(file('report.yaml')));

describe('npm run import proposes the figures a report states', () => {
  it('writes each problem’s figures into its entry, every one marked proposed', () => {
    const first = sections[0]?.metrics ?? [];
    expect(first).toContainEqual(
      expect.objectContaining({
        kind: 'progress',
        done: 52,
        total: 64,
        percent: 81.25,
        asOf: '截至10月底',
        quote: '全县排查出的64处供水隐患已完成整改52处，完成率81.25%',
      }),
    );
    expect(first).toContainEqual(
      expect.objectContaining({
        kind: 'breakdown',
        total: 12,
        parts: [
          { label: '标准型', value: 8 },
          { label: '简易型', value: 4 },
        ],
      }),
    );
    expect(sections[1]?.metrics).toContainEqual(expect.objectContaining({ kind: 'progress', done: 17, total: 17 }));
    expect(sections[2]?.metrics).toContainEqual(expect.objectContaining({ kind: 'change', direction: 'down', value: 15, qualifier: '约' }));
    const all = sections.flatMap((s) => s.metrics);
    expect(all.length).toBeGreaterThan(8);
    expect(all.every((m) => m.proposed === true)).toBe(true);
  });

  it('writes the report’s own stated completion into report.yaml, marked proposed', () => {
    expect(report.figures).toContainEqual(expect.objectContaining({ kind: 'progress', done: 8, total: 10, percent: 80, proposed: true }));
    expect(report.figures.every((m) => m.proposed === true)).toBe(true);
  });

  it('proposes nothing for a goal of the next steps (确保10个问题全部整改到位)', () => {
    expect(report.figures.filter((m) => m.quote.includes('确保'))).toEqual([]);
  });

  it('leaves no percentage of a proposed figure in the allowlist, and the check passes with a warning to review', () => {
    const entries = allowlistSchema.parse(parseYaml(file('metrics-allowlist.yaml'))).entries;
    expect(entries).toEqual([]);
    const { errors, warnings } = checkContent(outcome.files.map((f) => ({ path: `content/reports/county/${f.path}`, content: f.content })));
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.message).join('\n')).toMatch(/\d+ 项指标为导入时自动建议（proposed: true）/);
  });

  it('lists a percentage next to a covered one of the same value, by position', () => {
    // 答复率100% is proposed as a rate; 同比增长100% of a percentage is unclear and must be listed, though the same text is covered once.
    const text = TEXT.replace('(2)群众投诉量同比下降约15%，', '(2)群众来信按期答复率100%，同比增长100%，');
    const o = importReport(text, 'county.txt', { slug: 'county' });
    expect(o.ok, o.ok ? '' : o.checkErrors).toBe(true);
    if (!o.ok) return;
    const entries = allowlistSchema.parse(parseYaml(o.files.find((f) => f.path === 'metrics-allowlist.yaml')?.content ?? '')).entries;
    expect(entries.map((e) => [e.section, e.context, e.percents])).toEqual([[3, '同比增长100%', ['100%']]]);
  });

  it('tells the clerk what it read but did not propose, in the notes', () => {
    const text = TEXT.replace('受理群众来信42件，办结39件', '排查问题15个、隐患20个，已整改18个');
    const o = importReport(text, 'county.txt', { slug: 'county' });
    expect(o.ok).toBe(true);
    if (!o.ok) return;
    expect(o.notes.filter((n) => n.key === 'figureUnclear').map((n) => n.message)).toEqual([
      expect.stringContaining('第3项“排查问题15个、隐患20个'),
    ]);
  });

  it('never puts the proposed marker into the open data', () => {
    const records = sections.flatMap((s) =>
      s.metrics.map((metric) => ({
        report: 'county',
        section: s.number,
        sectionTitle: s.title,
        theme: s.theme,
        path: 'county/sections/01/',
        metric,
      })),
    );
    const json = toJson([], records, (p) => `/${p}`);
    expect(records.length).toBeGreaterThan(0);
    expect(json).not.toContain('proposed');
  });
});
