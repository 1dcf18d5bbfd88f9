/**
 * Sub-problems are statements, measures are actions. Under a problem, a
 * line is a sub-problem heading when it
 * - stands right before a 整改情况： label (a short line: 一是……不到位, or the problem stated);
 * - is an inner numbered line that reads like a problem (1.针对“…”问题。, (1)关于“…”);
 * - opens a run of measures (1)… or 1.…, when the problem has more than one such line;
 * - states a shortcoming in a short line without 。 (一是台账管理不规范, 执法人员培训不足),
 *   followed by paragraphs — not an action (一是修订了……制度);
 * - or is an inner numbered heading over a run of its own (1.在推动科技创新上持续发力
 *   over 一是…二是…): in the areas layout, each area's numbered headings.
 * Each becomes a heading with its own anchor on the problem's page.
 */
import { isUnder, type OutlineNode } from '../numbering/outline.ts';
import { afterMarker, headingLike, unquoted, type Line } from './lines.ts';
import type { ProblemDraft } from './problems.ts';
import { aboutLike, isLabel, statesShortcoming } from './wording.ts';

/** The sub-problem headings of a problem's body (`node`: the problem's own outline node; `nodeOf`: each numbered line's node). */
export function subProblems(p: ProblemDraft, nodeOf: ReadonlyMap<Line, OutlineNode>, node: OutlineNode, areas: boolean): Line[] {
  const body = p.body;
  const inner = (l: Line): OutlineNode | undefined => {
    const n = nodeOf.get(l);
    return n && isUnder(n, node) ? n : undefined;
  };
  const subs = new Set<Line>();
  // A short line (一是……不到位, or the problem stated) that opens a run of measures (1)… or 1.…: a sub-problem, when the problem has more than one.
  const opensRun = (l: Line, i: number) => {
    const next = body[i + 1]?.marker;
    return (
      headingLike(l.text, 40) &&
      !isLabel(l) &&
      !!next &&
      (next.kind === 'paren' || next.kind === 'dot') &&
      next.n === 1 &&
      (l.marker === null || l.marker.kind === 'shi')
    );
  };
  const runOpeners = body.filter(opensRun);
  body.forEach((l, i) => {
    if (isLabel(l)) return;
    const n = inner(l);
    if (isLabel(body[i + 1]) && headingLike(l.text, 60)) subs.add(l);
    if (n && l.marker && l.marker.kind !== 'shi' && aboutLike(l)) subs.add(l);
    if (runOpeners.length > 1 && runOpeners.includes(l)) subs.add(l);
    if (statesShortcoming(l) && body.slice(i + 1).some((x) => !statesShortcoming(x))) subs.add(l);
    if (n && subHeading(l, n, areas)) subs.add(l);
  });
  return body.filter((l) => subs.has(l));
}

/** An inner numbered heading over a run of its own (or, in the areas layout, over any text): 1.在推动科技创新上持续发力. */
function subHeading(l: Line, n: OutlineNode, areas: boolean): boolean {
  // A short heading: no clause inside it (a final 。 allowed).
  const rest = afterMarker(l).replace(/[。.]$/, '');
  if (n.marker.kind === 'shi' || !n.heading || rest.length > 30 || /[。，,；;：:]/.test(unquoted(rest))) return false;
  // Over a run of another style (a (1) restarting after (2) is the same list again, not this line's own).
  const child = n.children[0];
  const run = child?.marker.n === 1 && child.style !== n.style;
  return run || (areas && n.end > n.at + 1);
}
