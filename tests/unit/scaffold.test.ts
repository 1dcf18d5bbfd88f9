import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scaffoldSection } from '../../src/lib/content/scaffold.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { sectionSchema } from '../../src/schemas/section.ts';

const required = Object.entries(sectionSchema.shape)
  .filter(([, field]) => !(field as { safeParse: (v: unknown) => { success: boolean } }).safeParse(undefined).success)
  .map(([key]) => key);

describe('new:section scaffold', () => {
  const { name, content } = scaffoldSection({
    slug: 'x',
    number: 27,
    problemCount: 27,
    themes: ['整改落实', '其他'],
    title: '某某问题整改不到位',
    theme: '整改落实',
  });
  const split = splitFrontmatter(content);

  it('names the file sections/NN-标题.mdx', () => {
    expect(name).toBe('sections/27-某某问题整改不到位.mdx');
  });
  it('has every required field, each with a Chinese comment above it', () => {
    expect(required).toEqual(expect.arrayContaining(['number', 'title', 'heading']));
    const rows = (split?.yaml ?? '').split('\n');
    for (const key of [...required, 'theme']) {
      const i = rows.findIndex((r) => r.startsWith(`${key}:`));
      expect(i, key).toBeGreaterThan(0);
      expect(rows[i - 1], key).toMatch(/^# .*[\u4e00-\u9fff]/);
    }
  });
  it('passes the section schema as it stands', () => {
    const r = sectionSchema.safeParse(parseYaml(split?.yaml ?? ''));
    expect(r.success, JSON.stringify(!r.success && r.error.issues)).toBe(true);
    expect(r.success && r.data).toMatchObject({
      number: 27,
      title: '某某问题整改不到位',
      heading: '关于“某某问题整改不到位”问题的整改。',
      theme: '整改落实',
    });
  });
  it('leaves the theme out for a report without themes, and uses a placeholder title when none is given', () => {
    const bare = scaffoldSection({ slug: 'x', number: 3, problemCount: 26, themes: [] });
    expect(bare.name).toBe('sections/03-新问题.mdx');
    const r = sectionSchema.safeParse(parseYaml(splitFrontmatter(bare.content)?.yaml ?? ''));
    expect(r.success && r.data.theme).toBeUndefined();
  });
});

// Each test starts Node on a script (and compiles it): slow on a busy machine, so a limit that only stops a hang.
describe('npm run new:section (the script)', { timeout: 300_000 }, () => {
  it('writes the next entry of the named report, bumps problemCount on request, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-section-'));
    try {
      const report = join(dir, 'content', 'reports', 'r1');
      mkdirSync(report, { recursive: true });
      cpSync('content/reports/2022-12-20-jiangyan/report.yaml', join(report, 'report.yaml'));
      mkdirSync(join(report, 'sections'));
      const run = (...args: string[]) =>
        spawnSync(process.execPath, ['scripts/new-section.ts', '--content', join(dir, 'content'), ...args], { encoding: 'utf8' });
      const first = run('--report', 'r1', '--title', '新增问题', '--theme', '整改落实', '--bump');
      expect(first.status, first.stderr).toBe(0);
      expect(readdirSync(join(report, 'sections'))).toContain('27-新增问题.mdx');
      expect(readFileSync(join(report, 'report.yaml'), 'utf8')).toMatch(/^problemCount: 27$/m);
      const before = readFileSync(join(report, 'sections', '27-新增问题.mdx'), 'utf8');
      const again = run('--report', 'r1', '--number', '27', '--title', '别的问题');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already has an entry');
      expect(readFileSync(join(report, 'sections', '27-新增问题.mdx'), 'utf8')).toBe(before);
      expect(run('--report', 'r1', '--theme', '交通运输').status).toBe(2);
      expect(run('--report', 'nope').stderr).toContain('expected --report <slug>, one of: r1');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
