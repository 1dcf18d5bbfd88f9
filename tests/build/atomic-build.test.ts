import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';

// npm run build must replace dist/ only when everything succeeded: a failed
// build leaves the previous dist/ byte for byte as it was.

/** One hash over every path, file mode and file content under dir. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = join(dir, rel);
    const st = statSync(abs);
    h.update(`${rel}\0${st.mode}\0`);
    if (st.isFile()) h.update(readFileSync(abs));
  }
  return h.digest('hex');
}

/** A previous published site: a few files in nested folders. */
function previousDist(root: string): string {
  const dist = join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>last good site</title>',
    'sections/06/index.html': '<p>第6项</p>',
    '_astro/site.abc123.css': 'body{color:#111}',
    'pagefind/pagefind.js': 'export const v=1;',
    'pagefind/index/zh-cn_1.pf_index': '\u0000\u0001binary',
    'old-only.txt': 'only in the previous build',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dist, rel, '..'), { recursive: true });
    writeFileSync(join(dist, rel), content);
  }
  return dist;
}

function sectionFile(root: string, prefix: string): string {
  const dir = join(root, 'content', 'sections');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no section ${prefix}`);
  return join(dir, name);
}

const leftovers = (root: string) => readdirSync(root).filter((f) => f.endsWith('.building') || f.endsWith('.previous'));

describe('atomic build', () => {
  it('leaves dist/ byte for byte unchanged when the content check fails', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      const file = sectionFile(copy.dir, '06-');
      writeFileSync(file, readFileSync(file, 'utf8').replace('55.6%', '55.8%'));
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).not.toBe(0);
      expect(output).toContain('content/sections/06-');
      expect(output).toContain('55.6%');
      expect(treeHash(dist)).toBe(before);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  });

  it('leaves dist/ byte for byte unchanged when Astro itself fails mid-build', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      // Passes the content check (imports are not text) but cannot be built.
      const file = sectionFile(copy.dir, '06-');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/\n---\n/, "\n---\n\nimport Missing from '../../src/components/DoesNotExist.astro';\n"));
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).not.toBe(0);
      expect(output).toContain('astro build');
      expect(treeHash(dist)).toBe(before);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  });

  it('swaps in the new site when every step succeeds', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).toBe(0);
      expect(existsSync(join(dist, 'old-only.txt'))).toBe(false);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('last good site');
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(readdirSync(join(dist, 'sections')).length).toBeGreaterThan(1);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);
});
