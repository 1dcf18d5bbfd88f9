import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { asksToBeIndexed, missingSitemapPages } from '../../tools/build/verify.ts';

describe('asksToBeIndexed', () => {
  const html = (s: string) => Buffer.from(s);
  it('finds the attribute on an element, with or without a value', () => {
    expect(asksToBeIndexed(html('<main data-pagefind-body><p>文</p></main>'))).toBe(true);
    expect(asksToBeIndexed(html('<main class="x" data-pagefind-body="">文</main>'))).toBe(true);
    expect(asksToBeIndexed(html('<main\n  data-pagefind-body\n>文</main>'))).toBe(true);
  });

  it('ignores the words in text and longer attribute names', () => {
    expect(asksToBeIndexed(html('<p>写上 data-pagefind-body 即可</p>'))).toBe(false);
    expect(asksToBeIndexed(html('<main data-pagefind-body-x>文</main>'))).toBe(false);
    expect(asksToBeIndexed(html('<main data-pagefind-ignore>文</main>'))).toBe(false);
  });
});

describe('missingSitemapPages', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, text: string) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  const site = (base: string, pages: string[]) => {
    dir = mkdtempSync(join(tmpdir(), 'verify-'));
    put('sitemap-index.xml', `<sitemapindex><sitemap><loc>https://example.org${base}sitemap-0.xml</loc></sitemap></sitemapindex>`);
    put('sitemap-0.xml', `<urlset>${pages.map((p) => `<url><loc>https://example.org${base}${p}</loc></url>`).join('')}</urlset>`);
  };

  it('names the listed pages that were not written, under a base path too', () => {
    site('/xszg/', ['', 'a/sections/01/', 'a/sections/02/']);
    put('index.html', 'home');
    put('a/sections/01/index.html', 'one');
    expect(missingSitemapPages(dir, '/xszg/')).toEqual(['a/sections/02/']);
  });

  it('is empty when every listed page exists', () => {
    site('/', ['', 'data/']);
    put('index.html', 'home');
    put('data/index.html', 'data');
    expect(missingSitemapPages(dir, '/')).toEqual([]);
  });
});
