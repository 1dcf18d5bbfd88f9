/**
 * A search from query to results. The index decides which pages match (each
 * query part is an exact phrase of character codes, tokens.ts) and how many
 * they are; a page's text is fetched only when the page is shown, and then
 * only to place its excerpts and sub-results. Pagefind is passed in, so the
 * flow is unit-tested with a stand-in; the search page passes pagefind.js.
 */
import { decodeWords, partQuery, queryParts, unitCode } from './tokens.ts';
import { rankIds, type CharHits } from './rank.ts';
import { excerptAround, type Excerpt } from './excerpt.ts';
import { isMeasureId } from '../numbering/measures.ts';

/** An anchor Pagefind records: an element with an id, where it starts (word position), its text, and its data-pagefind-title. */
export interface PagefindAnchor {
  element: string;
  id: string;
  text: string;
  title?: string;
  location: number;
}

/** The fields of Pagefind's `result.data()` read here. */
export interface PagefindPage {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: PagefindAnchor[];
}

export interface PagefindResult {
  id: string;
  /** Pagefind's score for the page (its term weights); 1 for every page of a quoted phrase. */
  score?: number;
  /** Word positions of the match on the page: every one for a plain word, the first for a quoted phrase. */
  words?: number[];
  data: () => Promise<PagefindPage>;
}

export interface SearchOptions {
  filters?: Record<string, string>;
  sort?: Record<string, 'asc' | 'desc'>;
}

/** The part of the pagefind.js API used here. */
export interface PagefindApi {
  search: (term: string, options?: SearchOptions) => Promise<{ results: PagefindResult[] } | null>;
}

/** Filters a search can be narrowed by (Pagefind filters set by searchAttrs). */
export interface SearchFilters {
  report?: string | null;
  theme?: string | null;
}

/** A place in a shown page where the query occurs. */
export interface Hit {
  url: string;
  /** The part's or heading's id, or null for the page's text before its first part. */
  id: string | null;
  /** The part's label (data-pagefind-title) or heading text; "" for the page's own text. */
  label: string;
  excerpt: Excerpt;
}

/** A matching page, ready to show. */
export interface PageMatch {
  url: string;
  title: string;
  number: number | null;
  kind: string | null;
  /** The report's title: from the page's report filter (its slug), through `reportTitle`, so no page's index data repeats it. */
  report: string | null;
  theme: string | null;
  hits: Hit[];
}

/** A matching page, its text not fetched yet. */
export interface PendingPage {
  id: string;
  load: () => Promise<PageMatch>;
}

export type SearchOutcome =
  | { kind: 'empty' }
  | { kind: 'tooLong'; max: number }
  | { kind: 'results'; parts: string[]; total: number; pages: PendingPage[] };

/** The longest query, in characters (spaces included). Longer ones are refused with a message rather than searched (issue: a 100,000-character query took seconds). */
export const MAX_QUERY_CHARS = 50;

/** One stretch of a page: its text before the first part, or one part (see isPart). */
export interface Segment {
  id: string | null;
  label: string;
  /** The stretch's characters, one per word position (a space for a run break). */
  chars: string[];
}

const isHeading = (a: PagefindAnchor) => /^h[1-6]$/i.test(a.element) && /\S/.test(a.text);
/** A part results link to: a labelled part (data-pagefind-title), a heading with an id, or a measure's anchor inside a paragraph (二是…). */
const isPart = (a: PagefindAnchor) => (a.title !== undefined && /\S/.test(a.title)) || isHeading(a) || isMeasureId(a.id);
const decodeText = (s: string) => decodeWords(s).join('').replace(/\s+/g, ' ').trim();

/** Cuts a page into segments at its parts, by Pagefind's word positions; a heading's own words stay out of its segment (they are its label). */
export function segmentsOf(page: PagefindPage): Segment[] {
  const chars = decodeWords(page.raw_content ?? page.content);
  const parts = (page.anchors ?? []).filter(isPart).sort((a, b) => a.location - b.location);
  const first = parts[0]?.location ?? chars.length;
  const segments: Segment[] = [{ id: null, label: '', chars: chars.slice(0, first) }];
  parts.forEach((a, i) => {
    const end = parts[i + 1]?.location ?? chars.length;
    const titled = a.title !== undefined && /\S/.test(a.title);
    const skip = !titled && isHeading(a) ? a.text.split(' ').filter((w) => w.length > 0).length : 0;
    segments.push({
      id: a.id,
      label: titled ? a.title!.trim() : decodeText(a.text),
      chars: chars.slice(Math.min(a.location + skip, end), end),
    });
  });
  return segments;
}

