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
import { MEASURES_LABEL } from '../numbering/measures.ts';
import { isUnder, readOutline, type Outline, type OutlineNode } from '../numbering/outline.ts';
import type { StatedCount } from './counts.ts';
import { afterMarker, headingLike, unquoted, type Line } from './lines.ts';
import { subProblems } from './subproblems.ts';

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

const PART_WORDS = /组织|基本情况|主体责任|整改落实|落实情况|整改情况|进展情况|整改进展|成效|下一步|打算|今后|工作开展|履行|总体情况|主要做法/;
/** A part after the problems that is next steps. */
const NEXT_WORDS = /下一步|打算|今后|长效|持续|巩固|深化/;
/** A part heading that names the rectification of the problems (not its organisation). */
const RECT_WORDS = /整改落实|落实情况|问题整改|反馈意见|反馈问题|整改情况|整改进展|进展情况|逐项|整改任务|见行见效|对账销号|成效/;
const ORG_WORDS = /组织|领导|主体责任|基本情况|工作开展|总体情况|政治站位|政治责任/;
/** A round summary covers many units: 对25家单位开展巡察. */
const MANY_UNITS = /对\s*(?:\d+|[一二三四五六七八九十]+)\s*(?:家|个)(?:单位|党组织|部门|乡镇|街道|村|企业|学校)/;

/** A line that reads like a problem heading: 关于“…”问题的整改, 针对…问题, …的问题. */
export function aboutLike(l: Line): boolean {
  const rest = afterMarker(l);
  if (!headingLike(rest, 120)) return false;
  const bare = unquoted(rest).replace(/[。.]$/, '');
  if (/方面(?:的问题)?$/.test(bare)) return false;
  return /^(?:关于|针对)/.test(rest) || /问题(?:的整改(?:情况|进展|落实情况)?)?$/.test(bare) || /的整改(?:情况|进展|落实情况)?$/.test(bare);
}

export const isLabel = (l: Line | undefined) => !!l && MEASURES_LABEL.test(l.text);

/** Reads the body lines (between head and end) into parts, categories and problems. */
export function readBody(lines: readonly Line[], stated?: StatedCount): Body {
  const outline = readOutline(lines, (text, runs) => (partHeading(text) ? runs[0] : undefined));
  const text = (n: OutlineNode) => (lines[n.at] as Line).text;
  const own = (n: OutlineNode) => lines.slice(n.at + 1, n.children[0]?.at ?? n.end);
  const labelled = (n: OutlineNode) => own(n).some((l) => isLabel(l));
  const about = (n: OutlineNode) => n.marker.kind !== 'shi' && aboutLike(lines[n.at] as Line);
  // A statement followed by 整改情况： — directly, or under a 一是… line stating part of it.
  const statedProblem = (n: OutlineNode) => n.marker.kind !== 'shi' && !isLabel(lines[n.at]) && (labelled(n) || n.children.some((c) => c.marker.kind === 'shi' && labelled(c)));
  const signal = (n: OutlineNode) => about(n) || statedProblem(n);
  const part = (n: OutlineNode) => n.heading && !signal(n) && partHeading(text(n)) && !/方面/.test(text(n));

  const roots = outline.roots;
  const first = roots[0];
  // The first of several parts is never the rectification part: its points are not problems.
  const firstIsPart = !!first && roots.length > 1 && part(first) && !rectHeading(text(first));
  const excluded = (n: OutlineNode) => firstIsPart && (n === first || isUnder(n, first as OutlineNode));
  const signals = outline.nodes.filter((n) => signal(n) && !excluded(n));
  const preambleText = lines.slice(0, first?.at ?? lines.length).map((l) => l.text).join('');

  let problems: OutlineNode[] = [];
  let by: ProblemsBy | null = null;
  let guessedPart: Line | undefined;
  if (signals.length > 0) {
    by = 'headings';
    // A single part, organisation-like, holding the signals: an opening cut off inside its first part.
    const lone = roots.length === 1 && first && part(first) && !rectHeading(text(first)) && signals.every((s) => isUnder(s, first));
    if (!lone) problems = problemLevel(outline, signals, stated).filter((n) => signal(n) || !part(n));
  } else if (!MANY_UNITS.test(preambleText)) {
    // The areas of work: the numbered headings of a rectification part that is not the first.
    const candidates = roots.slice(1).filter((r) => r.heading && !NEXT_WORDS.test(text(r)) && r.children.some((c) => c.heading));
    const rect = candidates.find((r) => rectHeading(text(r))) ?? candidates[0];
    if (rect) {
      by = 'areas';
      problems = rect.children.filter((c) => c.heading);
      if (!rectHeading(text(rect))) guessedPart = lines[rect.at];
    }
  }
  return assemble(lines, outline, problems, by, guessedPart, part);
}

