/**
 * Where on the site a metric's words are: the numbered measure whose
 * paragraph holds the quote, or the section page when the section has no
 * numbered measures. Mirrors the rule of the measures plugin: only a run
 * numbered 1, 2, 3… in one marker style counts as measures.
 */
import { measureId, readMarker, type Marker } from '../markdown/markers.ts';

/** The measure number of each paragraph (null for paragraphs that are not measures). */
export function measureNumbers(paragraphs: readonly string[]): (number | null)[] {
  let expected = 1;
  let style: Marker['style'] | null = null;
  return paragraphs.map((p) => {
    const marker = readMarker(p);
    if (!marker || marker.n !== expected || (style !== null && marker.style !== style)) return null;
    style = marker.style;
    expected += 1;
    return marker.n;
  });
}

/** Index of the first paragraph that contains the quote, or -1. */
export function paragraphOf(paragraphs: readonly string[], quote: string): number {
  return paragraphs.findIndex((p) => p.includes(quote));
}

/** The fragment ("#m2") of the measure holding the quote, or "" when the quote is not inside a numbered measure. */
export function quoteFragment(paragraphs: readonly string[], quote: string): string {
  const i = paragraphOf(paragraphs, quote);
  const n = i === -1 ? null : measureNumbers(paragraphs)[i];
  return n ? `#${measureId(n)}` : '';
}
