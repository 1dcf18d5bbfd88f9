/**
 * Measurements in headless chromium: what a page downloads when a reader
 * opens it, and what the first and a later search cost. Every request the
 * browser makes (page, scripts, the Pagefind worker and its fetches) is
 * recorded; its body is read from the built folder the server serves, so
 * sizes are exact and compression is computed by weight.ts, not guessed.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { pageWeight, type FetchedResource, type PageWeight } from './weight.ts';

/** The file a plain static server sends for a URL path under base (directory → index.html, missing → 404.html). */
export function fileForPath(dir: string, base: string, pathname: string): { file: string; found: boolean } {
  let path = decodeURIComponent(pathname);
  if (!path.startsWith(base)) return { file: join(dir, '404.html'), found: false };
  path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
  let file = join(dir, path);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? { file, found: true } : { file: join(dir, '404.html'), found: false };
}

/** The site icon, left out of every measurement (see Recorder). */
export const FAVICON = /\/favicon\.(svg|ico|png)$/;

interface Recorded {
  url: string;
  phase: string;
  contentType?: string | undefined;
}

/** Records every request of a browser context, tagged with the phase it started in. */
class Recorder {
  phase = 'load';
  readonly done: Recorded[] = [];
  private pending = 0;
  private lastActivity = performance.now();

  constructor(context: BrowserContext, origin: string) {
    context.on('request', (r) => {
      if (!r.url().startsWith(origin)) return;
      // The browser fetches the site icon at a moment of its choosing (after load, again when the URL
      // changes), so it would land in whichever phase was running: not counted (a few hundred bytes, once per visit).
      if (FAVICON.test(new URL(r.url()).pathname)) return;
      this.pending++;
      this.lastActivity = performance.now();
      const phase = this.phase;
      const finish = async (ok: boolean) => {
        const response = ok ? await r.response().catch(() => null) : null;
        this.done.push({ url: r.url(), phase, contentType: response?.headers()['content-type'] });
        this.pending--;
        this.lastActivity = performance.now();
      };
      r.response()
        .then((res) => (res ? res.finished() : null))
        .then(
          () => finish(true),
          () => finish(false),
        );
    });
  }

  /** Waits until no request has been in flight for quietMs. */
  async settle(quietMs = 300, timeoutMs = 30_000): Promise<void> {
    const until = performance.now() + timeoutMs;
    while (performance.now() < until) {
      if (this.pending === 0 && performance.now() - this.lastActivity >= quietMs) return;
      await new Promise((ok) => setTimeout(ok, 25));
    }
  }

  resources(phase: string, dir: string, base: string): FetchedResource[] {
    return this.done
      .filter((r) => r.phase === phase)
      .map((r) => ({ url: r.url, contentType: r.contentType, body: readFileSync(fileForPath(dir, base, new URL(r.url).pathname).file) }));
  }
}

export interface SiteUnderTest {
  /** Folder the server serves. */
  dir: string;
  /** Base path, e.g. "/". */
  base: string;
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  newPage: () => Promise<{ page: Page; context: BrowserContext }>;
}

export type PageResult = { status: 'ok'; path: string; weight: PageWeight } | { status: 'missing'; path: string };

/** Opens path on a fresh page (empty cache) and adds up everything it downloads. */
export async function measurePage(site: SiteUnderTest, path: string): Promise<PageResult> {
  const { page, context } = await site.newPage();
  try {
    const rec = new Recorder(context, site.origin);
    const response = await page.goto(site.origin + site.base + path, { waitUntil: 'load' });
    await rec.settle();
    if (!response || response.status() === 404) return { status: 'missing', path };
    return { status: 'ok', path, weight: pageWeight(rec.resources('load', site.dir, site.base)) };
  } finally {
    await context.close();
  }
}

export interface QueryResult {
  term: string;
  /** Wall time in the page from starting the query to having the first results' data. */
  ms: number;
  results: number;
  weight: PageWeight;
}

export interface SearchResult {
  /** The page the search ran from. */
  from: string;
  mode: SearchMode;
  page: PageWeight;
  first: QueryResult;
  warm: QueryResult;
}

