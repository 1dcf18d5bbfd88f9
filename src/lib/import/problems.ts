/**
 * The body of a report: its parts (optional, any wording), the categories,
 * problems and sub-problems — levels decided from the whole layout, not line
 * by line. The same marker (一、, (一), 1.) is a part in one report, a
 * category in another and a problem in a third: the problem level is the
 * marker of the first line that reads like a problem heading (关于“…”问题,
 * or a stated problem followed by 整改情况：); categories are outer markers
 * standing right before a problem; parts are 一、 headings that read like
 * parts (组织、整改落实、下一步 …).
 */
import { MEASURES_LABEL, type MarkerKind } from '../markdown/markers.ts';
import { afterMarker, headingLike, unquoted, type Line } from './lines.ts';

/** Outer to inner: a category's marker is outer to its problems'. */
const RANK: Record<MarkerKind, number> = { cn: 0, cnParen: 1, dot: 2, paren: 3, shi: 4 };

export type PartKind = 'organisation' | 'problems' | 'nextSteps' | 'text';

export interface ProblemDraft {
  heading: Line;
  body: Line[];
  /** Body lines that are sub-problem headings. */
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

export interface Body {
  preamble: Line[];
  segments: Segment[];
  categories: CategoryDraft[];
  problems: ProblemDraft[];
  /** How the problem level was told: for the summary. */
  problemKind: MarkerKind | null;
  partHeadings: boolean;
  /** Part headings found among the problems, kept in the problem before them. */
  misplaced: Line[];
}

const PART_WORDS = /组织|基本情况|主体责任|整改落实|落实情况|整改情况|进展情况|整改进展|成效|下一步|打算|今后|工作开展|履行|总体情况|主要做法/;
const NEXT_WORDS = /下一步|打算|今后|长效|持续|巩固|深化/;

/** A line that reads like a problem heading: 关于“…”问题的整改, 针对…问题, …的问题. */
export function aboutLike(l: Line): boolean {
  const rest = afterMarker(l);
  if (!headingLike(rest, 120)) return false;
  const bare = unquoted(rest).replace(/[。.]$/, '');
  if (/方面(?:的问题)?$/.test(bare)) return false;
  return /^(?:关于|针对)/.test(rest) || /问题(?:的整改(?:情况|进展|落实情况)?)?$/.test(bare) || /的整改(?:情况|进展|落实情况)?$/.test(bare);
}

const isLabel = (l: Line | undefined) => !!l && MEASURES_LABEL.test(l.text);

/** A problem stated in its heading line and followed by 整改情况：. */
function stated(lines: readonly Line[], i: number): boolean {
  const l = lines[i];
  return !!l?.marker && l.marker.kind !== 'shi' && !isLabel(l) && isLabel(lines[i + 1]);
}

function partLike(l: Line): boolean {
  return l.marker?.kind === 'cn' && headingLike(afterMarker(l), 60) && PART_WORDS.test(l.text) && !aboutLike(l) && !/方面/.test(l.text);
}

/** The 一、 part headings, if the report uses them: a run 一 二 三 … of part-like headings. */
function findParts(lines: readonly Line[]): Line[] {
  const cn = lines.filter((l) => l.marker?.kind === 'cn' && headingLike(afterMarker(l), 60) && !aboutLike(l) && !/方面/.test(l.text));
  if (cn.length === 0 || cn.length > 6 || !cn.some(partLike)) return [];
  return cn.every((l, i) => l.marker?.n === i + 1) ? cn : cn.filter(partLike);
}

/** Reads the body lines (between head and end) into parts, categories and problems. */
export function readBody(lines: readonly Line[]): Body {
  const parts = findParts(lines);
  const partSet = new Set(parts);
  // The problem level: the marker of the first problem-like line — of the first marker with at least two such lines,
  // so one (一)关于…的组织领导 in the organisation part does not make (一) the problems' marker.
  const abouts = lines.filter((l) => l.marker && l.marker.kind !== 'shi' && !partSet.has(l) && aboutLike(l));
  const firstAbout = abouts.find((l) => abouts.filter((o) => o.marker?.kind === l.marker?.kind).length >= 2) ?? abouts[0];
  const firstStated = lines.findIndex((l, i) => !partSet.has(l) && stated(lines, i));
  const problemKind: MarkerKind | null = firstAbout?.marker?.kind ?? lines[firstStated]?.marker?.kind ?? null;
  // Problems stated in their heading (no 关于…问题): every heading-like line of that marker from the first one on.
  const statedFrom = firstAbout ? -1 : firstStated;
  const isProblem = (l: Line, i: number) =>
    !!problemKind && l.marker?.kind === problemKind && !partSet.has(l) && (aboutLike(l) || stated(lines, i) || (statedFrom >= 0 && i >= statedFrom && !isLabel(l) && headingLike(afterMarker(l), 100)));
  const problemAt = new Set(lines.map((l, i) => (isProblem(l, i) ? i : -1)).filter((i) => i >= 0));
  // Categories: outer markers standing before a problem (with at most a few paragraphs between).
  const isCategory = (l: Line, i: number) => {
    if (!problemKind || !l.marker || partSet.has(l) || problemAt.has(i) || RANK[l.marker.kind] >= RANK[problemKind] || !headingLike(afterMarker(l), 60)) return false;
    for (let k = i + 1; k < Math.min(lines.length, i + 5); k++) {
      if (problemAt.has(k)) return true;
      if ((lines[k] as Line).marker) return false;
    }
    return false;
  };
  const candidates = lines.map((l, i) => (isCategory(l, i) ? i : -1)).filter((i) => i >= 0);
  // Categories of one marker are numbered 一, 二, 三…; a measure "2." that happens to stand before a problem is not one.
  const numbered = (kind: MarkerKind) => candidates.filter((i) => lines[i]?.marker?.kind === kind).every((i, k, all) => lines[i]?.marker?.n === k + 1 && all.length > 0);
  const categoryAt = new Set(candidates.filter((i) => numbered(lines[i]?.marker?.kind as MarkerKind)));

  const segments: Segment[] = [];
  const categories: CategoryDraft[] = [];
  const problems: ProblemDraft[] = [];
  const firstStructural = lines.findIndex((l, i) => partSet.has(l) || problemAt.has(i) || categoryAt.has(i));
  const before = firstStructural === -1 ? [...lines] : lines.slice(0, firstStructural);
  let preamble: Line[];
  if (parts.length > 0 || before.length <= 1) preamble = before;
  else {
    // No part headings: the preamble is the opening paragraph(s) about the inspection; what follows before the problems is the organisation text.
    let n = 1;
    while (n < before.length && /予以公布|予以公开|公布如下|通报如下|报告如下/.test((before[n] as Line).text) && !(before[n] as Line).marker) n++;
    preamble = before.slice(0, n);
    if (n < before.length) segments.push({ kind: 'organisation', heading: undefined, lines: before.slice(n) });
  }
  if (firstStructural === -1) return { preamble, segments, categories, problems, problemKind, partHeadings: parts.length > 0, misplaced: [] };

  let problemsSeen = false;
  let current: Segment | null = null;
  let category: CategoryDraft | null = null;
  let problem: ProblemDraft | null = null;
  const misplaced: Line[] = [];
  for (let i = firstStructural; i < lines.length; i++) {
    const l = lines[i] as Line;
    if (partSet.has(l)) {
      problem = null;
      category = null;
      // Before any problem, a part is organisation until a problem shows it is the problems part.
      const kind: PartKind = problemsSeen ? (NEXT_WORDS.test(l.text) ? 'nextSteps' : 'text') : 'organisation';
      current = { kind, heading: l, lines: [] };
      segments.push(current);
      continue;
    }
    if (categoryAt.has(i) || problemAt.has(i)) {
      if (current?.kind !== 'problems') {
        const last = problems.at(-1);
        if (problemsSeen && current && last) {
          // A part heading among the problems: its lines stay with the problem before it.
          segments.splice(segments.indexOf(current), 1);
          if (current.heading) misplaced.push(current.heading);
          last.body.push(...(current.heading ? [current.heading] : []), ...current.lines);
          current = segments.find((s) => s.kind === 'problems') ?? null;
        } else if (current?.heading) current.kind = 'problems';
        else segments.push((current = { kind: 'problems', heading: undefined, lines: [] }));
      }
      problemsSeen = true;
      if (categoryAt.has(i)) {
        problem = null;
        category = { heading: l, intro: [], first: problems.length };
        categories.push(category);
      } else {
        category = null;
        problem = { heading: l, body: [], subs: [] };
        problems.push(problem);
      }
      continue;
    }
    if (problem) problem.body.push(l);
    else if (category) category.intro.push(l);
    else if (current) current.lines.push(l);
    else segments.push((current = { kind: 'text', heading: undefined, lines: [l] }));
  }
  for (const p of problems) p.subs = subProblems(p, problemKind);
  return { preamble, segments, categories, problems, problemKind, partHeadings: parts.length > 0, misplaced };
}

/**
 * Sub-problem headings of a problem: a line standing right before a
 * 整改情况： label (a line 一是……不到位, a line stating the problem), or inner
 * numbered lines that read like problems (1.针对“…”问题。, (1)关于“…”).
 */
function subProblems(p: ProblemDraft, problemKind: MarkerKind | null): Line[] {
  const subs = new Set<Line>();
  // A short line (一是……不到位, or the problem stated) that opens a run of measures (1)… or 1.…: a sub-problem, when the problem has more than one.
  const opensRun = (l: Line, i: number) => {
    const next = p.body[i + 1]?.marker;
    return headingLike(l.text, 40) && !isLabel(l) && !!next && (next.kind === 'paren' || next.kind === 'dot') && next.n === 1 && (l.marker === null || l.marker.kind === 'shi');
  };
  const runOpeners = p.body.filter(opensRun);
  p.body.forEach((l, i) => {
    if (isLabel(p.body[i + 1]) && !isLabel(l)) subs.add(l);
    if (l.marker && problemKind && l.marker.kind !== problemKind && RANK[l.marker.kind] > RANK[problemKind] && l.marker.kind !== 'shi' && aboutLike(l)) subs.add(l);
    if (runOpeners.length > 1 && runOpeners.includes(l)) subs.add(l);
  });
  return p.body.filter((l) => subs.has(l));
}
