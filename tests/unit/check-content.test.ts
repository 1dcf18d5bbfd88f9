import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, type SourceFile } from '../../src/lib/content/run.ts';
import { formatIssues, issueField } from '../../src/lib/issues.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';

const ROOT = 'tests/fixtures/check';

function filesUnder(dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => ({ path: relative(dir, join(dir, f)).split('\\').join('/'), content: readFileSync(join(dir, f), 'utf8') }));
}

const base = filesUnder(join(ROOT, 'base'));

interface Expected {
  errors: { file: string; line: number; field: string; contains: string[] }[];
  delete?: string[];
}

describe('check:content', () => {
  it('passes the base fixture and the shipped content', () => {
    expect(formatIssues(checkContent(base).errors)).toBe('');
    expect(formatIssues(checkContent(readContentFiles('.')).errors)).toBe('');
  });

  it("warns while the importer's 待核对 allowlist entries remain, without failing", () => {
    const { errors, warnings } = checkContent(base);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => ({ file: w.file, line: w.line, field: issueField(w) }))).toEqual([
      { file: 'content/reports/hailing/metrics-allowlist.yaml', line: 4, field: 'entries' },
    ]);
    expect(warnings[0]?.message).toContain('1 entries still carry');
  });

  for (const name of readdirSync(join(ROOT, 'cases'))) {
    it(`reports "${name}" with file, line, field, expected and found`, () => {
      const expected = JSON.parse(readFileSync(join(ROOT, 'cases', name, 'expected.json'), 'utf8')) as Expected;
      const overlay = filesUnder(join(ROOT, 'cases', name)).filter((f) => f.path !== 'expected.json');
      const files = [...base.filter((f) => !overlay.some((o) => o.path === f.path) && !expected.delete?.includes(f.path)), ...overlay];
      const byPlace = (a: { file: string; line?: number | undefined }, b: { file: string; line?: number | undefined }) =>
        a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
      const errors = [...checkContent(files).errors].sort(byPlace);
      expected.errors.sort(byPlace);
      const got = errors.map((e) => ({ file: e.file, line: e.line, field: issueField(e) }));
      expect(got, formatIssues(errors)).toEqual(expected.errors.map(({ file, line, field }) => ({ file, line, field })));
      expected.errors.forEach((want, i) => {
        for (const s of want.contains) expect(errors[i]?.message).toContain(s);
      });
    });
  }
});

// Each test starts Node on a script (and compiles it): slow on a busy machine, so a limit that only stops a hang.
describe('npm run check:content (the script)', { timeout: 300_000 }, () => {
  const run = (overlay?: string) => {
    const dir = mkdtempSync(join(tmpdir(), 'check-'));
    try {
      cpSync(join(ROOT, 'base'), dir, { recursive: true });
      if (overlay) cpSync(join(ROOT, 'cases', overlay), dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
      const r = spawnSync(process.execPath, [resolve('scripts/check-content.ts')], { cwd: dir, encoding: 'utf8' });
      return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  it('exits 0 on good content, printing warnings', () => {
    const r = run();
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('content check passed');
    expect(r.out).toContain('content/reports/hailing/metrics-allowlist.yaml:4');
  });
  it('exits 1 on an error, naming file:line and field', () => {
    const r = run('wrong-type');
    expect(r.status).toBe(1);
    expect(r.out).toContain('content/reports/hailing/sections/01-经济发展质效不高.mdx:2');
    expect(r.out).toContain('number: 应为正整数');
  });
});
