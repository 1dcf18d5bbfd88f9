/**
 * Search in a real browser against the built site: for every term of
 * tests/fixtures/search/terms.json, the sections the search page lists are
 * compared with the sections whose indexed text contains the term (computed
 * from the built HTML), and every measure link with the measures that do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, formatViolations, launchBrowser, runAxe, serveSite, type BrowserSession, type SiteServer } from './harness.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { bodyAttribute, indexedSegments } from '../helpers/search-text.ts';
import { t } from '../../src/i18n/zh-CN.ts';

const terms: string[] = JSON.parse(readFileSync('tests/fixtures/search/terms.json', 'utf8')).terms;

interface IndexedPage {
  /** Site path, e.g. "sections/06/". */
  path: string;
  theme: string | null;
  rest: string;
  measures: Map<string, string>;
  all: string;
}

function indexedPages(dir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const f of htmlFiles(dir)) {
    const html = readFileSync(join(dir, f), 'utf8');
    const seg = indexedSegments(html);
    if (!seg) continue;
    pages.push({ path: f.replace(/index\.html$/, ''), theme: bodyAttribute(html, 'dataTheme'), ...seg, all: [seg.rest, ...seg.measures.values()].join('\n') });
  }
  return pages;
}

interface Listed {
  /** Section links, as site paths. */
  sections: string[];
  /** Measure links, as "sections/06/#m2" (or the section path for a match outside the measures). */
  hits: string[];
  status: string;
}

/** Types a query into the search page's form, submits it and reads the listed results once the status line reports them. */
async function searchFor(page: Page, root: string, term: string, theme = ''): Promise<Listed> {
  await page.getByLabel(t('search.inputLabel')).fill(term);
  await page.getByLabel(t('search.themeLabel')).selectOption(theme);
  await page.locator('form[data-search-form] button[type="submit"]').click();
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.innerText(), { timeout: 10_000 }).toContain(`\u201C${term}\u201D`);
  return page.evaluate((root) => {
    const rel = (a: Element) => (a as HTMLAnchorElement).href.replace(root, '');
    return {
      sections: [...document.querySelectorAll('.search-result h3 a')].map(rel),
      hits: [...document.querySelectorAll('.search-hit a')].map(rel),
      status: document.querySelector('[data-search-status]')!.textContent ?? '',
    };
  }, root);
}

const pct = (x: number) => x.toFixed(2);

