/**
 * Search in a real browser against the built site: for every term of
 * tests/fixtures/search/terms.json, the pages the search page lists (every
 * batch, through "more") are compared with the pages whose indexed text
 * contains the term (computed from the built HTML, full-width/half-width
 * folded), and every part link with the parts that do.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, formatViolations, launchBrowser, runAxe, serveSite, type BrowserSession, type SiteServer } from './harness.ts';
import { htmlFiles } from '../helpers/dist.ts';
import { bodyAttribute, foldText, indexedParts, indexedText } from '../helpers/search-text.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { MAX_QUERY_CHARS } from '../../src/lib/search/run.ts';

const terms: string[] = JSON.parse(readFileSync('tests/fixtures/search/terms.json', 'utf8')).terms;

interface IndexedPage {
  /** Site path, e.g. "2022-12-20-jiangyan/sections/06/". */
  path: string;
  theme: string | null;
  report: string | null;
  /** The page's stretches by part id (null: before the first part), folded. */
  parts: { id: string | null; text: string }[];
  /** The whole indexed text, folded. */
  all: string;
}

function indexedPages(dir: string): IndexedPage[] {
  const pages: IndexedPage[] = [];
  for (const f of htmlFiles(dir)) {
    const html = readFileSync(join(dir, f), 'utf8');
    const all = indexedText(html);
    const parts = indexedParts(html);
    if (all === null || parts === null) continue;
    pages.push({
      path: f.replace(/index\.html$/, ''),
      theme: bodyAttribute(html, 'dataSearchTheme'),
      report: bodyAttribute(html, 'dataSearchReport'),
      parts: parts.map((p) => ({ id: p.id, text: foldText(p.text) })),
      all: foldText(all),
    });
  }
  return pages;
}

const contains = (p: IndexedPage, term: string) => p.all.includes(foldText(term));

interface Listed {
  /** Result links, as site paths. */
  sections: string[];
  /** Part links, as "…/sections/06/#m2" (or the page path for a match before its first part). */
  hits: string[];
  status: string;
}

