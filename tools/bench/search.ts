/**
 * The search figures issue 13 sets targets for, measured in chromium through
 * the search page: for each term (tools/bench/search-terms.ts), a fresh browser
 * context opens /search/, types the term and waits until the results (or
 * the "none found" status) show — bytes (gzip, page included), requests,
 * fragment requests, time — then types the next term for a warm query. And
 * exactness: every query of a list (tools/bench/search-quality.ts) run through
 * pagefind.js the way the search page runs it, the pages found compared
 * with the pages whose text holds the query.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { measureSearch, type SiteUnderTest } from './browser.ts';
import { foldText, type IndexedPage } from './indexed-text.ts';
import { compareWithTruth, type QualitySummary } from './search-quality.ts';
import type { PickedTerm } from './search-terms.ts';
import type { PageWeight } from './weight.ts';
import { partQuery, queryParts } from '../../src/lib/search/tokens.ts';

export interface TermSearch extends PickedTerm {
  /** Results listed after the first query (the first batch). */
  results: number;
  /** Opening the search page plus the first query, gzip. */
  gzipTotal: number;
  /** Requests of opening the page plus the first query. */
  requests: number;
  /** Pagefind fragment (.pf_fragment) requests of the first query. */
  fragments: number;
  /** Submit → results (or the "none found" status) shown, ms. */
  ms: number;
  warm: { term: string; ms: number; gzip: number; fragments: number };
}

export interface TermsSummary {
  /** The page searched from, e.g. "search/". */
  from: string;
  terms: TermSearch[];
  quality: QualitySummary | null;
}

/** Fragment requests among a weighed set of responses. */
export const fragmentRequests = (w: PageWeight) =>
  w.resources.filter((r) => /\.pf_fragment$/.test(new URL(r.url, 'http://x').pathname)).length;

/** Each term from a fresh context through the search page; the warm query is the next term of the list. */
export async function measureTerms(site: SiteUnderTest, from: string, terms: readonly PickedTerm[]): Promise<TermSearch[]> {
  const out: TermSearch[] = [];
  for (const [i, t] of terms.entries()) {
    const warmTerm = terms[(i + 1) % terms.length]?.term ?? t.term;
    const r = await measureSearch(site, from, { first: t.term, warm: warmTerm }, 'ui');
    out.push({
      ...t,
      results: r.first.results,
      gzipTotal: r.page.gzipTotal + r.first.weight.gzipTotal,
      requests: r.page.requests + r.first.weight.requests,
      fragments: fragmentRequests(r.first.weight),
      ms: r.first.ms,
      warm: { term: warmTerm, ms: r.warm.ms, gzip: r.warm.weight.gzipTotal, fragments: fragmentRequests(r.warm.weight) },
    });
  }
  return out;
}

/**
 * Pagefind's result id → page url, read from the fragment files of the built
 * index: one page's fragment per file (<id>.pf_fragment), or several pages'
 * in a shared file (<lang>_group_<hash>.pf_fragment: an object of fragments by id).
 */
export function fragmentUrls(dir: string): Map<string, string> {
  const folder = join(dir, 'pagefind', 'fragment');
  const urls = new Map<string, string>();
  if (!existsSync(folder)) return urls;
  for (const f of readdirSync(folder)) {
    if (!f.endsWith('.pf_fragment')) continue;
    // A fragment file is gzip of "pagefind_dcd" followed by JSON.
    const text = gunzipSync(readFileSync(join(folder, f))).toString('utf8');
    const json = JSON.parse(text.slice(text.indexOf('{'))) as { url?: string } & Record<string, unknown>;
    if (typeof json.url === 'string') urls.set(f.replace(/\.pf_fragment$/, ''), json.url);
    else for (const [id, fragment] of Object.entries(json)) urls.set(id, (fragment as { url: string }).url);
  }
  return urls;
}

/**
 * Runs each query on the search page through pagefind.js as the page does
 * (each whitespace-separated part an exact phrase of character codes, the
 * pages holding every part), and compares all the pages found with the truth.
 */
export async function measureQuality(
  site: SiteUnderTest,
  from: string,
  queries: readonly string[],
  pages: readonly IndexedPage[],
): Promise<QualitySummary> {
  const urlOf = fragmentUrls(site.dir);
  const { page, context } = await site.newPage();
  try {
    await page.goto(site.origin + site.base + from, { waitUntil: 'load' });
    const found = new Map<string, string[]>();
    for (const q of queries) {
      const parts = queryParts(q).map(partQuery);
      const ids = await page.evaluate(
        async ({ parts, url }) => {
          type Pf = {
            options: (o: object) => Promise<void>;
            search: (q: string, o: object) => Promise<{ results: { id: string }[] } | null>;
          };
          const w = window as unknown as { __benchQuality?: Pf };
          if (!w.__benchQuality) {
            w.__benchQuality = (await import(/* @vite-ignore */ url)) as Pf;
            await w.__benchQuality.options({ noWorker: true });
          }
          const pf = w.__benchQuality;
          const lists = await Promise.all(
            parts.map(async (p) => ((await pf.search(p, { sort: { order: 'asc' } }))?.results ?? []).map((r) => r.id)),
          );
          const [head = [], ...rest] = lists;
          return head.filter((id) => rest.every((l) => l.includes(id)));
        },
        { parts, url: `${site.base}pagefind/pagefind.js` },
      );
      found.set(
        q,
        ids.map((id) => urlOf.get(id) ?? `(unknown fragment ${id})`),
      );
    }
    return compareWithTruth(pages, found, foldText);
  } finally {
    await context.close();
  }
}
