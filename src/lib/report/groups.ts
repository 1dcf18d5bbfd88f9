/**
 * How a report's page lists its problems: in printed order, always — under
 * the category headings the report prints (via the walker), else in one
 * list. The site's themes never group or reorder the list: each item keeps
 * its theme, which the page may show as a tag and search may filter by.
 */
import type { ReportData } from '../../schemas/report.ts';
import { reportBlocks } from './walk.ts';

export interface ProblemItem {
  number: number;
  title: string;
  theme?: string | undefined;
}

export interface ProblemGroups<T extends ProblemItem> {
  by: 'category' | 'none';
  groups: { heading?: string | undefined; items: T[] }[];
}

/** The groups of a report's problem list, in printed order. */
export function problemGroups<T extends ProblemItem>(report: Pick<ReportData, 'body'>, items: readonly T[]): ProblemGroups<T> {
  const texts = items.map((i) => ({ ...i, heading: '', paragraphs: [] as string[] }));
  const blocks = reportBlocks(report, texts);
  const byNumber = new Map(items.map((i) => [i.number, i]));
  const groups: { heading?: string | undefined; items: T[] }[] = [];
  for (const b of blocks) {
    if (b.kind === 'category') groups.push({ heading: b.category.heading, items: [] });
    else if (b.kind === 'problem') {
      if (groups.length === 0) groups.push({ items: [] });
      const item = byNumber.get(b.section.number);
      if (item) groups[groups.length - 1]?.items.push(item);
    }
  }
  const by = blocks.some((b) => b.kind === 'category') ? 'category' : 'none';
  return { by, groups: groups.filter((g) => g.items.length > 0 || g.heading) };
}
