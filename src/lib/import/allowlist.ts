/**
 * A freshly imported report has no section metrics yet, but the build
 * requires every printed percentage to be in a figure's quote or in the
 * report's metrics-allowlist.yaml. The importer lists each uncovered one
 * there, marked 待核对 (to review), so the new report builds at once and
 * check:content keeps warning until an editor has turned each entry into a
 * metric or written the real reason.
 */
import { stringify } from 'yaml';
import type { AllowlistEntry } from '../../schemas/metric.ts';
import { PERCENT } from '../metrics/numbers.ts';
import { TO_REVIEW } from '../metrics/review.ts';

export interface PercentSource {
  /** The problem's number; 0 for the report's own paragraphs. */
  section: number;
  paragraphs: readonly string[];
  /** Quotes of the figures proposed for these paragraphs: a percentage inside one is covered. */
  covered?: readonly string[];
}

/** True when one printing of `quote` in the paragraph spans [start, end), as the coverage check decides. */
function inQuote(paragraph: string, quote: string, start: number, end: number): boolean {
  for (let at = paragraph.indexOf(quote); at !== -1 && quote.length > 0; at = paragraph.indexOf(quote, at + 1)) {
    if (at <= start && end <= at + quote.length) return true;
  }
  return false;
}

/** One entry per clause (text between ， ； 。) that prints a percentage no figure quote covers (by position: 100% twice, one covered, lists the other). */
export function allowlistStubs(sources: readonly PercentSource[]): AllowlistEntry[] {
  const out: AllowlistEntry[] = [];
  for (const s of sources) {
    for (const p of s.paragraphs) {
      let offset = 0;
      for (const clause of p.split(/[,\uFF0C;\uFF1B。]/)) {
        const percents = [...clause.matchAll(PERCENT)]
          .filter((m) => !(s.covered ?? []).some((q) => inQuote(p, q, offset + (m.index ?? 0), offset + (m.index ?? 0) + m[0].length)))
          .map((m) => m[0]);
        if (percents.length > 0) out.push({ section: s.section, context: clause, percents, reason: TO_REVIEW });
        offset += clause.length + 1;
      }
    }
  }
  return out.filter((e) => e.percents.every((pc) => e.context.includes(pc)));
}

/** The text of metrics-allowlist.yaml for an imported report. */
export function allowlistFile(entries: readonly AllowlistEntry[]): string {
  const header = [
    '# 不作为指标展示的百分数及其原因。原文中的每个百分数都必须出现在某项指标的引文(quote)中,或列在这里。',
    '# 导入时自动列出未归入指标的百分数并标为“待核对”;编辑应逐条改为指标(见 EDITING.md),或把 reason 改为真实原因。',
    '# section 0 为通报自身段落(导语、组织情况、下一步等)。',
    '# Percentages that are not metrics, each with its reason; schema: allowlistSchema in src/schemas/metric.ts.',
    '',
  ].join('\n');
  return header + stringify({ entries }, { lineWidth: 0 });
}
