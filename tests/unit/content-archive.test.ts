import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/content/run.ts';
import { formatIssues, issueField } from '../../src/lib/issues.ts';

// The check fixture's one report, copied under other slugs to make an archive.
const BASE = 'tests/fixtures/check/base';
const base: SourceFile[] = readdirSync(BASE, { recursive: true, encoding: 'utf8' })
  .filter((f) => statSync(join(BASE, f)).isFile())
  .map((f) => ({ path: relative(BASE, join(BASE, f)).split('\\').join('/'), content: readFileSync(join(BASE, f), 'utf8') }));
const as = (slug: string, files = base) =>
  files.map((f) => ({ ...f, path: f.path.replace('content/reports/hailing/', `content/reports/${slug}/`) }));
const edit = (files: SourceFile[], path: string, change: (s: string) => string) =>
  files.map((f) => (f.path === path ? { ...f, content: change(f.content) } : f));
const errorsOf = (files: SourceFile[]) => checkContent(files).errors;

describe('the content check across an archive of reports', () => {
  it('passes two good reports side by side', () => {
    expect(formatIssues(errorsOf([...as('2022-03-15-hailing'), ...as('2023-01-05-hailing')]))).toBe('');
  });
  it('refuses two folders whose slugs differ only by case, naming both', () => {
    const errors = errorsOf([...as('hailing'), ...as('HaiLing')]);
    const clash = errors.find((e) => e.message.includes('unique slug'));
    expect(clash?.message).toContain('HaiLing');
    expect(clash?.message).toContain('hailing');
  });
  it('refuses a slug that is not a readable address', () => {
    const e = errorsOf(as('海陵 2022')).find((x) => issueField(x) === '文件夹名 / slug');
    expect(e?.file).toBe('content/reports/海陵 2022');
    expect(e?.message).toContain('found "海陵 2022"');
  });
  it('refuses a reserved slug that would clash with a site page', () => {
    expect(errorsOf(as('search')).some((e) => e.message.includes('that is not one of'))).toBe(true);
  });
  it('refuses a section entry outside any report folder, naming the file', () => {
    const stray = { path: 'content/sections/01-x.mdx', content: '---\nnumber: 1\n---\n' };
    const e = errorsOf([...as('hailing'), stray]).find((x) => x.file === stray.path);
    expect(e?.message).toContain('expected every content file inside a report folder');
  });
  it('refuses a report folder without its source text', () => {
    const files = as('hailing').filter((f) => !f.path.endsWith('/source.txt'));
    const e = errorsOf(files).find((x) => x.file === 'content/reports/hailing/source.txt');
    expect(e?.message).toContain('found no such file');
  });
  it('refuses a report whose kind is neither 巡视 nor 巡察, at the line of the field', () => {
    const files = edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) => s.replace('kind: 巡视', 'kind: 巡查'));
    const e = errorsOf(files).find((x) => issueField(x) === 'kind');
    expect(e).toMatchObject({ file: 'content/reports/hailing/report.yaml', line: 3 });
    expect(e?.message).toContain('expected 巡视 or 巡察, found "巡查"');
  });
  it('refuses a follows that names no report of the archive', () => {
    const files = edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) =>
      s.replace('problemCount: 3', 'problemCount: 3\nfollows: 2021-01-01-nowhere'),
    );
    const e = errorsOf(files).find((x) => issueField(x) === 'follows');
    expect(e?.line).toBe(8);
    expect(e?.message).toContain('found "2021-01-01-nowhere"');
  });
  it('accepts a follows that names another report', () => {
    const later = edit(as('2023-hailing'), 'content/reports/2023-hailing/report.yaml', (s) =>
      s.replace('problemCount: 3', 'problemCount: 3\nfollows: 2022-hailing'),
    );
    expect(formatIssues(errorsOf([...as('2022-hailing'), ...later]))).toBe('');
  });
  it('refuses a withdrawn report whose replacedBy names no report, naming the field and what it found', () => {
    const files = edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) =>
      s.replace('problemCount: 3', 'problemCount: 3\nwithdrawn:\n  date: 2022-04-01\n  replacedBy: 2022-05-01-nowhere'),
    );
    const e = errorsOf(files).find((x) => issueField(x) === 'withdrawn.replacedBy');
    expect(e).toMatchObject({ file: 'content/reports/hailing/report.yaml', line: 10 });
    expect(e?.message).toContain('expected the slug of a report in content/reports/, found "2022-05-01-nowhere"');
  });
  it('accepts a replacedBy that names another report', () => {
    const old = edit(as('2022-hailing'), 'content/reports/2022-hailing/report.yaml', (s) =>
      s.replace('problemCount: 3', 'problemCount: 3\nwithdrawn:\n  date: 2022-04-01\n  replacedBy: 2023-hailing'),
    );
    expect(formatIssues(errorsOf([...old, ...as('2023-hailing')]))).toBe('');
  });
  describe('a correction record', () => {
    const replaced = '更正前的原文\n';
    const sha = createHash('sha256').update(replaced).digest('hex');
    const record = (s: string, hash = sha) =>
      s.replace(
        'problemCount: 3',
        `problemCount: 3\ncorrections:\n  - date: 2022-04-01\n    replacedSha256: ${hash}\n    replacedFile: source-${hash.slice(0, 12)}.txt`,
      );
    const kept = { path: `content/reports/hailing/source-${sha.slice(0, 12)}.txt`, content: replaced };
    it('passes with the replaced text kept under its SHA-256', () => {
      expect(formatIssues(errorsOf([...edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) => record(s)), kept]))).toBe('');
    });
    it('refuses a record whose replaced text is missing from the folder', () => {
      const e = errorsOf(edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) => record(s))).find(
        (x) => issueField(x) === 'corrections[0].replacedFile',
      );
      expect(e?.message).toContain(
        `expected the replaced source content/reports/hailing/source-${sha.slice(0, 12)}.txt, found no such file`,
      );
    });
    it('refuses a kept text that is not the one the record names', () => {
      const e = errorsOf([
        ...edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) => record(s)),
        { ...kept, content: '改过的\n' },
      ]).find((x) => issueField(x) === 'corrections[0].replacedSha256');
      expect(e?.message).toContain(`found ${sha}`);
    });
  });
  it("refuses a section theme that is not in its own report's list", () => {
    const files = edit(as('hailing'), 'content/reports/hailing/sections/01-经济发展质效不高.mdx', (s) =>
      s.replace('theme: 经济发展', 'theme: 招商引资'),
    );
    const e = errorsOf(files).find((x) => issueField(x) === 'theme');
    expect(e).toMatchObject({ file: 'content/reports/hailing/sections/01-经济发展质效不高.mdx', line: 5 });
    expect(e?.message).toContain('found "招商引资"');
  });
  it('refuses a date that disagrees with the printed date line', () => {
    const files = edit(as('hailing'), 'content/reports/hailing/report.yaml', (s) => s.replace('date: 2022-03-15', 'date: 2022-03-16'));
    const e = errorsOf(files).find((x) => issueField(x) === 'date');
    expect(e?.message).toContain('expected 2022-03-15 as signed');
  });
  it("names the report folder in every message about one report's files", () => {
    const files = edit(as('2023-hailing'), 'content/reports/2023-hailing/sections/02-民生短板补齐不够.mdx', (s) =>
      s.replace('number: 2', 'number: 9'),
    );
    const errors = errorsOf([...as('2022-hailing'), ...files]);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.file.startsWith('content/reports/2023-hailing/'))).toBe(true);
  });
  // The whole check on thousands of paragraphs is heavy on a busy machine: an explicit, generous timeout.
  it('caps a flood of fidelity differences with a count', { timeout: 60_000 }, () => {
    const path = 'content/reports/hailing/sections/02-民生短板补齐不够.mdx';
    const flood = Array.from({ length: 2_000 }, (_, i) => `多出的第${i}段。`).join('\n\n');
    const errors = errorsOf(edit(as('hailing'), path, (s) => `${s}\n${flood}\n`));
    expect(errors.length).toBeLessThanOrEqual(52);
    expect(errors.at(-1)?.message).toContain('more issue(s) of this kind not listed');
  });
});
