/**
 * THE rule that decides which paragraphs of a problem (and which 一是…；二是…
 * inside one paragraph) are measures, in one place: the importer's counts,
 * the measures plugin (markdown/rehype-measures.ts), the figures' permalinks
 * (metrics/permalink.ts) and search (search/view.ts) all use it, so a passage
 * the importer counts as a measure is the one the site gives a permalink, and
 * the one search labels as a measure.
 */
import { CN_NUMERAL, chineseNumeral, readMarker, type Marker, type MarkerStyle } from './markers.ts';

/** A label that introduces the measures, kept with them: 整改情况：, 整改进展:, 整改措施：. */
export const MEASURES_LABEL = /^(?:整改(?:情况|进展|措施|落实情况|进展情况|成效)|进展情况|落实情况)\s*[:\uFF1A]\s*/;

/** One measure inside a paragraph: where its marker starts and what it says. */
export interface MeasureMark extends Marker {
  /** The permalink id on the section page: m1, m2 … unique on the page. */
  id: string;
  /** Offset of the marker in the paragraph's text (0 for a measure that opens the paragraph). */
  offset: number;
}

/** What a body block of a problem is to the site. */
export type ParagraphRole =
  | { kind: 'subProblem' /** The anchor id: s1, s2 … */; id: string }
  | { kind: 'text' /** The measures that start in this paragraph, in order; empty for a plain paragraph. */; measures: MeasureMark[] };

/** The stable fragment id of the n-th measure on its section page. */
export function measureId(n: number): string {
  return `m${n}`;
}

/** The anchor id of the n-th sub-problem heading on its section page. */
export function subProblemId(n: number): string {
  return `s${n}`;
}

/** True for an id the measures plugin gives a measure (search labels those hits as measures). */
export function isMeasureId(id: string): boolean {
  return /^m\d+$/.test(id);
}

/** Where inside a paragraph a 一是-style measure may start: after a full stop, semicolon or colon. */
const INLINE_SHI = /* @__PURE__ */ new RegExp(`(?<=[。;\\uFF1B:\\uFF1A])(${CN_NUMERAL})是`, 'g');

/** Measure markers a paragraph could hold: at its start (after a 整改情况： label), and 二是… inline. */
function candidates(text: string): (Marker & { offset: number })[] {
  const label = MEASURES_LABEL.exec(text)?.[0] ?? '';
  const out: (Marker & { offset: number })[] = [];
  const first = readMarker(text.slice(label.length));
  if (first) out.push({ ...first, offset: label.length });
  for (const m of text.matchAll(INLINE_SHI)) {
    const n = chineseNumeral(m[1] ?? '');
    const at = m.index ?? 0;
    if (n !== null && at > label.length) out.push({ n, label: m[0], style: 'shi', offset: at });
  }
  return out;
}

/**
 * THE measure rule. Walks a problem's body blocks in order: a block that is
 * one of the body's sub-problem headings (`subProblems`, in body order; an
 * entry's ### lines) is not a measure, and the numbering of measures starts
 * again after it; elsewhere only a run numbered 1, 2, 3… in one marker style
 * counts — (1)(2), 1. 2., 一是 二是 at a paragraph's start (a 整改情况： label
 * may stand before it), and 一是…；二是… inline, after a full stop, semicolon
 * or colon. A paragraph that merely starts with "3." outside such a run stays
 * a plain paragraph.
 */
export function measureLayout(paragraphs: readonly string[], subProblems: readonly string[] = []): ParagraphRole[] {
  let expected = 1;
  let style: MarkerStyle | null = null;
  let ids = 0;
  // Sub-problem headings are matched in order, so a paragraph that happens to repeat a heading's words stays a paragraph.
  let subCount = 0;
  return paragraphs.map((p): ParagraphRole => {
    if (subCount < subProblems.length && p === subProblems[subCount]) {
      expected = 1;
      style = null;
      subCount += 1;
      return { kind: 'subProblem', id: subProblemId(subCount) };
    }
    const measures: MeasureMark[] = [];
    for (const c of candidates(p)) {
      if (c.n !== expected || (style !== null && c.style !== style)) continue;
      // Inline markers only continue a 一是 run; (1) and 1. count at a paragraph's start.
      style = c.style;
      expected += 1;
      ids += 1;
      measures.push({ ...c, id: measureId(ids) });
    }
    return { kind: 'text', measures };
  });
}

/** How many measures a problem's body has (passages the site gives a permalink). */
export function countMeasures(paragraphs: readonly string[], subProblems: readonly string[] = []): number {
  return measureLayout(paragraphs, subProblems).reduce((n, r) => n + (r.kind === 'text' ? r.measures.length : 0), 0);
}