/** Types a query into the search page's form, submits it, shows every batch through "more" and reads the listed results. */
async function searchFor(page: Page, root: string, term: string, filters: { theme?: string; report?: string } = {}): Promise<Listed> {
  await page.getByLabel(t('search.inputLabel')).fill(term);
  await page.getByLabel(t('search.reportLabel')).selectOption(filters.report ?? '');
  await page.getByLabel(t('search.themeLabel')).selectOption(filters.theme ?? '');
  await page.locator('form[data-search-form] button[type="submit"]').click();
  const status = page.locator('[data-search-status]');
  await expect.poll(() => status.innerText()).toContain(`\u201C${term.split(' ')[0]}\u201D`);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    const before = await page.locator('.search-result').count();
    await more.click();
    await expect.poll(() => page.locator('.search-result').count()).toBeGreaterThan(before);
  }
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
      expect(
        pages.some((p) => contains(p, term)),
        `${term} is not in any indexed page`,
      ).toBe(true);
    }
  });

  it('finds every page containing each term (recall 1.0) and nothing else (precision 1.0)', async () => {
    const { byTerm, external } = await listAll();
    const rows: { term: string; expected: number; found: number; recall: number; precision: number; missing: string[]; extra: string[] }[] =
      [];
    let tp = 0;
    let fp = 0;
    for (const term of terms) {
      const expected = pages.filter((p) => contains(p, term)).map((p) => p.path);
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
    const failing = rows.filter((r) => r.recall < 1 || r.precision < 1);
    const table = [
      'term\texpected\tfound\trecall\tprecision\tmissing / extra',
      ...rows.map(
        (r) =>
          `${r.term}\t${r.expected}\t${r.found}\t${pct(r.recall)}\t${pct(r.precision)}\t${[...r.missing.map((m) => `-${m}`), ...r.extra.map((e) => `+${e}`)].join(' ')}`,
      ),
      `overall precision ${pct(tp / (tp + fp))} over ${terms.length} terms`,
    ].join('\n');
    if (failing.length > 0) console.log(table);
    else console.log(`search quality: ${terms.length} terms, every page found, overall precision ${pct(tp / (tp + fp))}`);
    expect(
      failing.map((r) => r.term),
      table,
    ).toEqual([]);
    expect(external).toEqual([]);
  });

  it('finds exactly the containing pages for terms nobody chose: Han substrings sampled from the text', async () => {
    // A fixed-seed sample, so a failure can be reproduced; new content gives new terms.
    // SEARCH_SAMPLE=200 samples more.
    let seed = 20221220;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
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
      const expected = pages
        .filter((p) => contains(p, term))
        .map((p) => p.path)
        .sort();
      const { sections } = await searchFor(page, server.root, term);
      if (JSON.stringify([...sections].sort()) !== JSON.stringify(expected))
        wrong.push(`${term}: expected ${expected.join(' ')} found ${sections.join(' ')}`);
    }
    expect(wrong, wrong.join('\n')).toEqual([]);
    expect(external).toEqual([]);
  });

  it('links each matching part (measure, report part) to its place, and only parts that contain the term', async () => {
    const { byTerm, external } = await listAll();
    const problems: string[] = [];
    for (const term of terms) {
      const expected = pages.flatMap((p) =>
        p.parts.filter((part) => part.text.includes(foldText(term))).map((part) => (part.id === null ? p.path : `${p.path}#${part.id}`)),
      );
      const { hits } = byTerm.get(term)!;
      const missing = expected.filter((e) => !hits.includes(e));
      const extra = hits.filter((h) => !expected.includes(h));
      if (missing.length + extra.length > 0) problems.push(`${term}: missing ${missing.join(' ')} extra ${extra.join(' ')}`);
    }
    expect(problems, problems.join('\n')).toEqual([]);
    expect(external).toEqual([]);
  });

  it('lists, for every term found on three or more pages, a page where it occurs most among the first three results', async () => {
    const { byTerm } = await listAll();
    const count = (text: string, term: string) => {
      let n = 0;
      for (let i = text.indexOf(term); i !== -1; i = text.indexOf(term, i + 1)) n++;
      return n;
    };
    const wrong: string[] = [];
    let checked = 0;
    for (const term of terms) {
      const folded = foldText(term);
      const counts = new Map(pages.filter((p) => contains(p, term)).map((p) => [p.path, count(p.all, folded)]));
      if (counts.size < 3) continue;
      checked++;
      const most = Math.max(...counts.values());
      const firstThree = byTerm.get(term)!.sections.slice(0, 3);
      if (!firstThree.some((s) => counts.get(s) === most))
        wrong.push(
          `${term}: most (${most}) on ${[...counts]
            .filter(([, n]) => n === most)
            .map(([p]) => p)
            .join(' ')}; first three ${firstThree.map((s) => `${s} (${counts.get(s)})`).join(' ')}`,
        );
    }
    expect(checked, 'no term is on three or more pages').toBeGreaterThan(5);
    expect(wrong, wrong.join('\n')).toEqual([]);
  });

  it('ranks exactly: the pages listed for a query of two words are the pages holding both, in order of occurrences, each word highlighted', async () => {
    const [a, b] = ['\u6574\u6539', '\u4FE1\u8BBF'];
    const both = pages.filter((p) => contains(p, a) && contains(p, b));
    expect(both.length, 'choose two words that share pages').toBeGreaterThan(1);
    const { page } = await session.newPage();
    await page.goto(`${server.root}search/`);
    const listed = await searchFor(page, server.root, `${a} ${b}`);
    expect([...listed.sections].sort()).toEqual(both.map((p) => p.path).sort());
    expect(listed.status).toContain(
      t('search.countAll', {
        scope: '',
        count: both.length,
        query: `${t('search.quoted', { part: a })}${t('search.and')}${t('search.quoted', { part: b })}`,
      }).slice(0, -1),
    );
    const marks = await page.locator('.search-hit mark').allInnerTexts();
    expect(new Set(marks.map(foldText))).toEqual(new Set([a, b]));
  });

  it('brings the results into view on a phone after a search', async () => {
    const { page } = await session.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.root}search/`);
    await page.getByLabel(t('search.inputLabel')).fill(terms[0]!);
    await page.locator('form[data-search-form] button[type="submit"]').click();
    await page.locator('.search-result').first().waitFor();
    const top = await page.locator('[data-search-status]').evaluate((e) => e.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(844 / 2);
  });

  it('narrows results to the chosen theme', async () => {
    // A term found in sections of at least two themes, chosen from the content.
    const term = terms.find((x) => new Set(pages.filter((p) => contains(p, x) && p.theme).map((p) => p.theme)).size >= 2);
    expect(term, 'no term spans two themes').toBeDefined();
    const containing = pages.filter((p) => contains(p, term!));
    const theme = containing.find((p) => p.theme)!.theme!;
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}search/`);
    const { sections, status } = await searchFor(page, server.root, term!, { theme });
    expect(sections.sort()).toEqual(
      containing
        .filter((p) => p.theme === theme)
        .map((p) => p.path)
        .sort(),
    );
    expect(sections.length).toBeLessThan(containing.length);
    expect(status).toBe(
      t('search.count', { scope: t('search.scopeTheme', { theme }), count: sections.length, query: t('search.quoted', { part: term! }) }),
    );
    expect(external).toEqual([]);
  });

  it('goes from the header box of a section page to the results and on to a measure, under the base path', async () => {
    const section = pages.find((p) => p.path.endsWith('/sections/01/'))!;
    const term = terms.find((x) =>
      pages.some((p) => p.parts.some((part) => part.id !== null && /^m\d+$/.test(part.id) && part.text.includes(foldText(x)))),
    )!;
    const { page, external } = await baseSession.newPage();
    await page.goto(`${baseServer.root}${section.path}`);
    await page.getByRole('search').getByRole('searchbox').fill(term);
    await page
      .getByRole('search')
      .getByRole('button', { name: t('search.submit') })
      .click();
    await page.waitForURL((u) => u.pathname === `${inject('basePath')}search/` && u.searchParams.get('q') === term);
    const first = page.locator('.search-hit a[href*="#m"]').first();
    await first.waitFor();
    const href = await first.getAttribute('href');
    expect(href?.startsWith(`${inject('basePath')}${section.report}/sections/`), href ?? '').toBe(true);
    await first.click();
    const id = href!.split('#')[1];
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe(id);
    expect(await page.locator(':target').locator('xpath=..').innerText()).toContain(term);
    expect(external).toEqual([]);
  });

  it('runs a linked search on load, narrowed to the report in the URL, naming the report', async () => {
    const report = pages.find((p) => p.report)!.report!;
    const title = await (async () => {
      const html = readFileSync(join(siteDir, 'search/index.html'), 'utf8');
      return new RegExp(`<option value="${report}" data-title="([^"]+)"`).exec(html)?.[1];
    })();
    expect(title, 'the report is not offered in the report filter').toBeDefined();
    const term = terms.find((x) => pages.filter((p) => contains(p, x)).length >= 2)!;
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}search/?q=${encodeURIComponent(term)}&report=${encodeURIComponent(report)}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.innerText()).toContain(`\u201C${term}\u201D`);
    expect(await page.getByLabel(t('search.reportLabel')).inputValue()).toBe(report);
    const expected = pages.filter((p) => p.report === report && contains(p, term)).length;
    expect(await status.innerText()).toContain(
      t('search.count', {
        scope: t('search.scopeReport', { report: title! }),
        count: expected,
        query: t('search.quoted', { part: term }),
      }).slice(0, -1),
    );
    expect(external).toEqual([]);
  });

  it('finds a term printed only outside the problem sections and links to its part of the report page', async () => {
    const term = '\u7B2C\u4E00\u8D23\u4EFB\u4EBA';
    const containing = pages.filter((p) => contains(p, term));
    expect(containing.length, `${term} is in no indexed page`).toBeGreaterThan(0);
    expect(
      containing.every((p) => !p.path.includes('/sections/')),
      `${term} is in a section page; choose a term only the report page holds`,
    ).toBe(true);
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}search/`);
    const { sections, hits } = await searchFor(page, server.root, term);
    expect(sections.sort()).toEqual(containing.map((p) => p.path).sort());
    expect(
      hits.some((h) => h.includes('#')),
      hits.join(' '),
    ).toBe(true);
    expect(external).toEqual([]);
  });

  it('counts every matching page from the index and fetches text for the shown ten only (at most ten fragment files)', async () => {
    const term = [...terms].sort((a, b) => pages.filter((p) => contains(p, b)).length - pages.filter((p) => contains(p, a)).length)[0]!;
    const expected = pages.filter((p) => contains(p, term)).length;
    expect(expected, `${term} is on too few pages to test paging`).toBeGreaterThan(10);
    const { page, context } = await session.newPage();
    const fragments: string[] = [];
    context.on('request', (r) => void (r.url().includes('/pagefind/fragment/') && fragments.push(r.url())));
    await page.goto(`${server.root}search/?q=${encodeURIComponent(term)}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.innerText()).toContain(`\u201C${term}\u201D`);
    expect(await status.innerText()).toBe(
      t('search.count', { scope: '', count: expected, query: t('search.quoted', { part: term }) }) + t('search.shown', { shown: 10 }),
    );
    expect(await page.locator('.search-result').count()).toBe(10);
    expect(fragments.length).toBeLessThanOrEqual(10);
    await page.locator('[data-search-more]').click();
    await expect.poll(() => page.locator('.search-result').count()).toBe(Math.min(20, expected));
    expect(
      await page.evaluate(() => document.activeElement?.closest('.search-result') === document.querySelectorAll('.search-result')[10]),
    ).toBe(true);
  });

  it('refuses a query longer than the limit with a message instead of searching', async () => {
    const { page, context } = await session.newPage();
    const asked: string[] = [];
    context.on('request', (r) => void (r.url().includes('/pagefind/index/') && asked.push(r.url())));
    const query = '\u6574'.repeat(MAX_QUERY_CHARS * 20);
    await page.goto(`${server.root}search/?q=${encodeURIComponent(query)}`);
    const status = page.locator('[data-search-status]');
    await expect.poll(() => status.innerText()).toBe(t('search.tooLong', { length: query.length, max: MAX_QUERY_CHARS }));
    expect(await page.locator('.search-result').count()).toBe(0);
    expect(asked).toEqual([]);
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
      await expect.poll(() => page.locator('[data-search-status]').innerText()).toContain(`\u201C${query}\u201D`);
      problems.push(...formatViolations(`search/ (${name})`, await runAxe(page)));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('reflows at 320 px wide with text at 200 %: no sideways scrolling on the search page with results', async () => {
    const { page } = await session.newPage({ viewport: { width: 320, height: 700 } });
    await page.goto(`${server.root}search/?q=${encodeURIComponent(terms[0]!)}`);
    await page.evaluate(() => document.documentElement.setAttribute('data-reading-size', '200'));
    await page.locator('.search-result').first().waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  it('says without JavaScript that search needs it and links to the archive of reports', async () => {
    const { page, external } = await baseSession.newPage({ javaScriptEnabled: false });
    await page.goto(`${baseServer.root}search/?q=${encodeURIComponent(terms[0]!)}`);
    const notice = page.locator('[data-search-nojs]');
    expect(await notice.isVisible()).toBe(true);
    expect(await notice.innerText()).toContain(t('search.noJs'));
    expect(await notice.locator('a').getAttribute('href')).toBe(inject('basePath'));
    expect(external).toEqual([]);
  });
});
