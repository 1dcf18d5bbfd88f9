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
