/**
 * Coverage: every percentage printed in the report belongs to some metric's
 * quote or to an allowlist entry with its reason. Works on the source text
 * line by line, so nothing the site's own parsing did can hide a figure.
 */
import type { Issue } from '../issues.ts';
// The one percentage pattern (numbers.ts), shared with the importer's allowlist stubs.
import { PERCENT } from './numbers.ts';

/** One percentage printed in the source. */
export interface PrintedPercent {
  /** 1-based line number in the source file. */
  line: number;
  /** Character offset within the line. */
  column: number;
  /** As printed, e.g. "58.62%". */
  text: string;
  /** The line's text around it, for messages. */
  context: string;
}

/** Every percentage printed in a text, with its line and column. */
export function percentagesIn(source: string): PrintedPercent[] {
  const out: PrintedPercent[] = [];
  source.split(/\r?\n/).forEach((line, i) => {
    for (const m of line.matchAll(PERCENT)) {
      const column = m.index ?? 0;
      out.push({ line: i + 1, column, text: m[0], context: line.slice(Math.max(0, column - 15), column + m[0].length + 5) });
    }
  });
  return out;
}

/** True when one occurrence of `span` in `line` covers [start, end). */
function spans(line: string, span: string, start: number, end: number): boolean {
  for (let at = line.indexOf(span); at !== -1; at = line.indexOf(span, at + 1)) {
    if (at <= start && end <= at + span.length) return true;
  }
  return false;
}

/**
 * The percentages of the source that no covering text contains. `covers` are
 * metric quotes and allowlist contexts; each must be verbatim text of the source.
 */
export function uncoveredPercentages(source: string, covers: readonly string[]): PrintedPercent[] {
  const lines = source.split(/\r?\n/);
  return percentagesIn(source).filter((p) => {
    const line = lines[p.line - 1] ?? '';
    return !covers.some((c) => c.length > 0 && spans(line, c, p.column, p.column + p.text.length));
  });
}

/** Coverage as build issues: one per uncovered percentage, naming the source line and what to do. */
export function coverageIssues(source: string, sourceFile: string, covers: readonly string[], allowlistFile: string): Issue[] {
  return uncoveredPercentages(source, covers).map((p) => ({
    file: sourceFile,
    line: p.line,
    field: '指标覆盖 / metric coverage',
    message: `原文百分数 ${p.text}（“…${p.context}…”）应属于某项指标的引文，或在 ${allowlistFile} 中写明不列入的原因，均未找到 / expected ${p.text} inside some metric's quote or listed with a reason in ${allowlistFile}, found neither`,
  }));
}

/** Allowlist entries flagged as a problem of the printed text, as warnings naming section and words. */
export function allowlistWarnings(
  entries: readonly { section: number; context: string; reason: string; sourceProblem?: boolean | undefined }[],
  allowlistFile: string,
): Issue[] {
  return entries
    .filter((e) => e.sourceProblem)
    .map((e) => ({
      file: allowlistFile,
      field: `section ${e.section}`,
      message: `原文本身不明确（原文照登）:“${e.context}”——${e.reason} / the printed text itself is unclear here; kept verbatim, not typed as a metric`,
    }));
}