/** A heading that reads like a part of the report: organisation, rectification, next steps, or a slogan (一、提高政治站位,扛牢…). */
function partHeading(text: string): boolean {
  const rest = text.replace(/^\S{1,4}?[、.．]\s*/, '');
  return PART_WORDS.test(text) || NEXT_WORDS.test(text) || (headingLike(rest, 40) && /[，,]/.test(rest));
}

/** A part heading that names the rectification itself (二、整改落实情况), not its organisation (一、整改工作组织情况). */
function rectHeading(text: string): boolean {
  return RECT_WORDS.test(text) && !ORG_WORDS.test(text);
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
    const depths = new Set(signals.filter((s) => s.style === style).map((s) => s.depth));
    const scope = signals.filter((s) => s.style === style);
    // Nodes of that style and depth that share a parent level with the signals (the first part stays out).
    const parents = new Set(scope.map((s) => s.parent));
    const out: OutlineNode[] = [];
    const taken = new Set<OutlineNode>();
    for (const n of outline.nodes) {
      if (n.style !== style || !depths.has(n.depth) || !parents.has(n.parent)) continue;
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
function assemble(lines: readonly Line[], outline: Outline, problemNodes: readonly OutlineNode[], by: ProblemsBy | null, guessedPart: Line | undefined, part: (n: OutlineNode) => boolean): Body {
  const roots = outline.roots;
  const firstProblem = problemNodes[0];
  const lastProblem = problemNodes.at(-1);
  if (!firstProblem || !lastProblem) {
    const { preamble, organisation } = splitPreamble(lines.slice(0, roots[0]?.at ?? lines.length), false);
    return { preamble, segments: organisation, categories: [], problems: [], by: null, partHeadings: false, misplaced: [], guessedPart: undefined };
  }
  const problemSet = new Set(problemNodes);
  // The rectification part: the one outermost heading that holds every problem, unless the problems are outermost, or spread over several (those are categories).
  const tops = [...new Set(problemNodes.map(topOf))];
  const top = tops.length === 1 ? tops[0] : undefined;
  const rect = top && !problemSet.has(top) && !/方面/.test((lines[top.at] as Line).text) ? top : undefined;
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
    before.forEach((r, i) => segments.push({ kind: 'organisation', heading: lines[r.at], lines: lines.slice(r.at + 1, before[i + 1]?.at ?? problemsStart) }));
  } else {
    const split = splitPreamble(lines.slice(0, problemsStart), true);
    preamble = split.preamble;
    segments.push(...split.organisation);
  }
  const problemsSeg: Segment = { kind: 'problems', heading: rect ? lines[rect.at] : undefined, lines: rect ? lines.slice(rect.at + 1, firstAt) : [] };
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
    const kind: PartKind = NEXT_WORDS.test((lines[r.at] as Line).text) ? 'nextSteps' : 'text';
    segments.push({ kind, heading: lines[r.at], lines: lines.slice(r.at + 1, later[i + 1]?.at ?? lines.length) });
  });
  const nodeOf = new Map(outline.nodes.map((n) => [lines[n.at] as Line, n]));
  problemNodes.forEach((n, i) => {
    const p = problems[i] as ProblemDraft;
    p.subs = subProblems(p, nodeOf, n, by === 'areas');
  });
  return { preamble, segments, categories, problems, by, partHeadings: before.length > 0 || rect !== undefined || later.length > 0, misplaced, guessedPart };
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
  while (n < before.length && /予以公布|予以公开|公布如下|通报如下|报告如下/.test((before[n] as Line).text) && !(before[n] as Line).marker) n++;
  return { preamble: before.slice(0, n), organisation: n < before.length ? [{ kind: 'organisation', heading: undefined, lines: before.slice(n) }] : [] };
}

