/**
 * A freshly imported report has no metrics yet, but the build requires every
 * printed percentage to be in a metric's quote or in content/metrics-allowlist.yaml.
 * The importer lists each one there, marked 待核对 (to review), so the new
 * site builds at once and check:content keeps warning until an editor has
 * turned each entry into a metric or written the real reason.
 */
import { stringify } from 'yaml';
import type { ParsedReport } from './parse.ts';

/** The reason the importer writes; check:content warns while any entry still carries it. */
export const TO_REVIEW = '待核对(导入时自动列入):请改为指标,或写明不列为指标的原因 / to review: listed by the importer';

const PERCENT = /\d+(?:\.\d+)?\s*[%\uFF05]/g;

export interface AllowlistStub {
  section: number;
  context: string;
  percents: string[];
  reason: string;
}

/** One entry per clause (text between , ; 。) of a section that prints a percentage. */
export function allowlistStubs(report: Pick<ParsedReport, 'sections'>): AllowlistStub[] {
  const out: AllowlistStub[] = [];
  for (const s of report.sections) {
    for (const p of s.paragraphs) {
      for (const clause of p.split(/[,\uFF0C;\uFF1B。]/)) {
        const percents = clause.match(PERCENT);
        if (percents) out.push({ section: s.number, context: clause, percents, reason: TO_REVIEW });
      }
    }
  }
  return out;
}

/** The text of content/metrics-allowlist.yaml for an imported report. */
export function allowlistFile(report: Pick<ParsedReport, 'sections'>): string {
  const header = [
    '# 不作为指标展示的百分数及其原因。原文中的每个百分数都必须出现在某项指标的引文(quote)中,或列在这里。',
    '# 导入时自动列出全部百分数并标为“待核对”;编辑应逐条改为指标(见 EDITING.md),或把 reason 改为真实原因。',
    '# Percentages that are not metrics, each with its reason; schema: allowlistSchema in src/schemas/metric.ts.',
    '',
  ].join('\n');
  return header + stringify({ entries: allowlistStubs(report) }, { lineWidth: 0 });
}
