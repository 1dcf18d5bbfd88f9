/**
 * Where on the site a metric's words are: the measure whose passage holds
 * the quote, or the section page when no measure does. Uses the one measure
 * rule (measureLayout in numbering/measures.ts), the same the measures plugin
 * applies, so a figure's link always lands on an id the page has.
 */
import { measureLayout } from '../numbering/measures.ts';

/** The number of the first measure that starts in each paragraph (null for paragraphs that start none). */
export function measureNumbers(paragraphs: readonly string[], subProblems: readonly string[] = []): (number | null)[] {
  return measureLayout(paragraphs, subProblems).map((r) => (r.kind === 'text' && r.measures[0] ? Number(r.measures[0].id.slice(1)) : null));
}

/** Index of the first paragraph that contains the quote, or -1. */
export function paragraphOf(paragraphs: readonly string[], quote: string): number {
  return paragraphs.findIndex((p) => p.includes(quote));
}

/**
 * The fragment ("#m2") of the measure holding the quote: in the quote's
 * paragraph, the last measure that starts at or before it (一是…；二是… inline
 * each have their own); "" when that paragraph starts no measure before it.
 */
export function quoteFragment(paragraphs: readonly string[], quote: string, subProblems: readonly string[] = []): string {
  const i = paragraphOf(paragraphs, quote);
  if (i === -1) return '';
  const at = paragraphs[i]?.indexOf(quote) ?? 0;
  const roles = measureLayout(paragraphs, subProblems);
  const own = roles[i];
  const inside = own?.kind === 'text' ? own.measures.filter((m) => m.offset <= at).at(-1) : undefined;
  return inside ? `#${inside.id}` : '';
}
