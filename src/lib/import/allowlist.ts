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
import { PERCENT } from '../markdown/markers.ts';
import { TO_REVIEW } from '../metrics/review.ts';

export interface PercentSource {
  /** The problem's number; 0 for the report's own paragraphs. */
  section: number;
  paragraphs: readonly string[];
}

/** One entry per clause (text between ， ； 。) that prints a percentage no figure quote covers. */
export function allowlistStubs(sources: readonly PercentSource[], covered: readonly string[] = []): AllowlistEntry[] {
  const out: AllowlistEntry[] = [];
  for (const s of sources) {
    for (const p of s.paragraphs) {
      for (const clause of p.split(/[,\uFF0C;\uFF1B。]/)) {
        const percents = (clause.match(PERCENT) ?? []).filter((pc) => !covered.some((q) => q.includes(pc) && p.includes(q)));
        if (percents.length > 0) out.push({ section: s.section, context: clause, percents, reason: TO_REVIEW });
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
