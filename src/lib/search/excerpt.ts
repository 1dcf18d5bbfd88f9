/** Excerpts for search results: the words around a match, the match itself kept apart for highlighting. */

export interface Excerpt {
  before: string;
  match: string;
  after: string;
  /** True when text was cut before / after the excerpt (show an ellipsis). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/** The match at [at, at + length) with up to radius characters either side, whitespace collapsed. */
export function excerptAround(text: string, at: number, length: number, radius: number): Excerpt {
  const chars = Array.from(text.slice(0, at));
  const startIndex = Math.max(0, chars.length - radius);
  const before = chars.slice(startIndex).join('');
  const rest = Array.from(text.slice(at + length));
  const after = rest.slice(0, radius).join('');
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return {
    before: squash(before).trimStart(),
    match: text.slice(at, at + length),
    after: squash(after).trimEnd(),
    cutBefore: startIndex > 0,
    cutAfter: rest.length > radius,
  };
}
