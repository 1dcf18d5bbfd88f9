import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/lib/import/run.ts';
import { parseReport, type ParsedReport } from '../../src/lib/import/parse.ts';
import { planUpdate, type UpdatePlan } from '../../src/lib/import/update.ts';
import { withProposedFigures } from '../../src/lib/import/propose.ts';
import { mergeById } from '../../src/lib/import/merge.ts';
import { alteredPart, lineChanges } from '../../src/lib/import/changes.ts';
import { checkContent, type SourceFile } from '../../src/lib/content/run.ts';
import { formatIssues } from '../../src/lib/issues.ts';

// The project's own invented report of the shipped layout, imported, then corrected.
const TEXT = readFileSync('tests/fixtures/import/halfwidth-basic.txt', 'utf8');
const SLUG = 'hl';
const DIR = `content/reports/${SLUG}`;

/** The content tree of TEXT freshly imported, as the content check reads it. */
function imported(text = TEXT): SourceFile[] {
  const outcome = importReport(text, 'x.txt', { slug: SLUG });
  if (!outcome.ok) throw new Error(outcome.checkErrors);
  return outcome.files.map((f) => ({ path: `${DIR}/${f.path}`, content: f.content }));
}
const edit = (files: SourceFile[], name: RegExp, change: (s: string) => string) =>
  files.map((f) => (name.test(f.path) ? { ...f, content: change(f.content) } : f));
/** Adds metrics (YAML list items) first in the metrics of the section file matching name (the importer's proposals follow). */
const withMetrics = (files: SourceFile[], name: RegExp, items: string) =>
  edit(files, name, (s) =>
    s.includes('\nmetrics:\n') ? s.replace('\nmetrics:\n', `\nmetrics:\n${items}`) : s.replace(/\n---\n/, `\nmetrics:\n${items}---\n`),
  );

const CADRES =
  '  # 编辑补充\n  - kind: count\n    id: cadres\n    label: 选派机关干部到村（社区）任职\n    unit: 名\n    quote: 选派35名机关干部到村(社区)任职\n    value: 35\n';
const PROJECTS =
  '  - kind: count\n    id: projects\n    label: 新签约亿元以上项目\n    unit: 个\n    quote: 新签约亿元以上项目46个\n    value: 46\n  - kind: count\n    id: big-projects\n    label: 新签约10亿元以上项目\n    unit: 个\n    quote: 其中10亿元以上项目5个\n    value: 5\n';

/** The text as the importer reads it: parsed, with the figures it proposes. */
function parsed(text: string): ParsedReport {
  const r = parseReport(text);
  if (!r.ok) throw new Error('not a report');
  return withProposedFigures(r.parsed).parsed;
}
function plan(files: SourceFile[], corrected: string, note?: string): Extract<UpdatePlan, { ok: true }> {
  const p = planUpdate({ files, slug: SLUG, incoming: parsed(corrected), source: corrected, date: '2022-04-01', note });
  if (!p.ok) throw new Error(p.errors);
  return p;
}
/** The tree after the plan is applied. */
function applied(files: SourceFile[], p: Extract<UpdatePlan, { ok: true }>): SourceFile[] {
  const written = new Set(p.write.map((w) => `${DIR}/${w.path}`));
  const removed = new Set(p.remove.map((r) => `${DIR}/${r}`));
  return [
    ...files.filter((f) => !written.has(f.path) && !removed.has(f.path)),
    ...p.write.map((w) => ({ path: `${DIR}/${w.path}`, content: w.content })),
  ];
}
const fileOf = (files: SourceFile[], name: RegExp) => files.find((f) => name.test(f.path))?.content ?? '';

