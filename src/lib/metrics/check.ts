/**
 * The checks that tie every metric to the text it comes from. Pure; run by
 * the build (src/data/site.ts) and by check:content. Errors fail the build;
 * warnings name a known inconsistency of the printed text itself, which an
 * editor has acknowledged in the metric's `sourceInconsistency`.
 */
import type { Issue } from '../issues.ts';
import type { Metric } from '../../schemas/metric.ts';
import { claimedNumbers, numbersIn, printedAs, ratioPercent, roundAt } from './numbers.ts';
import { paragraphOf } from './permalink.ts';

export interface SectionMetricsInput {
  /** Path of the section's file, for messages. */
  file: string;
  /** The section's number. */
  number: number;
  /** The section body's paragraphs as a reader sees them (bodyParagraphs()). */
  paragraphs: string[];
  metrics: Metric[];
  /** The frontmatter key that holds the metrics (default metrics; figures for a report's own figures). */
  key?: string;
}

export interface MetricCheckResult {
  errors: Issue[];
  warnings: Issue[];
}

/** The longest start of `quote` that does occur in the text: where an editor's quote goes wrong. */
function longestFoundPrefix(paragraphs: readonly string[], quote: string): string {
  let lo = 0;
  let hi = quote.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (paragraphs.some((p) => p.includes(quote.slice(0, mid)))) lo = mid;
    else hi = mid - 1;
  }
  return quote.slice(0, lo);
}

/** Arithmetic disagreements of one metric: stated percent vs done/total, done ≤ total, parts vs whole. */
export function arithmeticProblems(m: Metric): { field: string; message: string }[] {
  const out: { field: string; message: string }[] = [];
  if (m.kind === 'progress') {
    if (m.done > m.total)
      out.push({
        field: 'done',
        message: `已完成数应不大于总数 ${m.total}，实为 ${m.done} / expected done ≤ total ${m.total}, found done ${m.done}`,
      });
    if (m.percent !== undefined) {
      const printed = numbersIn(m.quote).find((n) => n.percent && n.value === m.percent);
      const decimals = printed?.decimals ?? 0;
      const computed = roundAt(ratioPercent(m.done, m.total), decimals);
      if (computed !== m.percent) {
        out.push({
          field: 'percent',
          message: `原文百分比 ${m.percent}% 与 ${m.done}/${m.total} 按原文精度（${decimals}位小数）计算的 ${computed.toFixed(decimals)}% 不符 / stated ${m.percent}% disagrees with ${m.done}/${m.total} = ${computed.toFixed(decimals)}% at the printed precision (${decimals} decimals)`,
        });
      }
    }
  }
  if (m.kind === 'breakdown') {
    const sum = roundAt(
      m.parts.reduce((s, p) => s + p.value, 0),
      6,
    );
    if (sum !== m.total)
      out.push({
        field: 'parts',
        message: `各部分之和应等于总数 ${m.total}，实为 ${m.parts.map((p) => p.value).join('+')}=${sum} / expected the parts to sum to ${m.total}, found ${sum}`,
      });
  }
  return out;
}

/** Checks every metric of one section against its text. */
export function checkSectionMetrics(input: SectionMetricsInput): MetricCheckResult {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const { file, paragraphs, metrics } = input;
  metrics.forEach((m, i) => {
    const at = (field: string) => ({
      path: [input.key ?? 'metrics', i, field] as const,
      field: `${input.key ?? 'metrics'}[${i}] (${m.id}).${field}`,
    });
    const p = paragraphOf(paragraphs, m.quote);
    if (p === -1) {
      const found = longestFoundPrefix(paragraphs, m.quote);
      errors.push({
        file,
        ...at('quote'),
        message: `引文应逐字出现在第 ${input.number} 项正文的某一段中，未找到；能找到的开头为“${found}”，其后“${m.quote.slice(found.length, found.length + 12)}”对不上 / expected the quote verbatim within one paragraph of section ${input.number}, not found; it matches up to "${found}" and differs from "${m.quote.slice(found.length, found.length + 12)}"`,
      });
    } else {
      if (m.asOf !== undefined && !(paragraphs[p] ?? '').includes(m.asOf)) {
        errors.push({
          file,
          ...at('asOf'),
          message: `时间口径“${m.asOf}”应出现在引文所在段落中，未找到 / expected the as-of point "${m.asOf}" in the quote's paragraph, not found`,
        });
      }
    }
    if (m.qualifier !== undefined && !m.quote.includes(m.qualifier)) {
      errors.push({
        file,
        ...at('qualifier'),
        message: `限定词“${m.qualifier}”应出现在引文中，未找到 / expected the qualifier "${m.qualifier}" in the quote, not found`,
      });
    }
    const printed = numbersIn(m.quote);
    for (const claim of claimedNumbers(m)) {
      if (printed.some((n) => printedAs(claim, n))) continue;
      const shape = claim.role === 'percent' ? `${claim.value}%` : claim.role === 'points' ? `${claim.value}个百分点` : String(claim.value);
      errors.push({
        file,
        ...at(claim.field),
        message: `数字 ${shape} 应出现在引文中，引文中的数字为 ${printed.map((n) => n.text).join('、') || '（无）'} / expected ${shape} to be printed in the quote, found only ${printed.map((n) => n.text).join(', ') || 'no numbers'}`,
      });
    }
    const problems = arithmeticProblems(m);
    if (m.sourceInconsistency !== undefined) {
      if (problems.length === 0) {
        errors.push({
          file,
          ...at('sourceInconsistency'),
          message: `标注了原文不一致，但各数字相符，请删除此说明 / expected an inconsistency in the figures, found none: remove sourceInconsistency`,
        });
      }
      for (const { field, message } of problems)
        warnings.push({
          file,
          ...at(field),
          message: `原文本身不一致（已标注：${m.sourceInconsistency}）：${message} / the printed text itself is inconsistent; kept verbatim`,
        });
    } else {
      for (const { field, message } of problems)
        errors.push({
          file,
          ...at(field),
          message: `${message}；若原文本身如此，请在 sourceInconsistency 中说明 / if the printed text itself says so, explain it in sourceInconsistency`,
        });
    }
  });
  return { errors, warnings };
}
