/**
 * Relevance of the pages a search matched, still exact: ranking only orders
 * the pages that hold every query part, it never adds or drops one.
 *
 * Pagefind scores an exact (quoted) phrase 1.0 on every page and keeps only
 * its first occurrence, so the order of a phrase search says nothing about
 * relevance. Each character of the query is one index word (tokens.ts), and
 * a plain search for one word returns every position of that word on each
 * page (no page text fetched: the index chunks are the ones the phrase search
 * already loaded). A phrase occurs where its characters stand at consecutive
 * positions; counting those gives how often a page says it. Pagefind's own
 * score for the characters (its term weights: a title or heading counts more)
 * breaks ties, then the printed order the phrase search returned.
 */

/** Every position of one character's index word on one page, and Pagefind's score for it there. */
export interface CharHits {
  positions: ReadonlySet<number>;
  score: number;
}

/** Per character, per page id: where it stands on that page. */
export type CharIndex = ReadonlyMap<string, ReadonlyMap<string, CharHits>>;

/** How often the characters of part stand in a row on a page (overlapping runs each count). */
export function phraseCount(part: readonly string[], page: string, chars: CharIndex): number {
  const first = part[0] === undefined ? undefined : chars.get(part[0])?.get(page);
  if (!first) return 0;
  const rest = part.slice(1).map((c) => chars.get(c)?.get(page)?.positions);
  if (rest.some((s) => s === undefined)) return 0;
  let n = 0;
  for (const p of first.positions) if (rest.every((s, j) => s!.has(p + j + 1))) n++;
  return n;
}

/** A page's relevance for the query parts: occurrences first, then Pagefind's weighted score of their characters. */
export interface Relevance {
  occurrences: number;
  score: number;
}

/** The relevance of one page (see the header). */
export function relevance(parts: readonly string[], page: string, chars: CharIndex): Relevance {
  let occurrences = 0;
  for (const p of parts) occurrences += phraseCount([...p], page, chars);
  let score = 0;
  for (const c of new Set(parts.flatMap((p) => [...p]))) score += chars.get(c)?.get(page)?.score ?? 0;
  return { occurrences, score };
}

/** Ids in order of relevance, most first; equal ones keep the order they came in (printed order). */
export function rankIds(ids: readonly string[], parts: readonly string[], chars: CharIndex): string[] {
  const scored = ids.map((id, i) => ({ id, i, r: relevance(parts, id, chars) }));
  scored.sort((a, b) => b.r.occurrences - a.r.occurrences || b.r.score - a.r.score || a.i - b.i);
  return scored.map((s) => s.id);
}