describe('a correction imported with --update', () => {
  const before = withMetrics(withMetrics(imported(), /sections\/03-/, CADRES), /sections\/01-/, PROJECTS);
  // One character: 46 → 48 in problem 1.
  const corrected = TEXT.replace('新签约亿元以上项目46个', '新签约亿元以上项目48个');

  it('starts from a report that passes the content check', () => {
    expect(formatIssues(checkContent(before).errors)).toBe('');
  });

  const p = plan(before, corrected, '第1项项目数更正');
  const after = applied(before, p);

  it('gives a report that passes the content check, with the corrected text as its source', () => {
    expect(formatIssues(checkContent(after).errors)).toBe('');
    expect(fileOf(after, /\/source\.txt$/)).toBe(corrected);
  });

  it("keeps an editor's figure whose quote still stands, with the editor's comment", () => {
    const entry = fileOf(after, /sections\/03-/);
    expect(entry).toContain('# 编辑补充');
    expect(entry).toContain('id: cadres');
    expect(fileOf(after, /sections\/03-/)).toBe(fileOf(before, /sections\/03-/));
  });

  it('removes a figure whose quote is gone, names it in the output and in the correction record', () => {
    expect(fileOf(after, /sections\/01-/)).not.toContain('id: projects');
    // The importer's own proposal from those words, untouched by editors, follows the corrected text instead.
    expect(fileOf(before, /sections\/01-/)).toMatch(/quote: 新签约亿元以上项目46个\n {4}proposed: true/);
    expect(fileOf(after, /sections\/01-/)).toMatch(/quote: 新签约亿元以上项目48个\n {4}proposed: true/);
    // Its neighbour in the same corrected paragraph stands, and stays.
    expect(fileOf(after, /sections\/01-/)).toContain('id: big-projects');
    expect(p.summary.join('\n')).toMatch(/删除数据.*第1项 projects“新签约亿元以上项目”/);
    expect(p.correction.removedFigures).toEqual([{ section: 1, id: 'projects', label: '新签约亿元以上项目' }]);
  });

  it('records the correction in report.yaml with the SHA-256 of the text it replaced, kept beside it', () => {
    const sha = createHash('sha256').update(TEXT).digest('hex');
    const report = parseYaml(fileOf(after, /report\.yaml$/)) as { corrections: unknown[] };
    expect(report.corrections).toEqual([
      {
        date: '2022-04-01',
        note: '第1项项目数更正',
        replacedSha256: sha,
        replacedFile: `source-${sha.slice(0, 12)}.txt`,
        removedFigures: [{ section: 1, id: 'projects', label: '新签约亿元以上项目' }],
      },
    ]);
    expect(fileOf(after, new RegExp(`/source-${sha.slice(0, 12)}\\.txt$`))).toBe(TEXT);
  });

  it('prints the altered line and the altered problem', () => {
    const out = p.summary.join('\n');
    expect(out).toContain('改动 1 行，新增 0 行，删除 0 行');
    expect(out).toContain('第10行改为 / line 10 altered: …2)新签约亿元以上项目4〔6→8〕个,其中10亿元以上项目…');
    expect(out).toContain('问题 / problems: 改动 1 项，新增 0 项，删除 0 项，未变 2 项');
    expect(out).toContain('~ 第1项《经济发展质效不高》');
  });

  it('leaves the files it does not change untouched', () => {
    expect(p.write.map((w) => w.path).sort()).toEqual(
      [
        'report.yaml',
        `source-${createHash('sha256').update(TEXT).digest('hex').slice(0, 12)}.txt`,
        'source.txt',
        'sections/01-经济发展质效不高.mdx',
      ].sort(),
    );
    expect(fileOf(after, /sections\/02-/)).toBe(fileOf(before, /sections\/02-/));
    expect(fileOf(after, /metrics-allowlist\.yaml$/)).toBe(fileOf(before, /metrics-allowlist\.yaml$/));
  });

  it('adds a second correction after the first, keeping it', () => {
    const again = TEXT.replace('新签约亿元以上项目46个', '新签约亿元以上项目49个');
    const second = plan(after, again);
    const report = parseYaml(fileOf(applied(after, second), /report\.yaml$/)) as {
      corrections: { replacedSha256: string; note?: string }[];
    };
    expect(report.corrections.map((c) => c.replacedSha256)).toEqual([
      createHash('sha256').update(TEXT).digest('hex'),
      createHash('sha256').update(corrected).digest('hex'),
    ]);
    expect(report.corrections[0]?.note).toBe('第1项项目数更正');
  });
});

