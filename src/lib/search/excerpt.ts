/** Excerpts for search results: the words around a match, every occurrence of the query's parts in it kept apart for highlighting. */

/** A stretch of an excerpt: plain text, or a match to highlight. */
export interface ExcerptPiece {
  text: string;
  match: boolean;
}

export interface Excerpt {
  /** The excerpt in order; consecutive matches are one piece. */
  pieces: ExcerptPiece[];
  /** True when text was cut before / after the excerpt (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** Start positions of part (its characters) in chars[start, end), whole occurrences only. */
function occurrences(chars: readonly string[], part: readonly string[], start: number, end: number): number[] {
  const out: number[] = [];
  if (part.length === 0) return out;
  outer: for (let i = start; i + part.length <= end; i++) {
    for (let j = 0; j < part.length; j++) if (chars[i + j] !== part[j]) continue outer;
    out.push(i);
  }
  return out;
}

/**
 * The match at positions [at, at + length) of chars (one character per
 * position) with up to radius positions either side, whitespace collapsed;
 * every whole occurrence of any of parts inside that window is a match too,
 * so a query of several words has each of them highlighted.
 */
export function excerptAround(
  chars: readonly string[],
  at: number,
  length: number,
  radius: number,
  parts: readonly (readonly string[])[] = [],
): Excerpt {
  const start = Math.max(0, at - radius);
  const end = Math.min(chars.length, at + length + radius);
  const marked = new Array<boolean>(end - start).fill(false);
  const mark = (from: number, n: number) => {
    for (let i = from; i < from + n; i++) marked[i - start] = true;
  };
  mark(at, length);
  for (const p of parts) for (const o of occurrences(chars, p, start, end)) mark(o, p.length);
  const pieces: ExcerptPiece[] = [];
  for (let i = start; i < end; i++) {
    const match = marked[i - start]!;
    const last = pieces[pieces.length - 1];
    if (last && last.match === match) last.text += chars[i];
    else pieces.push({ text: chars[i]!, match });
  }
  const squashed = pieces.map((p) => (p.match ? p : { ...p, text: p.text.replace(/\s+/g, ' ') }));
  const first = squashed[0];
  if (first && !first.match) first.text = first.text.trimStart();
  const final = squashed[squashed.length - 1];
  if (final && !final.match) final.text = final.text.trimEnd();
  return { pieces: squashed.filter((p) => p.text.length > 0), cutBefore: start > 0, cutAfter: end < chars.length };
}

/** The excerpt's text as one string, matches unmarked. */
export function excerptText(e: Excerpt): string {
  return e.pieces.map((p) => p.text).join('');
}
