/**
 * A section body as its renderer leaves it (./render-body.ts) and a page
 * publishes it: the HTML of its text, and the places between its blocks
 * where the page puts something of its own (the figures). Apart from the
 * renderer, so a page imports this without the parsers.
 */

/** Something placed after a top-level block of the rendered body: the block's index among the root's children, and what goes there (figure ids). */
export interface BodyPlace {
  after: number;
  ids: string[];
}

/** A rendered body: its HTML and, in order, the offsets in it where what was placed goes. */
export interface RenderedBody {
  html: string;
  places: { at: number; ids: string[] }[];
}

/** A rendered body in the order a page publishes it: pieces of HTML, and between them the ids of what was placed there. */
export function bodyPieces(body: RenderedBody): ({ html: string } | { ids: string[] })[] {
  const pieces: ({ html: string } | { ids: string[] })[] = [];
  let last = 0;
  for (const p of body.places) {
    if (p.at > last) pieces.push({ html: body.html.slice(last, p.at) });
    pieces.push({ ids: p.ids });
    last = Math.max(last, p.at);
  }
  if (last < body.html.length) pieces.push({ html: body.html.slice(last) });
  return pieces;
}
