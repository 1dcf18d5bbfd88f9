/**
 * The outline reader: a text's lines read as an official document is
 * numbered (GB/T 9704: 一、 → （一） → 1. → （1）, with 一是/二是 runs and
 * unnumbered paragraphs) into one tree of levels. It knows numbering only —
 * what a level means (a part, a category, a problem) is decided from the
 * whole tree by the reader of the genre (src/lib/import/levels.ts).
 *
 * A level is a run of one marker style numbered 1, 2, 3…. A numbered line
 * continues the open run of its style that expects its number; a line
 * numbered 1 in a style no open run expects starts a new, inner run. So the
 * level of a marker is decided by where its run starts, not by the marker's
 * kind alone: 1. may be a problem in one report and a measure in another, and
 * a second 一、 run restarting under 二、 is one level deeper. A numbered line
 * that is a paragraph (a sentence inside it) holds no run of its own.
 */
import { markerStyle, type LineMarker } from './markers.ts';

/** What the reader needs of a line: its text (indentation stripped) and its marker. */
export interface OutlineLine {
  text: string;
  marker: LineMarker | null;
}

export interface OutlineNode {
  /** Index of its line in the lines read. */
  at: number;
  marker: LineMarker;
  /** The marker's style (markerStyle): one run is one style. */
  style: string;
  /** 0 for the outermost run. */
  depth: number;
  /** A heading (no sentence inside), not a numbered paragraph: only a heading holds runs of its own. */
  heading: boolean;
  parent: OutlineNode | null;
  children: OutlineNode[];
  /** Index after its last line: the next line numbered at its depth or outer, or the end of the lines. */
  end: number;
}

export interface Outline {
  /** Every numbered line's node, in printed order. */
  nodes: OutlineNode[];
  /** The outermost run(s), in printed order. */
  roots: OutlineNode[];
  /** For each line, its own node if numbered, else the innermost node open above it; null before the first numbered line. */
  owner: (OutlineNode | null)[];
}

/** Chooses among open runs that each expect a line's number; undefined lets the reader take the innermost. */
export type ChooseRun<L extends OutlineLine> = (line: L, runs: readonly OutlineNode[]) => OutlineNode | undefined;

/** Quoted words removed, so punctuation inside “…” does not count. */
export function unquoted(s: string): string {
  return s.replace(/[“"「『][^”"」』]*[”"」』]/g, '“”');
}

/** A numbered line that is a heading: no sentence ends inside it (a final 。 or ； is allowed). */
export function isHeadingText(text: string): boolean {
  const bare = unquoted(text).replace(/[。.；;：:]$/, '');
  return bare.length <= 100 && !/[。；;！？!?]/.test(bare);
}

/**
 * Whether a node can hold a run of `m`'s kind: a heading can; a 一是 line,
 * an enumeration inside a level, holds only 一是 and (1) runs — a 1. or （一）
 * after the 一是…二是… points of an organisation text opens a level of its own.
 */
function holds(n: OutlineNode, m: LineMarker): boolean {
  return n.heading && (n.marker.kind !== 'shi' || m.kind === 'shi' || m.kind === 'paren');
}

/** Reads lines into their outline. `choose` breaks ties between runs that expect the same number. */
export function readOutline<L extends OutlineLine>(lines: readonly L[], choose?: ChooseRun<L>): Outline {
  const nodes: OutlineNode[] = [];
  const roots: OutlineNode[] = [];
  const owner: (OutlineNode | null)[] = [];
  // The open runs, outermost first: the last node of each.
  const stack: OutlineNode[] = [];
  lines.forEach((line, at) => {
    const m = line.marker;
    if (!m) {
      owner.push(stack.at(-1) ?? null);
      return;
    }
    const style = markerStyle(m);
    const same = stack.filter((n) => n.style === style);
    const expecting = same.filter((n) => n.marker.n + 1 === m.n);
    let sibling: OutlineNode | undefined;
    if (expecting.length === 1) sibling = expecting[0];
    else if (expecting.length > 1) sibling = choose?.(line, expecting) ?? expecting.at(-1);
    // A number no run expects: 1 starts an inner run; any other continues the innermost run of its style (a gap or a misprint), else starts a run.
    else if (m.n !== 1) sibling = same.at(-1);
    let depth: number;
    if (sibling) depth = sibling.depth;
    else {
      // A new run opens under the innermost heading that can hold it; the paragraphs above it close.
      while (stack.length > 0 && !holds(stack.at(-1) as OutlineNode, m)) stack.pop();
      depth = stack.length;
    }
    stack.length = depth;
    const parent = stack.at(-1) ?? null;
    const node: OutlineNode = {
      at,
      marker: m,
      style,
      depth,
      heading: isHeadingText(line.text.slice(m.label.length)),
      parent,
      children: [],
      end: lines.length,
    };
    if (parent) parent.children.push(node);
    else roots.push(node);
    stack.push(node);
    nodes.push(node);
    owner.push(node);
  });
  // A node ends where the next node at its depth or outer begins.
  const open: OutlineNode[] = [];
  for (const n of nodes) {
    while (open.length > 0 && (open.at(-1) as OutlineNode).depth >= n.depth) (open.pop() as OutlineNode).end = n.at;
    open.push(n);
  }
  return { nodes, roots, owner };
}

/** The node and every node under it, in printed order. */
export function subtree(n: OutlineNode): OutlineNode[] {
  return [n, ...n.children.flatMap(subtree)];
}

/** True when `n` lies under `ancestor` (not itself). */
export function isUnder(n: OutlineNode, ancestor: OutlineNode): boolean {
  for (let p = n.parent; p; p = p.parent) if (p === ancestor) return true;
  return false;
}
