/**
 * How a report's page lists its problems: under the category headings the
 * report prints (in printed order, via the walker), else by the report's own
 * themes (the site's grouping, said so on the page), else in one list.
 */
import type { ReportData } from '../../schemas/report.ts';
import { groupByTheme } from './themes.ts';
import { reportBlocks } from './walk.ts';

export interface ProblemItem {
  number: number;
  title: string;
  theme?: string | undefined;
}

export interface ProblemGroups<T extends ProblemItem> {
  by: 'category' | 'theme' | 'none';
  groups: { heading?: string | undefined; items: T[] }[];
}

/** The groups of a report's problem list. */
export function problemGroups<T extends ProblemItem>(report: Pick<ReportData, 'body' | 'themes'>, items: readonly T[]): ProblemGroups<T> {
  const texts = items.map((i) => ({ ...i, heading: '', paragraphs: [] as string[] }));
  const blocks = reportBlocks(report, texts);
  if (blocks.some((b) => b.kind === 'category')) {
    const groups: { heading?: string | undefined; items: T[] }[] = [];
    const byNumber = new Map(items.map((i) => [i.number, i]));
    for (const b of blocks) {
      if (b.kind === 'category') groups.push({ heading: b.category.heading, items: [] });
      else if (b.kind === 'problem') {
        if (groups.length === 0) groups.push({ items: [] });
        const item = byNumber.get(b.section.number);
        if (item) groups[groups.length - 1]?.items.push(item);
      }
    }
    return { by: 'category', groups: groups.filter((g) => g.items.length > 0 || g.heading) };
  }
  if (report.themes.length > 0) {
    const themed = groupByTheme(items, (i) => i.theme, report.themes.map((t) => t.name));
    const rest = items.filter((i) => !themed.some((g) => g.items.includes(i)));
    return { by: 'theme', groups: [...themed.map((g) => ({ heading: g.theme, items: g.items })), ...(rest.length > 0 ? [{ items: rest }] : [])] };
  }
  return { by: 'none', groups: [{ items: [...items] }] };
}
