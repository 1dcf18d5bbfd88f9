/**
 * The body of a report — its parts, categories, problems and sub-problems —
 * read from its whole outline (numbering/outline.ts), not line by line. The
 * same marker (一、, (一), 1.) is a part in one report, a category in another
 * and a problem in a third, so the level that holds the problems is decided
 * from the report's own signals, in this order:
 *
 * 1. problem headings: 关于“…”问题 (and 针对…问题, …的问题), or a statement
 *    followed by 整改情况：/整改进展： — the outermost level with at least two
 *    such lines (a count the report states, N个方面M个问题, breaks a tie);
 * 2. else the areas of work (central and provincial inspections): the
 *    numbered headings of the rectification part, which is never the first of
 *    several parts.
 *
 * The rectification part is never the first of several parts: points of an
 * organisation part are never problems, and a text that stops inside its
 * first part holds none. Categories are the levels between the
 * rectification part and its problems; parts are the outermost headings.
 */
import { isUnder, readOutline, type Outline, type OutlineNode } from '../numbering/outline.ts';
import type { StatedCount } from './counts.ts';
import { afterMarker, type Line } from './lines.ts';
import { subProblems } from './subproblems.ts';
import { aboutLike, categoryLike, isLabel, MANY_UNITS, NEXT_WORDS, partHeading, rectHeading } from './wording.ts';

export type PartKind = 'organisation' | 'problems' | 'nextSteps' | 'text';

export interface ProblemDraft {
  heading: Line;
  body: Line[];
  /** Body lines that are sub-problem headings (or, in the areas layout, numbered sub-headings). */
  subs: Line[];
}

export interface CategoryDraft {
  heading: Line;
  intro: Line[];
  /** Index into the problems of the first problem under it. */
  first: number;
}

export interface Segment {
  kind: PartKind;
  heading: Line | undefined;
  /** For every kind but problems: its lines. For problems: the intro before the first category or problem. */
  lines: Line[];
}

/** How the problems were told: by their headings (关于…问题, a statement before 整改情况：) or as the areas of work. */
export type ProblemsBy = 'headings' | 'areas';

export interface Body {
  preamble: Line[];
  segments: Segment[];
  categories: CategoryDraft[];
  problems: ProblemDraft[];
  by: ProblemsBy | null;
  partHeadings: boolean;
  /** Lines outside any problem's outline kept in the problem before them. */
  misplaced: Line[];
  /** The rectification part taken without a heading that says so (areas of work): its heading. */
  guessedPart: Line | undefined;
}

/** What else the report says that weighs on its levels. */
export interface Evidence {
  /** The count of problems it states (N个方面M个问题). */
  stated?: StatedCount | undefined;
  /** Its title, if printed. */
  title?: string | undefined;
}

/** Reads the body lines (between head and end) into parts, categories and problems. */
export function readBody(lines: readonly Line[], evidence: Evidence = {}): Body {
  const line = (n: OutlineNode) => lines[n.at] as Line;
  // Two runs expect the same number: a part heading continues the outer one (三、下一步 after a second 一、二、 run),
  // a problem heading the run of problem headings (3.关于…问题 after measures 1. 2.), any other line the innermost run of its like.
  const outline = readOutline(lines, (l, runs) =>
    l.marker?.kind === 'cn' && partHeading(l) ? runs[0] : runs.filter((r) => aboutLike(line(r)) === aboutLike(l)).at(-1),
  );
  const own = (n: OutlineNode) => lines.slice(n.at + 1, n.children[0]?.at ?? n.end);
  const labelled = (n: OutlineNode) => own(n).some((l) => isLabel(l));
  const about = (n: OutlineNode) => n.marker.kind !== 'shi' && aboutLike(line(n));
  // A statement followed by 整改情况： — directly, or under a 一是… line stating part of it.
  const statedProblem = (n: OutlineNode) =>
    n.marker.kind !== 'shi' && !isLabel(line(n)) && (labelled(n) || n.children.some((c) => c.marker.kind === 'shi' && labelled(c)));
  const signal = (n: OutlineNode) => about(n) || statedProblem(n);
  // A part heading: a numbered heading of a level (not a 一是 point or a (1) item) that reads like one.
  const part = (n: OutlineNode) =>
    n.heading && n.marker.kind !== 'shi' && n.marker.kind !== 'paren' && !signal(n) && partHeading(line(n)) && !categoryLike(line(n));

  const roots = outline.roots;
  const first = roots[0];
  const preambleText = lines
    .slice(0, first?.at ?? lines.length)
    .map((l) => l.text)
    .join('');
  // The first of several parts is never the rectification part: its points are not problems (unless it is a category of them).
  const opening = !!first && !signal(first) && !categoryLike(line(first)) && !rectHeading(line(first));
  const firstIsPart = opening && roots.length > 1 && part(first as OutlineNode);
  const excluded = (n: OutlineNode) => firstIsPart && (n === first || isUnder(n, first as OutlineNode));
  const signals = outline.nodes.filter((n) => signal(n) && !excluded(n));

  let problems: OutlineNode[] = [];
  let by: ProblemsBy | null = null;
  let guessedPart: Line | undefined;
  // A round summary of many units is not one unit's report; a single part that is not the rectification part is an opening cut off inside it.
  // (A single part holding 关于…问题 headings is the rectification part printed without its own heading.)
  const lone = opening && roots.length === 1 && !signals.some((n) => about(n) && /问题/.test(line(n).text));
  const refused = MANY_UNITS.test(preambleText) || lone;
  if (refused) problems = [];
  else if (signals.length > 0) {
    by = 'headings';
    problems = problemLevel(outline, signals, evidence.stated).filter((n) => signal(n) || !part(n));
  } else {
    // The areas of work: the numbered headings of a rectification part that is not the first (its points, if it says it is one).
    const holds = (r: OutlineNode) => r.children.some((c) => c.heading) || (rectHeading(line(r)) && r.children.length > 0);
    const candidates = roots.slice(1).filter((r) => r.heading && !NEXT_WORDS.test(line(r).text) && holds(r));
    // The part says it is the rectification part, or it follows an organisation part — in a text about rectification at all.
    const rect = candidates.find((r) => rectHeading(line(r))) ?? (firstIsPart && candidates[0] === roots[1] ? candidates[0] : undefined);
    const aboutRectification = /整改/.test(`${evidence.title ?? ''}${preambleText}${rect ? line(rect).text : ''}`);
    if (rect && aboutRectification) {
      by = 'areas';
      problems = rect.children.some((c) => c.heading) ? rect.children.filter((c) => c.heading) : [...rect.children];
      if (!rectHeading(line(rect))) guessedPart = line(rect);
    }
  }
  return assemble(lines, outline, problems, by, guessedPart, part);
}

