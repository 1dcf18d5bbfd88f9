/**
 * Where the figures of a section stand in its text: each right after the
 * block (numbered measure or paragraph) whose text holds its quote, found by
 * the same rule as its permalink (paragraphOf in permalink.ts). A figure
 * whose quote is in no block (the content check forbids it) goes after the
 * last block, so no figure is ever lost.
 */
import { paragraphOf } from './permalink.ts';
import { printedLines, type ReportBody } from '../report/walk.ts';

/** The figures to show after one block of the text. */
export interface FigureSlot {
  /** Index of the block (0-based, in the text's order) the figures follow. */
  after: number;
  /** Metric ids, in frontmatter order. */
  ids: string[];
}

/** The slots of a section's figures, in the text's order; blocks without figures get none. */
export function figureSlots(blockTexts: readonly string[], metrics: readonly { id: string; quote: string }[]): FigureSlot[] {
  if (blockTexts.length === 0) return [];
  const byBlock = new Map<number, string[]>();
  for (const m of metrics) {
    const i = paragraphOf(blockTexts, m.quote);
    const at = i === -1 ? blockTexts.length - 1 : i;
    byBlock.set(at, [...(byBlock.get(at) ?? []), m.id]);
  }
  return [...byBlock.entries()].sort((a, b) => a[0] - b[0]).map(([after, ids]) => ({ after, ids }));
}

/**
 * The report's own figures (report.yaml `figures`) by the part whose printed
 * words hold their quote (the walker's lines), for the report's home page:
 * index of the part in `body` → figures in their order. A figure quoting no
 * part's words (the content check forbids it) goes after the last part.
 */
export function partFigures<M extends { quote: string }>(report: ReportBody, figures: readonly M[]): Map<number, M[]> {
  const lines = printedLines(report, []);
  const out = new Map<number, M[]>();
  for (const f of figures) {
    const line = lines.find((l) => l.text.includes(f.quote));
    const at = line?.place.in === 'report' ? Number(line.place.path[1]) : report.body.length - 1;
    out.set(at, [...(out.get(at) ?? []), f]);
  }
  return out;
}