/** How many results' data an API-mode query loads: what a results list shows first. */
export const RESULTS_SHOWN = 5;

/** Hooks of the search page (src/pages/search.astro) the UI mode drives. */
export const SEARCH_UI = {
  input: '[data-search-form] input[name="q"]',
  status: '[data-search-status]',
  results: '[data-search-results]',
  error: '[data-search-error]',
};

export type SearchMode = 'ui' | 'api';

/**
 * On a fresh page at `path`, runs a first query, then a different, warm one.
 * Mode "ui" types into the search page's form and waits for its results,
 * so it measures what the page really loads; mode "api" (used when there is
 * no search page) calls pagefind.js directly and loads the first results' data.
 */
export async function measureSearch(
  site: SiteUnderTest,
  path: string,
  terms: { first: string; warm: string },
  mode: SearchMode,
): Promise<SearchResult> {
  const { page, context } = await site.newPage();
  try {
    const rec = new Recorder(context, site.origin);
    const response = await page.goto(site.origin + site.base + path, { waitUntil: 'load' });
    if (!response || response.status() === 404) throw new Error(`search page ${path} not found`);
    await rec.settle();
    const apiQuery = (term: string) =>
      page.evaluate(
        async ({ url, term, shown }) => {
          const t0 = performance.now();
          const w = window as unknown as {
            __benchPagefind?: { search: (t: string) => Promise<{ results: { data: () => Promise<unknown> }[] }> };
          };
          const pf = (w.__benchPagefind ??= await import(/* @vite-ignore */ url));
          const s = await pf.search(term);
          await Promise.all(s.results.slice(0, shown).map((x) => x.data()));
          return { ms: performance.now() - t0, results: s.results.length };
        },
        { url: `${site.base}pagefind/pagefind.js`, term, shown: RESULTS_SHOWN },
      );
    const uiQuery = async (term: string) => {
      // The page sets its status line twice per query: "searching" on submit, then the outcome.
      // Watch the status for both, timing from the submit event to the outcome, in the page.
      await page.evaluate((ui) => {
        type Probe = { texts: string[]; t0: number; t1: number; observer?: MutationObserver };
        const w = window as unknown as { __benchProbe?: Probe };
        w.__benchProbe?.observer?.disconnect();
        const probe: Probe = { texts: [], t0: 0, t1: 0 };
        const status = document.querySelector(ui.status);
        if (!status) throw new Error(`no ${ui.status} on the search page`);
        probe.observer = new MutationObserver(() => {
          probe.texts.push(status.textContent ?? '');
          probe.t1 = performance.now();
        });
        probe.observer.observe(status, { childList: true, characterData: true, subtree: true });
        document.addEventListener('submit', () => void (probe.t0 = performance.now()), { capture: true, once: true });
        w.__benchProbe = probe;
      }, SEARCH_UI);
      await page.fill(SEARCH_UI.input, term);
      await page.press(SEARCH_UI.input, 'Enter');
      await page.waitForFunction(
        (ui) => {
          const probe = (window as unknown as { __benchProbe: { texts: string[] } }).__benchProbe;
          const error = document.querySelector<HTMLElement>(ui.error);
          return (error !== null && !error.hidden) || probe.texts.length >= 2;
        },
        SEARCH_UI,
        { timeout: 30_000, polling: 10 },
      );
      const ms = await page.evaluate(() => {
        const probe = (window as unknown as { __benchProbe: { t0: number; t1: number } }).__benchProbe;
        return probe.t1 - probe.t0;
      });
      const results = await page.locator(`${SEARCH_UI.results} li.search-result`).count();
      return { ms, results };
    };
    const query = async (phase: 'first' | 'warm', term: string): Promise<QueryResult> => {
      rec.phase = phase;
      const r = mode === 'ui' ? await uiQuery(term) : await apiQuery(term);
      await rec.settle();
      return { term, ...r, weight: pageWeight(rec.resources(phase, site.dir, site.base)) };
    };
    const first = await query('first', terms.first);
    const warm = await query('warm', terms.warm);
    return { from: path, mode, page: pageWeight(rec.resources('load', site.dir, site.base)), first, warm };
  } finally {
    await context.close();
  }
}
