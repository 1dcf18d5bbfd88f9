import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { buildSearchIndex, fragmentFileLimit, PAGES_PER_FRAGMENT_FILE } from '../../tools/build/search-index.ts';

// Real Pagefind on tiny invented sites: which pages end up in the index.
const page = (title: string, body: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head><body>${body}</body></html>`;

let dirs: string[] = [];
afterEach(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  dirs = [];
});

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'search-index-'));
  dirs.push(dir);
  for (const [path, html] of Object.entries(pages)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), html);
  }
  return dir;
}

const indexedPages = (dir: string) =>
  Object.values(
    (
      JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      }
    ).languages,
  ).reduce((sum, l) => sum + l.page_count, 0);

describe('buildSearchIndex', () => {
  it('indexes only the pages with a data-pagefind-body element when some page has one', async () => {
    const pages: Record<string, string> = { 'moved/index.html': page('已迁移', '<p>本页已迁移</p>') };
    for (let n = 1; n <= 20; n++)
      pages[`sections/${n}/index.html`] = page(
        `第${n}项`,
        `<header>页眉</header><article data-pagefind-body><p>整改第${n}项</p></article>`,
      );
    const dir = site(pages);
    expect(await buildSearchIndex(dir)).toBe(21);
    expect(indexedPages(dir)).toBe(20);
  });

  it('indexes no page when no page has one (every report withdrawn): an empty index, not every page whole', async () => {
    const dir = site({ 'index.html': page('首页', '<p>通报</p>'), 'a/index.html': page('甲', '<p>整改</p>') });
    await buildSearchIndex(dir);
    expect(indexedPages(dir)).toBe(0);
  });

  it('writes at most fragmentFileLimit files of fragments, about PAGES_PER_FRAGMENT_FILE pages each', async () => {
    const pages: Record<string, string> = {};
    for (let n = 1; n <= 20; n++)
      pages[`sections/${String(n).padStart(2, '0')}/index.html`] = page(
        `第${n}项`,
        `<article data-pagefind-body><p>整改第${n}项</p></article>`,
      );
    const dir = site(pages);
    await buildSearchIndex(dir);
    const files = readdirSync(join(dir, 'pagefind', 'fragment')).filter((f) => f.endsWith('.pf_fragment'));
    expect(files.length).toBe(fragmentFileLimit(20));
    expect(indexedPages(dir)).toBe(20);
  });
});

describe('fragmentFileLimit', () => {
  it('asks for about PAGES_PER_FRAGMENT_FILE pages per file, and at least one file', () => {
    expect(fragmentFileLimit(0)).toBe(1);
    expect(fragmentFileLimit(1)).toBe(1);
    expect(fragmentFileLimit(27)).toBe(Math.ceil(27 / PAGES_PER_FRAGMENT_FILE));
    expect(fragmentFileLimit(2700) * PAGES_PER_FRAGMENT_FILE).toBeGreaterThanOrEqual(2700);
  });
});