describe('what --update keeps and what it follows', () => {
  it("keeps a title an editor wrote while the heading still contains it, and takes the corrected one's when not", () => {
    const files = edit(imported(), /sections\/02-/, (s) => s.replace('title: 民生短板补齐不够', 'title: 民生短板'));
    const kept = applied(files, plan(files, TEXT.replace('新建改扩建学校4所', '新建改扩建学校5所')));
    expect(fileOf(kept, /sections\/02-/)).toContain('title: 民生短板\n');
    const renamed = plan(files, TEXT.replace('民生短板补齐不够', '民生保障补齐不够'));
    expect(fileOf(applied(files, renamed), /sections\/02-/)).toContain('title: 民生保障补齐不够');
    expect(renamed.summary.join('\n')).toContain('第2项 title：编辑所改的值与更正后的原文不符，改用导入值');
    expect(renamed.remove).toEqual(['sections/02-民生短板补齐不够.mdx']);
  });

  it('writes the sub-problem lines of the corrected text as ### lines of the body, and the result passes the check', () => {
    const files = imported();
    const corrected = TEXT.replace('新建改扩建学校4所', '一是教育资源供给不足\n新建改扩建学校4所');
    const after = applied(files, plan(files, corrected));
    expect(fileOf(after, /sections\/02-/)).toContain('\n### 一是教育资源供给不足\n\n新建改扩建学校4所');
    expect(formatIssues(checkContent(after).errors)).toBe('');
  });

  it('removes the entry of a problem the correction removes, renumbers the rest, and keeps their figures', () => {
    const files = withMetrics(imported(), /sections\/03-/, CADRES);
    const without = TEXT.replace(/2\. 关于“民生短板补齐不够”问题的整改。\n.*\n/, '').replace('3. 关于“基层', '2. 关于“基层');
    const p = plan(files, without);
    const after = applied(files, p);
    expect(after.filter((f) => f.path.includes('/sections/')).map((f) => f.path.replace(`${DIR}/sections/`, ''))).toEqual([
      '01-经济发展质效不高.mdx',
      '02-基层党组织建设薄弱.mdx',
    ]);
    expect(fileOf(after, /sections\/02-/)).toContain('id: cadres');
    expect(p.summary.join('\n')).toContain('改动 1 项，新增 0 项，删除 1 项，未变 1 项');
  });

  it('follows the corrected text in a figure the importer wrote and no editor touched, and keeps one an editor changed while it stands', () => {
    const text = TEXT.replace('现将巡视整改情况予以公布。', '现将巡视整改情况予以公布。共指出问题3个。').replace(
      '抓紧抓实。',
      '抓紧抓实。已完成整改3个。',
    );
    const files = imported(text);
    expect(fileOf(files, /report\.yaml$/)).toContain('id: problems-found');
    const edited = edit(files, /report\.yaml$/, (s) => s.replace('label: 已完成整改\n', 'label: 已完成整改的问题\n'));
    expect(edited).not.toEqual(files);
    const next = applied(edited, plan(edited, text.replace('共指出问题3个', '共指出问题4个')));
    const figures = (parseYaml(fileOf(next, /report\.yaml$/)) as { figures: { id: string; value?: number; label: string }[] }).figures;
    expect(figures.find((f) => f.id === 'problems-found')?.value).toBe(4);
    expect(figures.find((f) => f.id === 'problems-done')?.label).toBe('已完成整改的问题');
  });

  it('keeps an allowlist reason an editor wrote while its words are printed, and lists a new percentage to review', () => {
    // 分别 with no names: the importer proposes no figure, it lists the percentages to review.
    const text = TEXT.replace('完成老旧小区改造31个。', '完成老旧小区改造31个,全区同比分别下降12.5%、20%。');
    const files = edit(imported(text), /metrics-allowlist\.yaml$/, (s) => s.replace(/reason: .*/, 'reason: 统计口径，不作为整改进展'));
    expect(fileOf(files, /metrics-allowlist\.yaml$/)).toContain('统计口径');
    const next = applied(files, plan(files, text.replace('已全部完成整顿。', '已全部完成整顿,同比分别增长3%、4%。')));
    const entries = (parseYaml(fileOf(next, /metrics-allowlist\.yaml$/)) as { entries: { context: string; reason: string }[] }).entries;
    expect(entries.map((e) => e.reason.slice(0, 4))).toEqual(['统计口径', '待核对（']);
    expect(entries[1]?.context).toBe('同比分别增长3%、4%');
  });

  it('reads the printed parts again from the corrected text, and says so when an editor had divided them by hand', () => {
    const files = edit(imported(), /report\.yaml$/, (s) =>
      s.replace(/(抓紧抓实。\n)( {4}points:\n)( {6}- 一是提高政治站位。.*\n)/, '$1$3$2'),
    );
    expect(formatIssues(checkContent(files).errors)).toBe('');
    const p = plan(files, TEXT.replace('新建改扩建学校4所', '新建改扩建学校5所'));
    expect(p.summary.join('\n')).toContain('body：编辑改过各部分的划分，已按更正后的原文重新生成');
    expect(plan(imported(), TEXT.replace('新建改扩建学校4所', '新建改扩建学校5所')).summary.join('\n')).not.toContain('body：');
  });

  it('refuses a text identical to the current source, and a report that does not exist', () => {
    const same = planUpdate({ files: imported(), slug: SLUG, incoming: parsed(TEXT), source: TEXT, date: '2022-04-01' });
    expect(same).toMatchObject({ ok: false, unchanged: true });
    const none = planUpdate({ files: imported(), slug: 'other', incoming: parsed(TEXT), source: TEXT, date: '2022-04-01' });
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.errors).toContain('expected an existing report to correct, found none');
  });
});

