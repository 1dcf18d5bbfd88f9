/**
 * Stylesheets as built: every page gets the shared rules (src/styles/global.css)
 * exactly once, through its page's one stylesheet (src/styles/pages/), and no
 * page carries another page's or component's rules (issue 13: page weight).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';
import { shipped } from '../helpers/shipped.ts';

const siteDir = inject('siteDir');
const read = (p: string) => readFileSync(join(siteDir, p), 'utf8');
const { slug } = shipped();

/** The site's own stylesheets a page links, in order. */
const sheetsOf = (page: string) => [...read(page).matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1] ?? '');
const cssOf = (page: string) =>
  sheetsOf(page)
    .map((s) => read(s))
    .join('\n');
/** How often a rule's selector opens a rule in css (minified output: "selector{"). */
const count = (css: string, selector: string) => css.split(`${selector}{`).length - 1;

describe('stylesheets', () => {
  it('give every page the shared rules exactly once', () => {
    const pages = htmlFiles(siteDir);
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(count(cssOf(page), ':root'), page).toBe(1);
  });

  it("carry the rules of every class a page uses that any of the site's stylesheets styles", () => {
    const classesIn = (css: string) => new Set([...css.matchAll(/\.(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1] ?? ''));
    // Styled somewhere: in a built sheet or in a part of src/styles/ (which a page may have left out).
    const sheets = new Set(htmlFiles(siteDir).flatMap(sheetsOf));
    const parts = readdirSync('src/styles')
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join('src/styles', f), 'utf8'));
    const styled = classesIn([...[...sheets].map((s) => read(s)), ...parts].join('\n'));
    for (const page of htmlFiles(siteDir)) {
      const used = new Set([...read(page).matchAll(/class="([^"]*)"/g)].flatMap((m) => (m[1] ?? '').split(/\s+/)));
      const own = classesIn(cssOf(page));
      const missing = [...used].filter((c) => styled.has(c) && !own.has(c));
      expect(missing, `${page} uses classes its stylesheet lacks`).toEqual([]);
    }
  });

  it('give a section page and the search page one stylesheet each', () => {
    expect(sheetsOf(`${slug}/sections/01/index.html`)).toHaveLength(1);
    expect(sheetsOf('search/index.html')).toHaveLength(1);
  });

  it("keep a page's own rules off the pages that do not use them", () => {
    const search = cssOf('search/index.html');
    for (const selector of ['.measure', '.pager', '.read-aloud', '.problem-list', '.archive__list', '.figure', '.bar'])
      expect(count(search, selector), selector).toBe(0);
    const section = cssOf(`${slug}/sections/01/index.html`);
    for (const selector of ['.problem-list', '.archive__list', '.search-form', '.field'])
      expect(count(section, selector), selector).toBe(0);
    for (const selector of ['.measure', '.pager', '.read-aloud', '.bar']) expect(count(section, selector), selector).toBeGreaterThan(0);
  });
});
