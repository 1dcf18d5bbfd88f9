import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { scaffoldSection } from '../../src/lib/content/scaffold.ts';
import { splitFrontmatter } from '../../src/lib/content/check.ts';
import { sectionSchema } from '../../src/schemas/section.ts';

const required = Object.entries(sectionSchema.shape)
  .filter(([, field]) => !(field as { safeParse: (v: unknown) => { success: boolean } }).safeParse(undefined).success)
  .map(([key]) => key);

describe('new:section scaffold', () => {
  const { name, content } = scaffoldSection({ number: 27, problemCount: 27, title: '某某问题整改不到位', theme: '整改落实' });
  const split = splitFrontmatter(content);

  it('names the file NN-标题.mdx', () => {
    expect(name).toBe('27-某某问题整改不到位.mdx');
  });
  it('has every required field, each with a Chinese comment above it', () => {
    expect(required).toEqual(expect.arrayContaining(['number', 'title', 'heading', 'theme']));
    const rows = (split?.yaml ?? '').split('\n');
    for (const key of required) {
      const i = rows.findIndex((r) => r.startsWith(`${key}:`));
      expect(i, key).toBeGreaterThan(0);
      expect(rows[i - 1], key).toMatch(/^# .*[\u4e00-\u9fff]/);
    }
  });
  it('passes the section schema as it stands', () => {
    const r = sectionSchema.safeParse(parseYaml(split?.yaml ?? ''));
    expect(r.success, JSON.stringify(!r.success && r.error.issues)).toBe(true);
    expect(r.success && r.data).toMatchObject({ number: 27, title: '某某问题整改不到位', heading: '关于“某某问题整改不到位”问题的整改。', theme: '整改落实' });
  });
  it('uses a placeholder title when none is given, still valid', () => {
    const bare = scaffoldSection({ number: 3, problemCount: 26 });
    expect(bare.name).toBe('03-新问题.mdx');
    expect(sectionSchema.safeParse(parseYaml(splitFrontmatter(bare.content)?.yaml ?? '')).success).toBe(true);
  });
});

describe('npm run new:section (the script)', { timeout: 60_000 }, () => {
  it('writes the next entry, bumps problemCount on request, and never overwrites', () => {
    const dir = mkdtempSync(join(tmpdir(), 'new-section-'));
    try {
      cpSync('tests/fixtures/check/base/content', join(dir, 'content'), { recursive: true });
      const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/new-section.ts', '--content', join(dir, 'content'), ...args], { encoding: 'utf8' });
      const first = run('--title', '新增问题', '--bump');
      expect(first.status, first.stderr).toBe(0);
      expect(readdirSync(join(dir, 'content', 'sections'))).toContain('04-新增问题.mdx');
      expect(readFileSync(join(dir, 'content', 'report.yaml'), 'utf8')).toMatch(/^problemCount: 4$/m);
      const before = readFileSync(join(dir, 'content', 'sections', '04-新增问题.mdx'), 'utf8');
      const again = run('--number', '4', '--title', '别的问题');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already has an entry');
      expect(readFileSync(join(dir, 'content', 'sections', '04-新增问题.mdx'), 'utf8')).toBe(before);
      expect(run('--theme', '交通运输').status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
