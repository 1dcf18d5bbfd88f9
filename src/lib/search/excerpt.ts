/** Excerpts for search results: the words around a match, the match itself kept apart for highlighting. */

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** True when text was cut before / after the excerpt (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The match at positions [at, at + length) of chars (one character per position) with up to radius positions either side, whitespace collapsed. */
export function excerptAround(chars: readonly string[], at: number, length: number, radius: number): Excerpt {
  const start = Math.max(0, at - radius);
  const end = Math.min(chars.length, at + length + radius);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: squash(chars.slice(start, at).join('')).trimStart(),
    match: chars.slice(at, at + length).join(''),
    after: squash(chars.slice(at + length, end).join('')).trimEnd(),
    cutBefore: start > 0,
    cutAfter: end < chars.length,
  };
}
