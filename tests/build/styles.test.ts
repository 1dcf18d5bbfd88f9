/**
 * Stylesheets as built: every page gets the shared rules (src/styles/global.css)
 * exactly once, through its page's one stylesheet (src/styles/pages/), and no
 * page carries another page's or component's rules (issue 13: page weight).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { shipped } from '../helpers/shipped.ts';

const siteDir = inject('siteDir');
const read = (p: string) => readFileSync(join(siteDir, p), 'utf8');
const { slug } = shipped();

/** The site's own stylesheets a page links, in order. */
const sheetsOf = (page: string) => [...read(page).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1] ?? '');
const cssOf = (page: string) => sheetsOf(page).map((s) => read(s)).join('\n');
/** How often a rule's selector opens a rule in css (minified output: "selector{"). */
const count = (css: string, selector: string) => css.split(`${selector}{`).length - 1;

describe('stylesheets', () => {
  it('give every page the shared rules exactly once', () => {
    const pages = htmlFiles(siteDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(count(cssOf(page), ':root'), page).toBe(1);
  });

  it('give a section page and the search page one stylesheet each', () => {
    expect(sheetsOf(`${slug}/sections/01/index.html`)).toHaveLength(1);
    expect(sheetsOf('search/index.html')).toHaveLength(1);
  });

  it("keep a page's own rules off the pages that do not use them", () => {
    const search = cssOf('search/index.html');
    for (const selector of ['.measure', '.pager', '.read-aloud', '.problem-list', '.archive__list', '.figure', '.bar']) expect(count(search, selector), selector).toBe(0);
    const section = cssOf(`${slug}/sections/01/index.html`);
    for (const selector of ['.problem-list', '.archive__list', '.search-form', '.field']) expect(count(section, selector), selector).toBe(0);
    for (const selector of ['.measure', '.pager', '.read-aloud', '.bar']) expect(count(section, selector), selector).toBeGreaterThan(0);
  });
});