/**
 * The problems: the nodes of the outermost style with at least two problem
 * headings (else of the outermost style with one), at the depths those
 * headings stand, none inside another. A count the report states decides
 * between styles when one of them has exactly that many nodes.
 */
function problemLevel(outline: Outline, signals: readonly OutlineNode[], stated: StatedCount | undefined): OutlineNode[] {
  const styles = [...new Set(signals.map((s) => s.style))];
  const depthOf = (style: string) => Math.min(...signals.filter((s) => s.style === style).map((s) => s.depth));
  const firstOf = (style: string) => signals.findIndex((s) => s.style === style);
  styles.sort((a, b) => depthOf(a) - depthOf(b) || firstOf(a) - firstOf(b));
  const nodesOf = (style: string) => {
    const scope = signals.filter((s) => s.style === style);
    const depths = new Set(scope.map((s) => s.depth));
    // Nodes of that style and depth under the parts that hold its signals (an organisation part's or next steps' points stay out).
    const tops = new Set(scope.map(topOf));
    const out: OutlineNode[] = [];
    const taken = new Set<OutlineNode>();
    for (const n of outline.nodes) {
      if (n.style !== style || !depths.has(n.depth) || (n.depth > 0 && !tops.has(topOf(n)))) continue;
      if (ancestorIn(n, taken)) continue;
      taken.add(n);
      out.push(n);
    }
    return out;
  };
  const counted = stated ? styles.filter((s) => nodesOf(s).length === stated.problems) : [];
  const chosen = counted.length === 1 ? counted[0] : (styles.find((s) => signals.filter((x) => x.style === s).length >= 2) ?? styles[0]);
  return chosen === undefined ? [] : nodesOf(chosen);
}

