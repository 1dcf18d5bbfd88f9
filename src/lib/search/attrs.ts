/**
 * The contract between the pages and the search index: the attributes an
 * indexed page element carries. Spread them onto the one element that holds
 * what readers should find (a section's <article>, a report home's <main>
 * content), e.g.
 *
 *   <article {...searchAttrs({ report: { slug, date }, kind: 'section', title, number, theme })}>
 *
 * and onto each part of a report page that a result may link to:
 *
 *   <section {...searchPartAttrs({ id: 'preamble', label: '前言' })}>
 *
 * What they mean to Pagefind (https://pagefind.app/docs/ — body, metadata,
 * filters, sorting, sub-results):
 * - data-pagefind-body: only this element is indexed, and only pages that
 *   have one are in the index (pages without stay out: archive, search, 404).
 * - data-pagefind-meta: title (the result's heading), kind and number
 *   (problem number, when there is one), read from the data-search-*
 *   attributes beside them. Not the report's title: every result names its
 *   report, but by the slug of its report filter, which the search page turns
 *   into the title (its report options hold them), so no page's index data
 *   carries the title once more.
 * - data-pagefind-filter: report (the report's slug: `/search/?report=<slug>`),
 *   and theme (when the page has one). No year filter: the search page has no
 *   control for one, and every page's index data would carry it for nothing
 *   (the archive lists reports by year).
 * - data-pagefind-sort: order, so that results list reports newest first and
 *   each report in printed order (home page first, then problems by number).
 *   Exact-phrase results all score alike in Pagefind, so this is the order.
 * - a part: its id becomes the fragment of the result link (`/<slug>/#preamble`)
 *   and data-pagefind-title its label in the result; a heading with an id
 *   inside the body is a part too, labelled by its text (the measures (1), (2)…).
 *
 * Parts of the element that are not the report's text (breadcrumbs, buttons,
 * the site's own labels) carry SEARCH_IGNORE.
 */

/** What a search result is: a problem's own page, or a part of a report's home page. */
export type SearchKind = 'section' | 'report-part';

export interface SearchAttrsInput {
  report: {
    /** The report's folder name, e.g. "2022-12-20-jiangyan": the report filter's value. */
    slug: string;
    /** The report's date, YYYY-MM-DD: the order of reports. */
    date?: string | undefined;
  };
  kind: SearchKind;
  /** The result's heading, e.g. the problem title (the results show "第N项" before it) or the report title. */
  title: string;
  /** The problem number (sections only). */
  number?: number | undefined;
  /** The page's theme in its report's grouping (sections only, and only when the report has one). */
  theme?: string | undefined;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Sort key: newest report first, then the report's home (0) and its problems by number. String keys of one width sort as intended. */
export function searchOrder(date: string | undefined, number: number | undefined): string {
  const m = date ? DATE.exec(date) : null;
  const day = m ? Number(`${m[1]}${m[2]}${m[3]}`) : 0;
  const newestFirst = String(99_999_999 - day).padStart(8, '0');
  return `r${newestFirst}-${String(number ?? 0).padStart(6, '0')}`;
}

/** The attributes of an indexed page element; throws on input a page should never pass (no slug, bad date). */
export function searchAttrs(input: SearchAttrsInput): Record<string, string> {
  const { report, kind, title, number, theme } = input;
  if (!report.slug.trim()) throw new Error('searchAttrs: report.slug is empty');
  if (!title.trim()) throw new Error(`searchAttrs: title is empty (report ${report.slug})`);
  if (report.date !== undefined && !DATE.test(report.date))
    throw new Error(`searchAttrs: report.date: expected YYYY-MM-DD, found "${report.date}" (report ${report.slug})`);
  if (number !== undefined && !(Number.isInteger(number) && number > 0))
    throw new Error(`searchAttrs: number: expected a whole number ≥ 1, found ${number} (report ${report.slug})`);
  const attrs: Record<string, string> = {
    'data-pagefind-body': '',
    'data-search-kind': kind,
    'data-search-title': title,
    'data-search-report': report.slug,
    'data-search-order': searchOrder(report.date, number),
  };
  const meta = ['title[data-search-title]', 'kind[data-search-kind]'];
  const filters = ['report[data-search-report]'];
  if (number !== undefined) {
    attrs['data-search-number'] = String(number);
    meta.push('number[data-search-number]');
  }
  if (theme?.trim()) {
    attrs['data-search-theme'] = theme;
    filters.push('theme[data-search-theme]');
  }
  attrs['data-pagefind-meta'] = meta.join(', ');
  attrs['data-pagefind-filter'] = filters.join(', ');
  attrs['data-pagefind-sort'] = 'order[data-search-order]';
  return attrs;
}

/** The attributes of a part of an indexed page that results link to: its id (the link's #fragment) and its label in the result. */
export function searchPartAttrs(part: { id: string; label: string }): Record<string, string> {
  if (!/^[A-Za-z][\w-]*$/.test(part.id))
    throw new Error(`searchPartAttrs: id: expected letters, digits, - or _ starting with a letter, found "${part.id}"`);
  if (!part.label.trim()) throw new Error(`searchPartAttrs: label is empty (part ${part.id})`);
  return { id: part.id, 'data-pagefind-title': part.label };
}

/** On an element inside the indexed one that is not report text (breadcrumb, theme tag, feedback link). */
export const SEARCH_IGNORE: Readonly<Record<string, string>> = { 'data-pagefind-ignore': 'all' };