/** Where part (its characters) first occurs in chars, or -1. */
export function indexOfPart(chars: readonly string[], part: readonly string[]): number {
  outer: for (let i = 0; i + part.length <= chars.length; i++) {
    for (let j = 0; j < part.length; j++) if (chars[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

function withAnchor(url: string, id: string | null): string {
  return id === null ? url : `${url.split('#')[0]}#${id}`;
}

/** A report's title by its slug (the search page reads them from its report filter); the slug itself when unknown. */
export type ReportTitle = (slug: string) => string;

/** A shown page as a result: each segment that holds a part of the query becomes a hit with an excerpt around its first occurrence. */
export function pageMatch(
  page: PagefindPage,
  parts: readonly string[],
  reportTitle: ReportTitle = (slug) => slug,
  excerptRadius = 40,
): PageMatch {
  const units = parts.map((p) => [...p]);
  const hits: Hit[] = [];
  for (const seg of segmentsOf(page)) {
    const found = units
      .map((u) => ({ u, at: indexOfPart(seg.chars, u) }))
      .filter((x) => x.at !== -1)
      .sort((a, b) => a.at - b.at)[0];
    if (!found) continue;
    hits.push({
      url: withAnchor(page.url, seg.id),
      id: seg.id,
      label: seg.label,
      excerpt: excerptAround(seg.chars, found.at, found.u.length, excerptRadius, units),
    });
  }
  const n = Number(page.meta['number']);
  return {
    url: page.url,
    title: page.meta['title'] ?? '',
    number: page.meta['number'] !== undefined && Number.isInteger(n) ? n : null,
    kind: page.meta['kind'] ?? null,
    report: page.filters?.['report']?.[0] !== undefined ? reportTitle(page.filters['report'][0]) : null,
    theme: page.filters?.['theme']?.[0] ?? null,
    hits,
  };
}

/** Where each character of the parts stands on each page that has it (rank.ts), from one plain search per character. */
async function charIndex(
  pf: PagefindApi,
  parts: readonly string[],
  filters: Record<string, string>,
): Promise<Map<string, Map<string, CharHits>>> {
  const chars = [...new Set(parts.flatMap((p) => [...p]))];
  const responses = await Promise.all(chars.map((c) => pf.search(unitCode(c), { filters })));
  return new Map(
    chars.map((c, i) => [
      c,
      new Map((responses[i]?.results ?? []).map((r) => [r.id, { positions: new Set(r.words ?? []), score: r.score ?? 0 }])),
    ]),
  );
}

/**
 * Searches the index for every part of query (whitespace separates parts; a
 * page must hold each), within the given filters. Exactly the pages holding
 * every part, most relevant first (rank.ts: where the query occurs most);
 * pages of equal relevance in the order searchAttrs sets (newest report
 * first, printed order within a report).
 */
export async function searchPages(
  pf: PagefindApi,
  query: string,
  filters: SearchFilters = {},
  reportTitle?: ReportTitle,
): Promise<SearchOutcome> {
  if ([...query.trim()].length > MAX_QUERY_CHARS) return { kind: 'tooLong', max: MAX_QUERY_CHARS };
  const parts = queryParts(query);
  if (parts.length === 0) return { kind: 'empty' };
  const f: Record<string, string> = {};
  if (filters.report) f['report'] = filters.report;
  if (filters.theme) f['theme'] = filters.theme;
  const asked = Promise.all(parts.map((p) => pf.search(partQuery(p), { filters: f, sort: { order: 'asc' } })));
  // Asked at once beside the phrases, not after them: the index chunks are the same, and a warm query waits for one round, not two.
  const positions = charIndex(pf, parts, f);
  positions.catch(() => undefined);
  const responses = await asked;
  const lists = responses.map((r) => r?.results ?? []);
  const others = lists.slice(1).map((l) => new Set(l.map((r) => r.id)));
  const matching = (lists[0] ?? []).filter((r) => others.every((s) => s.has(r.id)));
  const byId = new Map(matching.map((r) => [r.id, r]));
  const ranked = matching.length > 1 ? rankIds([...byId.keys()], parts, await positions).map((id) => byId.get(id)!) : matching;
  const pages = ranked.map((r) => ({ id: r.id, load: async () => pageMatch(await r.data(), parts, reportTitle) }));
  return { kind: 'results', parts, total: pages.length, pages };
}
