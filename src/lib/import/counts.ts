/**
 * The count of problems a report states about itself — 指出3个方面12个具体问题,
 * 5个方面14大项问题, 反馈3项9个问题, 反馈问题12个 — as printed. The site shows
 * it instead of a count of its own (the number of problem pages may count
 * areas, items or problems differently), and the reader of levels weighs it
 * as evidence of which level holds the problems.
 */
import { chineseNumeral } from '../numbering/markers.ts';

export interface StatedCount {
  /** The count exactly as printed, from its first number to 问题: 3个方面12个具体问题, 3项9个问题, 问题12个. */
  printed: string;
  /** N个方面: the areas (categories). */
  aspects?: number;
  /** N项 before M个问题: the items, each holding several problems. */
  items?: number;
  /** The problems: M of M个问题 / M大项问题. */
  problems: number;
}

const NUM = '(?:\\d+|[一二三四五六七八九十百]+)';
/** A verb of finding, then the count from its first number: 指出3个方面12个具体问题, 反馈了3项9个问题, 梳理出5个方面14大项问题. */
const BEFORE = new RegExp(
  `(?:指出|反馈|发现|梳理|交办|提出)[^。；;，,\\d]{0,8}?(?<count>(?=[\\d一二三四五六七八九十])(?:(?<aspects>${NUM})个方面)?[^。；;\\d]{0,3}?(?:(?<items>${NUM})(?:大项|项|条)(?!问题))?[^。；;\\d]{0,2}?(?<problems>${NUM})(?:个|项|条|大项)(?:具体|方面)?问题)`,
);
/** 反馈问题12个, 指出问题共12项. */
const AFTER = new RegExp(`(?:反馈|指出|发现|交办)[^。；;，,\\d]{0,6}?(?<count>问题(?:共)?(?<problems>${NUM})(?:个|项|条))`);

function value(s: string | undefined): number | undefined {
  if (s === undefined) return undefined;
  if (/^\d+$/.test(s)) return Number(s);
  return chineseNumeral(s) ?? undefined;
}

/** The first count of problems stated in the paragraphs, or undefined. */
export function readStatedCount(paragraphs: readonly string[]): StatedCount | undefined {
  for (const p of paragraphs) {
    const g = (BEFORE.exec(p) ?? AFTER.exec(p))?.groups;
    const problems = value(g?.['problems']);
    if (!g?.['count'] || problems === undefined) continue;
    const aspects = value(g['aspects']);
    const items = value(g['items']);
    return { printed: g['count'], ...(aspects !== undefined ? { aspects } : {}), ...(items !== undefined ? { items } : {}), problems };
  }
  return undefined;
}
