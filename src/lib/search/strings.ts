/**
 * The search page's strings travel in the page (a data attribute) rather
 * than in its script, so the script does not carry the whole dictionary.
 */
import { fill, type UiKey } from '../../i18n/zh-CN.ts';

/** Translates a dictionary key with placeholders, like t(). */
export type Translate = (key: UiKey, vars?: Record<string, string | number>) => string;

/** The entries of dict whose keys start with prefix (e.g. "search."). */
export function pickStrings(dict: Readonly<Record<string, string>>, prefix: string): Record<string, string> {
  return Object.fromEntries(Object.entries(dict).filter(([k]) => k.startsWith(prefix)));
}

/** A Translate over the given strings; a missing key shows as the key itself, so a gap is visible, not silent. */
export function translator(strings: Readonly<Record<string, string>>): Translate {
  return (key, vars = {}) => fill(strings[key] ?? key, vars);
}
