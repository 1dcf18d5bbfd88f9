import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { pagesToWeigh, searchTermsFrom } from '../../tools/bench/site.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));
const put = (rel: string, text: string) => {
  mkdirSync(dirname(join(dir, rel)), { recursive: true });
  writeFileSync(join(dir, rel), text);
};
/** A built site whose sitemap lists `pages` (paths under base), each written with the given HTML. */
function site(base: string, pages: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
  put('sitemap-index.xml', `<sitemapindex><sitemap><loc>https://example.org${base}sitemap-0.xml</loc></sitemap></sitemapindex>`);
  put(
    'sitemap-0.xml',
    `<urlset>${Object.keys(pages)
      .map((p) => `<url><loc>https://example.org${base}${p}</loc></url>`)
      .join('')}</urlset>`,
  );
  for (const [p, html] of Object.entries(pages)) put(join(p, 'index.html'), html);
}

describe('pagesToWeigh', () => {
  it('takes one page of each kind from the sitemap, the heaviest section, and the site-wide data page', () => {
    site('/', {
      '': 'home',
      'a-report/': 'report home',
      'a-report/sections/01/': 'short',
      'a-report/sections/02/': 'the longest section page of all',
      'a-report/feedback/': 'f',
      'a-report/data/': 'd',
      'data/': 'site data',
    });
    put('search/index.html', 'not in the sitemap, found on disk');
    expect(pagesToWeigh(dir, '/')).toEqual([
      { type: 'home', path: '', content: true },
      { type: 'report', path: 'a-report/', content: true },
      { type: 'section', path: 'a-report/sections/02/', content: true },
      { type: 'search', path: 'search/', content: false },
      { type: 'feedback', path: 'a-report/feedback/', content: false },
      { type: 'data', path: 'data/', content: true },
    ]);
  });

  it('reads paths under a base path, and has no report page when sections sit at the root', () => {
    site('/xszg/', { '': 'home', 'sections/01/': 's' });
    expect(pagesToWeigh(dir, '/xszg/')).toEqual([
      { type: 'home', path: '', content: true },
      { type: 'section', path: 'sections/01/', content: true },
    ]);
  });

  it('says where the sitemap should be when there is none', () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-site-'));
    expect(() => pagesToWeigh(dir, '/')).toThrow('sitemap-index.xml');
  });
});

describe('searchTermsFrom', () => {
  it('takes the word on the most pages first, and a rarer one without its characters for the warm query', () => {
    const pages = Array.from({ length: 20 }, (_, i) => `整改。整改${i < 2 ? '。岭庄' : ''}${i < 10 ? '。安全' : ''}`);
    expect(searchTermsFrom(pages)).toEqual({ first: '整改', warm: '岭庄' });
  });

  it('breaks a tie between equally common words by how often they are used', () => {
    expect(searchTermsFrom(['甲乙，丙丁丙丁', '甲乙，丙丁']).first).toBe('丙丁');
  });

  it('refuses text with no Chinese to take terms from', () => {
    expect(() => searchTermsFrom(['no Han here'])).toThrow('no Chinese text');
  });
});