/** Puts the lines in their places, given the problems. */
function assemble(
  lines: readonly Line[],
  outline: Outline,
  problemNodes: readonly OutlineNode[],
  by: ProblemsBy | null,
  guessedPart: Line | undefined,
  part: (n: OutlineNode) => boolean,
): Body {
  const roots = outline.roots;
  const firstProblem = problemNodes[0];
  const lastProblem = problemNodes.at(-1);
  if (!firstProblem || !lastProblem) {
    const { preamble, organisation } = splitPreamble(lines.slice(0, roots[0]?.at ?? lines.length), false);
    return {
      preamble,
      segments: organisation,
      categories: [],
      problems: [],
      by: null,
      partHeadings: false,
      misplaced: [],
      guessedPart: undefined,
    };
  }
  const problemSet = new Set(problemNodes);
  // The rectification part: the one outermost heading that holds every problem, unless the problems are outermost, or spread over several (those are categories).
  const tops = [...new Set(problemNodes.map(topOf))];
  const top = tops.length === 1 ? tops[0] : undefined;
  const rect = top && !problemSet.has(top) && !categoryLike(lines[top.at] as Line) ? top : undefined;
  // Categories: the headings between the rectification part (or the top) and the problems.
  const categoryNodes = new Set<OutlineNode>();
  for (const p of problemNodes) for (let a = p.parent; a && a !== rect; a = a.parent) categoryNodes.add(a);
  const isPart = (r: OutlineNode) => r === rect || (!problemSet.has(r) && !categoryNodes.has(r) && part(r));
  const firstAt = Math.min(firstProblem.at, ...[...categoryNodes].map((c) => c.at));
  const problemsStart = rect?.at ?? firstAt;
  // The problems end where the rectification part ends, else at the first part after the last problem.
  const regionEnd = rect ? rect.end : (roots.find((r) => r.at > lastProblem.at && isPart(r))?.at ?? lines.length);

  // Before the problems: the preamble, then the parts (organisation); without part headings, the preamble and the organisation text.
  const segments: Segment[] = [];
  const before = roots.filter((r) => r.at < problemsStart && isPart(r));
  let preamble: Line[];
  if (before[0]) {
    preamble = lines.slice(0, before[0].at);
    before.forEach((r, i) =>
      segments.push({ kind: 'organisation', heading: lines[r.at], lines: lines.slice(r.at + 1, before[i + 1]?.at ?? problemsStart) }),
    );
  } else {
    const split = splitPreamble(lines.slice(0, problemsStart), true);
    preamble = split.preamble;
    segments.push(...split.organisation);
  }
  const problemsSeg: Segment = {
    kind: 'problems',
    heading: rect ? lines[rect.at] : undefined,
    lines: rect ? lines.slice(rect.at + 1, firstAt) : [],
  };
  segments.push(problemsSeg);

  const categories: CategoryDraft[] = [];
  const problems: ProblemDraft[] = [];
  const misplaced: Line[] = [];
  const categoryAt = new Set([...categoryNodes].map((c) => c.at));
  const problemAt = new Map(problemNodes.map((p) => [p.at, p]));
  let category: CategoryDraft | null = null;
  let current: { draft: ProblemDraft; node: OutlineNode } | null = null;
  for (let i = firstAt; i < regionEnd; i++) {
    const l = lines[i] as Line;
    const node = problemAt.get(i);
    if (categoryAt.has(i)) {
      current = null;
      category = { heading: l, intro: [], first: problems.length };
      categories.push(category);
    } else if (node) {
      category = null;
      current = { draft: { heading: l, body: [], subs: [] }, node };
      problems.push(current.draft);
    } else if (current) {
      // A numbered line outside the problem's outline (a part heading among the problems, a stray point) stays with it, said so.
      const owner = outline.owner[i];
      if (l.marker && owner && owner !== current.node && !isUnder(owner, current.node)) misplaced.push(l);
      current.draft.body.push(l);
    } else if (category) category.intro.push(l);
    else problemsSeg.lines.push(l);
  }
  // After the problems: next steps, or a text block, one per part.
  const later = roots.filter((r) => r.at >= regionEnd);
  later.forEach((r, i) => {
    const kind: PartKind = NEXT_WORDS.test(afterMarker(lines[r.at] as Line)) ? 'nextSteps' : 'text';
    segments.push({ kind, heading: lines[r.at], lines: lines.slice(r.at + 1, later[i + 1]?.at ?? lines.length) });
  });
  const nodeOf = new Map(outline.nodes.map((n) => [lines[n.at] as Line, n]));
  problemNodes.forEach((n, i) => {
    const p = problems[i] as ProblemDraft;
    p.subs = subProblems(p, nodeOf, n, by === 'areas');
  });
  return {
    preamble,
    segments,
    categories,
    problems,
    by,
    partHeadings: before.length > 0 || rect !== undefined || later.length > 0,
    misplaced,
    guessedPart,
  };
}

function ancestorIn(n: OutlineNode, set: ReadonlySet<OutlineNode>): boolean {
  for (let a = n.parent; a; a = a.parent) if (set.has(a)) return true;
  return false;
}

function topOf(n: OutlineNode): OutlineNode {
  let t = n;
  while (t.parent) t = t.parent;
  return t;
}

/**
 * Without part headings, the preamble is the opening paragraph(s) about the
 * inspection; what follows it before the problems is the organisation text.
 */
function splitPreamble(before: Line[], organisation: boolean): { preamble: Line[]; organisation: Segment[] } {
  if (!organisation || before.length <= 1) return { preamble: before, organisation: [] };
  let n = 1;
  while (n < before.length && /予以公布|予以公开|公布如下|通报如下|报告如下/.test((before[n] as Line).text) && !(before[n] as Line).marker)
    n++;
  return {
    preamble: before.slice(0, n),
    organisation: n < before.length ? [{ kind: 'organisation', heading: undefined, lines: before.slice(n) }] : [],
  };
}
