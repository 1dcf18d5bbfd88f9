import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { hasIndexBody, htmlForIndex, htmlForIndexTree, readsAsString } from '../../src/lib/search/index-html.ts';

const siteDir = inject('siteDir');

describe('the search index HTML of the built pages', () => {
  const pages = htmlFiles(siteDir).map((f) => [f, readFileSync(join(siteDir, f), 'utf8')] as const);
  it('is the same on the string as through the tree, page by page', () => {
    for (const [f, html] of pages) {
      const out = htmlForIndex(html);
      // Parsed and serialised, the string rewrite is the tree's output exactly; an unchanged page stays unchanged.
      expect(out === html ? out : toHtml(fromHtml(out)), f).toBe(htmlForIndexTree(html));
    }
  });
  it('reads every indexed page on the string (the tree is several times slower at 2,600 sections)', () => {
    const indexed = pages.filter(([, html]) => hasIndexBody(html) && /<[^>]*\sdata-pagefind-body[\s>=]/.test(html));
    expect(indexed.length).toBeGreaterThan(0);
    for (const [f, html] of indexed) expect(readsAsString(html), f).toBe(true);
  });
});
