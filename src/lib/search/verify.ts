/**
 * Turns Pagefind's candidates into results a reader can trust: a page is kept
 * only if its text contains every part of the query as written, and each
 * measure (a heading with an id, which Pagefind calls an anchor) that
 * contains a part becomes a link to its permalink with an excerpt around the
 * first match.
 */
import { excerptAround, type Excerpt } from './excerpt.ts';
import { INDEX_SEPARATOR, normaliseForMatch } from './segment.ts';

/** The fields of Pagefind's `result.data()` this module reads. */
export interface PagefindPage {
  url: string;
  /** The page text, separators removed. */
  content: string;
  /** The page text as indexed, words separated by INDEX_SEPARATOR (Pagefind 1.x; `<`, `>` escaped). */
  raw_content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  anchors?: { element: string; id: string; text: string; location: number }[];
}

/** One stretch of a page: the part before the first measure, or one measure. */
export interface Segment {
  /** The heading id (e.g. "m2"), or null for the text before the first heading. */
  id: string | null;
  /** The heading text as shown, e.g. "(2)". */
  label: string;
  text: string;
}

/** A place in a page where the query occurs. */
export interface Hit {
  url: string;
  /** The heading id, or null when the match is in the page's own text (title, unnumbered paragraphs). */
  id: string | null;
  label: string;
  excerpt: Excerpt;
}

/** A page that contains the query. */
export interface PageMatch {
  url: string;
  number: number | null;
  title: string;
  theme: string | null;
  /** Occurrences of the query's parts in the page, for ranking. */
  count: number;
  hits: Hit[];
}

const unescapeRaw = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
const clean = (s: string) => s.split(INDEX_SEPARATOR).join('');

/** Cuts a page into segments at its headings with ids, using Pagefind's word positions. */
export function segmentsOf(page: PagefindPage): Segment[] {
  const headings = (page.anchors ?? []).filter((a) => /^h[1-6]$/.test(a.element)).sort((a, b) => a.location - b.location);
  if (page.raw_content === undefined || headings.length === 0) return [{ id: null, label: '', text: page.content }];
  const words = unescapeRaw(page.raw_content).split(INDEX_SEPARATOR);
  const cuts = headings.map((h) => h.location);
  const segments: Segment[] = [{ id: null, label: '', text: words.slice(0, cuts[0]).join('') }];
  headings.forEach((h, i) => {
    const label = clean(h.text);
    let text = words.slice(h.location, cuts[i + 1] ?? words.length).join('');
    // The heading is shown as the label; Pagefind also ends a heading that
    // lacks punctuation with ". ", which is not in the report's text.
    if (text.startsWith(label)) text = text.slice(label.length).replace(/^\. /, '');
    segments.push({ id: h.id, label, text });
  });
  return segments;
}

/** How often needle occurs in haystack (non-overlapping). */
export function occurrences(haystack: string, needle: string): number {
  if (!needle) return 0;
  let n = 0;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) n += 1;
  return n;
}

function withAnchor(url: string, id: string | null): string {
  return id === null ? url : `${url.split('#')[0]}#${id}`;
}

/** The page as a search result if its text contains every part, else null. */
export function matchPage(page: PagefindPage, parts: readonly string[], excerptRadius = 40): PageMatch | null {
  if (parts.length === 0) return null;
  const full = normaliseForMatch(page.content);
  if (!parts.every((p) => full.includes(p))) return null;
  const hits: Hit[] = [];
  for (const seg of segmentsOf(page)) {
    const text = normaliseForMatch(seg.text);
    const first = parts
      .map((p) => ({ p, at: text.indexOf(p) }))
      .filter((x) => x.at !== -1)
      .sort((a, b) => a.at - b.at)[0];
    if (!first) continue;
    hits.push({ url: withAnchor(page.url, seg.id), id: seg.id, label: seg.label, excerpt: excerptAround(seg.text, first.at, first.p.length, excerptRadius) });
  }
  const number = Number(page.meta['number']);
  return {
    url: page.url,
    number: Number.isFinite(number) && page.meta['number'] !== undefined ? number : null,
    title: clean(page.meta['title'] ?? ''),
    theme: page.filters?.['theme']?.[0] ?? null,
    count: parts.reduce((sum, p) => sum + occurrences(full, p), 0),
    hits,
  };
}

/** Orders results: most occurrences first, then in report order. */
export function rank(matches: PageMatch[]): PageMatch[] {
  return [...matches].sort((a, b) => b.count - a.count || (a.number ?? Infinity) - (b.number ?? Infinity) || a.url.localeCompare(b.url));
}
