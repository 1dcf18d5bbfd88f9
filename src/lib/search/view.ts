/**
 * What the search page shows: the status line read out to screen readers,
 * each result as plain strings and links, and the URL's query string. The
 * page script only turns these into elements.
 */
import type { Translate } from './strings.ts';
import type { PageMatch, SearchOutcome } from './run.ts';
import type { ExcerptPiece } from './excerpt.ts';
// The one measure rule: ids the measures plugin gives measures; other parts keep their own label.
import { isMeasureId } from '../numbering/measures.ts';

/** Results shown at a time; "more" shows the next batch. */
export const PAGE_SIZE = 10;

export interface HitView {
  href: string;
  label: string;
  /** The excerpt, ellipses included; the pieces marked `match` are highlighted. */
  pieces: ExcerptPiece[];
}

export interface ResultView {
  href: string;
  title: string;
  /** The report the result belongs to, and its theme when it has one: one line. */
  meta: string;
  hits: HitView[];
}

/** What the search is narrowed to, as shown: the report's title (not its slug) and the theme. */
export interface ScopeView {
  report: string | null;
  theme: string | null;
}

function scopeText(t: Translate, scope: ScopeView): string {
  return (
    (scope.report ? t('search.scopeReport', { report: scope.report }) : '') +
    (scope.theme ? t('search.scopeTheme', { theme: scope.theme }) : '')
  );
}

/** The query's parts as the status names them: “甲”, “甲”和“乙”, “甲”“乙”和“丙”. */
export function quotedParts(t: Translate, parts: readonly string[]): string {
  const q = parts.map((p) => t('search.quoted', { part: p }));
  return q.length <= 1 ? (q[0] ?? '') : q.slice(0, -1).join('') + t('search.and') + q[q.length - 1];
}

/** The status line for a finished search, with how many results are shown so far. */
export function statusText(t: Translate, outcome: SearchOutcome, query: string, scope: ScopeView, shown: number): string {
  if (outcome.kind === 'empty') return t('search.prompt');
  if (outcome.kind === 'tooLong') return t('search.tooLong', { length: [...query.trim()].length, max: outcome.max });
  const typed = query.trim().split(/\s+/u);
  const q = quotedParts(t, typed);
  const s = scopeText(t, scope);
  const several = typed.length > 1;
  const vars = { scope: s, count: outcome.total, query: q };
  if (outcome.total === 0) return several ? t('search.noneAll', vars) : t('search.none', vars);
  const count = several ? t('search.countAll', vars) : t('search.count', vars);
  return shown < outcome.total ? count + t('search.shown', { shown }) : count;
}

/** The "more" button's text, or null when every result is shown. */
export function moreText(t: Translate, total: number, shown: number): string | null {
  const next = Math.min(PAGE_SIZE, total - shown);
  return next > 0 ? t('search.more', { count: next }) : null;
}

/** One result as the page shows it. */
export function resultView(t: Translate, match: PageMatch): ResultView {
  const ellipsis = t('search.ellipsis');
  const meta = [
    match.report && match.report !== match.title ? t('search.resultReport', { report: match.report }) : '',
    match.theme ? t('search.resultTheme', { theme: match.theme }) : '',
  ]
    .filter(Boolean)
    .join(' \u00B7 ');
  const ownText = match.kind === 'report-part' ? t('search.hitReportBody') : t('search.hitBody');
  return {
    href: match.url,
    title: match.number !== null ? t('search.resultTitle', { n: match.number, title: match.title }) : match.title,
    meta,
    hits: match.hits.map((h) => ({
      href: h.url,
      label: h.id === null ? ownText : isMeasureId(h.id) ? t('search.hitMeasure', { label: h.label }) : h.label,
      pieces: [
        ...(h.excerpt.cutBefore ? [{ text: ellipsis, match: false }] : []),
        ...h.excerpt.pieces,
        ...(h.excerpt.cutAfter ? [{ text: ellipsis, match: false }] : []),
      ],
    })),
  };
}

export interface SearchParams {
  query: string;
  report: string | null;
  theme: string | null;
}

/** Reads the query and filters from a search page URL (?q=…&report=…&theme=…). */
export function readSearchParams(search: string): SearchParams {
  const params = new URLSearchParams(search);
  return { query: params.get('q') ?? '', report: params.get('report') || null, theme: params.get('theme') || null };
}

/** The search page URL's query string for a query and filters, e.g. "?q=%E7%89%A9%E4%B8%9A&report=2022-12-20-jiangyan". */
export function searchParamsFor(p: SearchParams): string {
  const params = new URLSearchParams();
  if (p.query.trim()) params.set('q', p.query.trim());
  if (p.report) params.set('report', p.report);
  if (p.theme) params.set('theme', p.theme);
  const s = params.toString();
  return s ? `?${s}` : '';
}
