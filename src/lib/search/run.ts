/**
 * A search from query to verified, ranked results. Pagefind is passed in, so
 * the whole flow is unit-tested with a stand-in; the search page passes the
 * real pagefind.js.
 */
import { pagefindQuery, queryParts } from './segment.ts';
import { matchPage, rank, type PageMatch, type PagefindPage } from './verify.ts';

/** The part of the pagefind.js API used here. */
export interface PagefindApi {
  search: (term: string | null, options?: { filters?: Record<string, string> }) => Promise<{ results: { data: () => Promise<PagefindPage> }[] } | null>;
}

export interface SearchOutcome {
  /** The query as matched: normalised parts a result contains. */
  parts: string[];
  results: PageMatch[];
}

/** Searches for every part of query, optionally within one theme. */
export async function searchSections(pf: PagefindApi, query: string, theme: string | null = null): Promise<SearchOutcome> {
  const parts = queryParts(query);
  if (parts.length === 0) return { parts, results: [] };
  const filters = theme ? { theme } : {};
  const term = pagefindQuery(parts);
  // Pagefind drops punctuation; a query of punctuation alone ("%") has no
  // words to look up, so every page is a candidate and verification decides.
  const lookup = /[\p{L}\p{N}]/u.test(term) ? term : null;
  const response = await pf.search(lookup, { filters });
  const pages = await Promise.all((response?.results ?? []).map((r) => r.data()));
  const results = pages.map((p) => matchPage(p, parts)).filter((m): m is PageMatch => m !== null);
  return { parts, results: rank(results) };
}
