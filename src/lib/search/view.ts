/**
 * What the search page shows for an outcome: the status line read out to
 * screen readers, and each result as plain strings and links. The page
 * script only turns these into elements.
 */
import type { Translate } from './strings.ts';
import type { SearchOutcome } from './run.ts';
import type { PageMatch } from './verify.ts';
// The one measure rule: ids the measures plugin gives measures; other headings keep their own text as label.
import { isMeasureId } from '../markdown/markers.ts';

export interface HitView {
  href: string;
  label: string;
  before: string;
  match: string;
  after: string;
}

export interface ResultView {
  href: string;
  title: string;
  /** Theme and number of occurrences, one line. */
  meta: string;
  hits: HitView[];
}

/**
 * The longest query searched, in characters. A sentence copied from a
 * report fits; a pasted page (100,000 characters took 4.6 s to segment and
 * look up) is cut here, and the status line says so.
 */
export const MAX_QUERY_LENGTH = 100;

/** The query as searched: at most MAX_QUERY_LENGTH characters (not UTF-16 units), and whether it was cut. */
export function capQuery(query: string): { query: string; cut: boolean } {
  const chars = Array.from(query);
  return chars.length <= MAX_QUERY_LENGTH ? { query, cut: false } : { query: chars.slice(0, MAX_QUERY_LENGTH).join(''), cut: true };
}

/** The status line for a finished search; `cut` when the query was shortened to MAX_QUERY_LENGTH. */
export function statusText(t: Translate, outcome: SearchOutcome, query: string, theme: string | null, cut = false): string {
  const q = query.trim();
  const note = cut ? t('search.tooLong', { max: MAX_QUERY_LENGTH }) : '';
  if (outcome.parts.length === 0) return note + t('search.prompt');
  const count = outcome.results.length;
  if (theme) return note + (count > 0 ? t('search.countInTheme', { theme, count, query: q }) : t('search.noneInTheme', { theme, query: q }));
  return note + (count > 0 ? t('search.count', { count, query: q }) : t('search.none', { query: q }));
}


/** One result as the page shows it. */
export function resultView(t: Translate, match: PageMatch): ResultView {
  const ellipsis = t('search.ellipsis');
  return {
    href: match.url,
    title: match.number !== null ? t('search.resultTitle', { n: match.number, title: match.title }) : match.title,
    meta: match.theme === null ? t('search.occurrences', { count: match.count }) : t('search.resultMeta', { theme: match.theme, count: match.count }),
    hits: match.hits.map((h) => ({
      href: h.url,
      label: h.id === null ? t('search.hitBody') : isMeasureId(h.id) ? t('search.hitMeasure', { label: h.label }) : h.label,
      before: (h.excerpt.cutBefore ? ellipsis : '') + h.excerpt.before,
      match: h.excerpt.match,
      after: h.excerpt.after + (h.excerpt.cutAfter ? ellipsis : ''),
    })),
  };
}

/** Reads the query and theme from a search page URL (?q=…&theme=…). */
export function readSearchParams(search: string): { query: string; theme: string | null } {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', theme: params.get('theme') || null };
}

/** The search page URL's query string for a query and theme, e.g. "?q=%E7%89%A9%E4%B8%9A". */
export function searchParamsFor(query: string, theme: string | null): string {
  const params = new URLSearchParams();
  if (query.trim()) params.set('q', query.trim());
  if (theme) params.set('theme', theme);
  const s = params.toString();
  return s ? `?${s}` : '';
}