describe('merging figures by id', () => {
  const m = (id: string, label = id) => ({ id, label });
  it("takes the corrected text's version of an untouched one, keeps an editor's that stands, drops one that does not, adds a new one", () => {
    const r = mergeById(true, [m('a'), m('b')], [m('a'), m('b', 'edited'), m('c')], [m('a', 'new'), m('d')], (x) => x.id !== 'c');
    expect(r.items).toEqual([m('a', 'new'), m('b', 'edited'), m('d')]);
    expect(r.removed).toEqual([m('c')]);
    expect(r.edit).toEqual({ remove: [2], replace: [[0, m('a', 'new')]], add: [m('d')] });
  });
  it('does not bring back one an editor removed', () => {
    expect(mergeById(true, [m('a')], [], [m('a')], () => true).items).toEqual([]);
  });
});

describe('the line changes it prints', () => {
  it('pairs a removed and an added line as altered, and numbers added and removed ones', () => {
    expect(lineChanges('a\nb\nc\n', 'a\nB\nc\nd\n')).toEqual([
      { kind: 'altered', line: 2, oldLine: 2, before: 'b', after: 'B' },
      { kind: 'added', line: 4, text: 'd' },
    ]);
    expect(lineChanges('a\nb\nc\n', 'a\nc\n')).toEqual([{ kind: 'removed', line: 2, text: 'b' }]);
  });
  it('shows the differing part of an altered line with some context', () => {
    expect(alteredPart('全区同比分别下降55.6%、66.7%。', '全区同比分别下降55.8%、66.7%。', 4)).toBe('…降55.〔6→8〕%、66…');
  });
});
