/**
 * The rows of a report's 政府信息公开 box (report.yaml `disclosure`), in the
 * order portals print them, each with its label, its text as shown, and a
 * date's ISO form or the address's link. The component only renders them.
 */
import { t, type UiKey } from '../../i18n/zh-CN.ts';
import type { Disclosure } from '../../schemas/report.ts';
import { chineseDate } from './dates.ts';

export interface DisclosureRow {
  key: keyof Disclosure;
  label: string;
  text: string;
  /** A date's YYYY-MM-DD, for <time datetime>. */
  datetime?: string;
  /** The page's address, for a link. */
  href?: string;
}

const ORDER: readonly (keyof Disclosure)[] = [
  'indexNo',
  'publisher',
  'issued',
  'written',
  'published',
  'docNo',
  'category',
  'validity',
  'url',
];
const DATES = new Set<keyof Disclosure>(['issued', 'written', 'published']);

/** The box's rows: only the fields the page printed. */
export function disclosureRows(d: Disclosure): DisclosureRow[] {
  return ORDER.flatMap((key): DisclosureRow[] => {
    const value = d[key];
    if (value === undefined) return [];
    const label = t(`disclosure.${key}` as UiKey);
    if (DATES.has(key)) return [{ key, label, text: chineseDate(value), datetime: value }];
    if (key === 'url') return [{ key, label, text: value, href: value }];
    return [{ key, label, text: value }];
  });
}
