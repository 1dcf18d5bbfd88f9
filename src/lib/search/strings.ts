/**
 * The search page's strings travel in the page (a data attribute) rather
 * than in its script, so the script does not carry the whole dictionary;
 * only the strings the script itself writes (SCRIPT_KEYS) go there, since
 * the page renders the rest (labels, hints, notices) at build time.
 */
import { fill, type UiKey } from '../../i18n/zh-CN.ts';

/** Translates a dictionary key with placeholders, like t(). */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** Every key the search page's script (page.ts, view.ts) translates; tests/unit/search-strings.test.ts checks the list against their source. */
export const SCRIPT_KEYS = [
  'search.loading',
  'search.prompt',
  'search.tooLong',
  'search.scopeReport',
  'search.scopeTheme',
  'search.count',
  'search.countAll',
  'search.quoted',
  'search.and',
  'search.shown',
  'search.none',
  'search.noneAll',
  'search.more',
  'search.resultTitle',
  'search.resultReport',
  'search.resultTheme',
  'search.hitMeasure',
  'search.hitBody',
  'search.hitReportBody',
  'search.ellipsis',
] as const satisfies readonly UiKey[];

/** The strings the search page's script needs, from dict: SCRIPT_KEYS only. */
export function scriptStrings(dict: Readonly<Record<UiKey, string>>): Record<string, string> {
  return Object.fromEntries(SCRIPT_KEYS.map((k) => [k, dict[k]]));
}

/** A Translate over the given strings; a missing key shows as the key itself, so a gap is visible, not silent. */
export function translator(strings: Readonly<Record<string, string>>): Translate {
  return (key, vars = {}) => fill(strings[key] ?? key, vars);
}
