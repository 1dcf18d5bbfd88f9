import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';

const FIXTURES = 'tests/fixtures/bad-input';
// Astro's messages wrap and colour; compare on plain, single-spaced text.
const plain = (s: string) => s.replace(/\x1b\[[0-9;]*m/g, '').replace(/\s+/g, ' ');

describe('a bad content entry fails the build with a clear message', () => {
  for (const name of readdirSync(FIXTURES)) {
    it(`rejects the "${name}" fixture, naming file, field, expected and found`, () => {
      const { messages } = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { messages: string[] };
      const copy = projectCopy(join(FIXTURES, name));
      try {
        mkdirSync(join(copy.dir, 'dist'));
        writeFileSync(join(copy.dir, 'dist', 'index.html'), 'last good site');
        const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
        expect(status, output).not.toBe(0);
        for (const m of messages) expect(plain(output)).toContain(m);
        // Nothing is published: the last good site is left alone.
        expect(readFileSync(join(copy.dir, 'dist', 'index.html'), 'utf8')).toBe('last good site');
        expect(readdirSync(copy.dir).filter((f) => f.endsWith('.building'))).toEqual([]);
        expect(existsSync(join(copy.dir, 'dist', 'sections'))).toBe(false);
        expect(existsSync(join(copy.dir, 'dist', '2022-12-20-jiangyan'))).toBe(false);
        // No entry's code ran (entry-esm-runs would write this file at build time).
        expect(existsSync(join(copy.dir, 'pwned.txt'))).toBe(false);
      } finally {
        copy.remove();
      }
    });
  }
});

describe('astro build on its own (as `astro dev` loads content) refuses bad content too', () => {
  /** `astro build` alone on a project copy with the fixture; what it printed, and checks on the copy before it is removed. */
  const astroAlone = (fixture: string, after: (dir: string) => void = () => {}) => {
    const copy = projectCopy(join(FIXTURES, fixture));
    try {
      const { status, output } = runNode(copy.dir, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(copy.dir, 'out')]);
      expect(status, output).not.toBe(0);
      after(copy.dir);
      return plain(output);
    } finally {
      copy.remove();
    }
  };

  it('fails on a duplicate number with the file names, not only when run through scripts/build.ts', () => {
    const output = astroAlone('duplicate-number');
    expect(output).toContain('content/reports/2022-12-20-jiangyan/sections/07-履行主体责任有缺失.mdx');
    expect(output).toContain('found 6, also used by');
  });

  it("fails on a bad report.yaml with the file, its line and the field's message (the reports collection's own loader)", () => {
    const output = astroAlone('kind-unknown', (dir) => expect(existsSync(join(dir, 'out', 'index.html'))).toBe(false));
    expect(output).toContain('content/reports/2022-12-20-jiangyan/report.yaml:3');
    expect(output).toContain('expected 巡视 or 巡察, found "视察"');
  });

  it("refuses an entry with ESM that writes a file, and the entry's code never runs", () => {
    const output = astroAlone('entry-esm-runs', (dir) => expect(existsSync(join(dir, 'pwned.txt'))).toBe(false));
    expect(output).toContain('found an ESM export');
  });
});
