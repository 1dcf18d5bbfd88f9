import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { asksToBeIndexed, missingOutputs, missingSitemapPages, verifyBuild } from '../../tools/build/verify.ts';

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

  it("ignores the words inside another attribute's value (a title copied into a meta description)", () => {
    expect(asksToBeIndexed(html('<meta name="description" content="通报 data-pagefind-body 标题"><p>文</p>'))).toBe(false);
    expect(asksToBeIndexed(html('<a title=\'x data-pagefind-body y\' href="/">文</a>'))).toBe(false);
    expect(asksToBeIndexed(html('<meta content = "a data-pagefind-body b"><main class="x" data-pagefind-body>文</main>'))).toBe(true);
  });
});

describe('verifyBuild says which pages the search index and the site disagree on', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const put = (rel: string, text: string | Buffer) => {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  };
  const fragment = (pages: Record<string, string>) =>
    gzipSync(
      Buffer.from(`pagefind_dcd${JSON.stringify(Object.fromEntries(Object.entries(pages).map(([k, url]) => [k, { url, content: '' }])))}`),
    );
  const site = (indexed: string[], bodies: string[]) => {
    dir = mkdtempSync(join(tmpdir(), 'verify-index-'));
    for (const f of ['index.html', '404.html', 'pagefind/pagefind.js']) put(f, 'x');
    put('sitemap-index.xml', '<sitemapindex></sitemapindex>');
    put('pagefind/pagefind-entry.json', JSON.stringify({ languages: { und: { page_count: indexed.length } } }));
    put('pagefind/fragment/und_group_1.pf_fragment', fragment(Object.fromEntries(indexed.map((u, i) => [`und_${i}`, u]))));
    for (const b of bodies) put(b, '<main data-pagefind-body>文</main>');
    // The project's content, for naming the file a page comes from.
    put('project/content/reports/r1/sections/02-某某问题.mdx', '---');
  };

  it('names the pages marked for the index that it lacks, with their content file', () => {
    site(['/r1/sections/01/'], ['r1/sections/01/index.html', 'r1/sections/02/index.html', 'r1/index.html']);
    expect(() => verifyBuild(dir, '/', join(dir, 'project'))).toThrow(/应收录 3 页.*实收录 1 页/);
    try {
      verifyBuild(dir, '/', join(dir, 'project'));
    } catch (e) {
      const m = (e as Error).message;
      expect(m).toContain('/r1/sections/02/（content/reports/r1/sections/02-某某问题.mdx）');
      expect(m).toContain('/r1/（content/reports/r1/）');
      expect(m).not.toContain('/r1/sections/01/');
    }
  });

  it('passes when they agree, and an archive with nothing to search needs no pagefind.js', () => {
    site(['/r1/'], ['r1/index.html']);
    expect(() => verifyBuild(dir, '/', dir)).not.toThrow();
    rmSync(join(dir, 'pagefind/pagefind.js'));
    expect(missingOutputs(dir, true)).toEqual(['pagefind/pagefind.js']);
    expect(missingOutputs(dir, false)).toEqual([]);
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