describe.runIf(chromiumAvailable())('Chinese full-text search in a real browser', () => {
  const siteDir = inject('siteDir');
  const pages = indexedPages(siteDir);
  let server: SiteServer;
  let baseServer: SiteServer;
  let session: BrowserSession;
  let baseSession: BrowserSession;
  beforeAll(async () => {
    server = await serveSite(siteDir, '/');
    baseServer = await serveSite(inject('baseSiteDir'), inject('basePath'));
    session = await launchBrowser(server.origin);
    baseSession = await launchBrowser(baseServer.origin);
  });
  // Both per-term tests read one run of every term through the search page.
  let listings: Promise<{ byTerm: Map<string, Listed>; external: string[] }> | undefined;
  const listAll = () =>
    (listings ??= (async () => {
      const { page, external } = await session.newPage();
      await page.goto(`${server.root}search/`);
      const byTerm = new Map<string, Listed>();
      for (const term of terms) byTerm.set(term, await searchFor(page, server.root, term));
      return { byTerm, external };
    })());
  afterAll(async () => {
    await session?.close();
    await baseSession?.close();
    await server?.close();
    await baseServer?.close();
  });

  it('has at least 40 terms of 2 to 6 characters, each found in the report', () => {
    expect(terms.length).toBeGreaterThanOrEqual(40);
    for (const term of terms) {
      expect([...term].length, term).toBeGreaterThanOrEqual(2);
      expect([...term].length, term).toBeLessThanOrEqual(6);
      expect(pages.some((p) => p.all.includes(term)), `${term} is not in any indexed page`).toBe(true);
    }
  });

  it('finds every section containing each term (recall 1.0) and almost nothing else (precision ≥ 0.95)', async () => {
    const { byTerm, external } = await listAll();
    const rows: { term: string; expected: number; found: number; recall: number; precision: number; missing: string[]; extra: string[] }[] = [];
    let tp = 0;
    let fp = 0;
    for (const term of terms) {
      const expected = pages.filter((p) => p.all.includes(term)).map((p) => p.path);
      const { sections } = byTerm.get(term)!;
      const hit = sections.filter((s) => expected.includes(s)).length;
      tp += hit;
      fp += sections.length - hit;
      rows.push({
        term,
        expected: expected.length,
        found: sections.length,
        recall: expected.length ? hit / expected.length : 1,
        precision: sections.length ? hit / sections.length : 1,
        missing: expected.filter((e) => !sections.includes(e)),
        extra: sections.filter((s) => !expected.includes(s)),
      });
    }
    const failing = rows.filter((r) => r.recall < 1 || r.precision < 0.95);
    const table = [
      'term\texpected\tfound\trecall\tprecision\tmissing / extra',
      ...rows.map((r) => `${r.term}\t${r.expected}\t${r.found}\t${pct(r.recall)}\t${pct(r.precision)}\t${[...r.missing.map((m) => `-${m}`), ...r.extra.map((e) => `+${e}`)].join(' ')}`),
      `overall precision ${pct(tp / (tp + fp))} over ${terms.length} terms`,
    ].join('\n');
    if (failing.length > 0) console.log(table);
    else console.log(`search quality: ${terms.length} terms, every section found, overall precision ${pct(tp / (tp + fp))}`);
    expect(failing.map((r) => r.term), table).toEqual([]);
    expect(external).toEqual([]);
  });

  it('finds exactly the containing sections for terms nobody chose: Han substrings sampled from the text', async () => {
    // A fixed-seed sample, so a failure can be reproduced; new content gives new terms.
    // SEARCH_SAMPLE=200 samples more.
    let seed = 20221220;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const runs = pages.flatMap((p) => p.all.match(/\p{Script=Han}{2,}/gu) ?? []);
    const sample = new Set<string>();
    const size = Number(process.env['SEARCH_SAMPLE'] ?? 30);
    while (sample.size < size) {
      const run = [...runs[Math.floor(random() * runs.length)]!];
      const length = 2 + Math.floor(random() * 3);
      if (run.length < length) continue;
      const start = Math.floor(random() * (run.length - length + 1));
      sample.add(run.slice(start, start + length).join(''));
    }
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}search/`);
    const wrong: string[] = [];
    for (const term of sample) {
      const expected = pages.filter((p) => p.all.includes(term)).map((p) => p.path).sort();
      const { sections } = await searchFor(page, server.root, term);
      if (JSON.stringify([...sections].sort()) !== JSON.stringify(expected)) wrong.push(`${term}: expected ${expected.join(' ')} found ${sections.join(' ')}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(external).toEqual([]);
  });

  it('links each matching measure to its permalink, and only measures that contain the term', async () => {
    const { byTerm, external } = await listAll();
    const problems: string[] = [];
    for (const term of terms) {
      const expected = pages.flatMap((p) => [
        ...(p.rest.includes(term) ? [p.path] : []),
        ...[...p.measures].filter(([, text]) => text.includes(term)).map(([id]) => `${p.path}#${id}`),
      ]);
      const { hits } = byTerm.get(term)!;
      const missing = expected.filter((e) => !hits.includes(e));
      const extra = hits.filter((h) => !expected.includes(h));
      if (missing.length + extra.length > 0) problems.push(`${term}: missing ${missing.join(' ')} extra ${extra.join(' ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(external).toEqual([]);
  });

  it('narrows results to the chosen theme', async () => {
    // A term found in sections of at least two themes, chosen from the content.
    const term = terms.find((x) => new Set(pages.filter((p) => p.all.includes(x)).map((p) => p.theme)).size >= 2);
    expect(term, 'no term spans two themes').toBeDefined();
    const containing = pages.filter((p) => p.all.includes(term!));
    const theme = containing[0]!.theme!;
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}search/`);
    const { sections, status } = await searchFor(page, server.root, term!, theme);
    expect(sections.sort()).toEqual(containing.filter((p) => p.theme === theme).map((p) => p.path).sort());
    expect(sections.length).toBeLessThan(containing.length);
    expect(status).toBe(t('search.countInTheme', { theme, count: sections.length, query: term! }));
    expect(external).toEqual([]);
  });

  it('goes from the header box of a section page to the results and on to a measure, under the base path', async () => {
    const term = terms.find((x) => pages.some((p) => [...p.measures.values()].some((m) => m.includes(x))))!;
    const { page, external } = await baseSession.newPage();
    await page.goto(`${baseServer.root}sections/01/`);
    await page.getByRole('search').getByRole('searchbox').fill(term);
    await page.getByRole('search').getByRole('button', { name: t('search.submit') }).click();
    await page.waitForURL((u) => u.pathname === `${inject('basePath')}search/` && u.searchParams.get('q') === term);
    const first = page.locator('.search-hit a[href*="#m"]').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href?.startsWith(`${inject('basePath')}sections/`), href ?? '').toBe(true);
    await first.click();
    const id = href!.split('#')[1];
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id), { timeout: 10_000 }).toBe(id);
    expect(await page.locator(':target').locator('xpath=..').innerText()).toContain(term);
    expect(external).toEqual([]);
  });

  it('shows the interface in Chinese, with no Pagefind default text', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent(terms[0]!)}`);
    await page.locator('.search-result').first().waitFor();
    const chrome = await page.locator('.search-page').evaluate((root) => {
      const clone = root.cloneNode(true) as HTMLElement;
      clone.querySelectorAll('.search-hit p, .search-result h3').forEach((e) => e.remove());
      return clone.innerText;
    });
    // Latin words other than the product name JavaScript would be untranslated UI text.
    expect(chrome.replace(/JavaScript/g, '').match(/[A-Za-z]{2,}/g)).toBeNull();
    expect(await page.locator('[data-search-nojs]').isHidden()).toBe(true);
  });

  it('has no axe violation (WCAG 2.1 A/AA and best practices) with results, with none found, and in both high-contrast schemes', async () => {
    const { page } = await session.newPage();
    const problems: string[] = [];
    const states: [string, string, string | null][] = [
      ['results', terms[0]!, null],
      ['no results', '\u4E00\u4E00\u4E00\u4E00', null],
      ['results, black on yellow', terms[0]!, 'black-on-yellow'],
      ['results, yellow on black', terms[0]!, 'yellow-on-black'],
    ];
    for (const [name, query, scheme] of states) {
      await page.goto(`${server.root}search/?q=${encodeURIComponent(query)}`);
      if (scheme) await page.evaluate((s) => document.documentElement.setAttribute('data-reading-contrast', s), scheme);
      await expect.poll(() => page.locator('[data-search-status]').innerText(), { timeout: 10_000 }).toContain(`\u201C${query}\u201D`);
      problems.push(...formatViolations(`search/ (${name})`, await runAxe(page)));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('cuts a pasted 1,000-character query to its first 100 characters and says so', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent('\u7269\u4E1A'.repeat(500))}`);
    await expect.poll(() => page.locator('[data-search-status]').innerText(), { timeout: 10_000 }).toContain(t('search.tooLong', { max: 100 }));
    expect(Array.from(await page.getByLabel(t('search.inputLabel')).inputValue())).toHaveLength(100);
  });

  it('reflows at 320 px wide with text at 200 %: no sideways scrolling on the search page with results', async () => {
    const { page } = await session.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${server.root}search/?q=${encodeURIComponent(terms[0]!)}`);
    await page.evaluate(() => document.documentElement.setAttribute('data-reading-size', '200'));
    await page.locator('.search-result').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('says without JavaScript that search needs it and links to the list of all sections', async () => {
    const { page, external } = await baseSession.newPage({ javaScriptEnabled: false });
    await page.goto(`${baseServer.root}search/?q=${encodeURIComponent(terms[0]!)}`);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain(t('search.noJs'));
    expect(await notice.locator('a').getAttribute('href')).toBe(`${inject('basePath')}#problems`);
    expect(external).toEqual([]);
  });
});
