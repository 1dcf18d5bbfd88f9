/**
 * Parses a plain-text report of the genre (巡视/巡察整改情况通报, GENRE.md)
 * into the content model: report.yaml's data (its printed parts in order)
 * and one section per problem. Pure: text in, entries and notes out.
 *
 * parseReport runs the steps in order, each a small reader: the lines
 * (lines.ts), the head and the end (head.ts, end.ts), the body read from its
 * outline (problems.ts over numbering/outline.ts, sub-problems in
 * subproblems.ts), the facts (facts.ts: kind, issuer, title, inspection), the
 * sections and themes (sections.ts), the printed parts (parts.ts), and the
 * counts the report states (counts.ts, figures.ts). Every message comes from
 * messages.ts. An unusual layout is a note, not an error; only a text
 * without any rectification content is refused.
 */
import { printedLines } from '../report/walk.ts';
import type { ReportData, ReportPart } from '../../schemas/report.ts';
import { readStatedCount } from './counts.ts';
import { readEnd, type End } from './end.ts';
import { readFigures } from './figures.ts';
import { readFacts } from './facts.ts';
import { readHead } from './head.ts';
import { toLines, type Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';
import { readParts } from './parts.ts';
import { readBody, type Body, type Segment } from './problems.ts';
import { readSections, type ParsedSection } from './sections.ts';

export type { ParsedSection } from './sections.ts';
export { titleFromHeading } from './sections.ts';

export interface ParsedReport {
  report: ReportData;
  sections: ParsedSection[];
  /** The title is printed in the source. */
  titlePrinted: boolean;
}

export type ParseResult =
  | { ok: true; parsed: ParsedReport; notes: ImportNote[]; dropped: ImportNote[] }
  | { ok: false; problems: ImportNote[] };

/** Describes what a refused text holds, for the message. */
function describe(lines: readonly Line[]): string {
  const marked = lines.filter((l) => l.marker).slice(0, 4);
  const heads =
    marked.length > 0
      ? `编号行 / numbered lines: ${marked.map((l) => `${l.no}“${l.text.slice(0, 16)}”`).join('；')}`
      : '无编号行 / no numbered lines';
  return `${lines.length} 行 / lines，${heads}`;
}

/**
 * The body's parts, with the next steps a report prints without a heading
 * (the last problem's closing paragraphs from 下一步…, when no other problem
 * has such a paragraph) moved out of the last problem; and the notes on the layout.
 */
function readLayout(body: Body, end: End, lastNo: number): { segments: Segment[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const segments = [...body.segments];
  for (const l of body.misplaced)
    notes.push(note(l.no, 'unplaced', `第${body.problems.findIndex((p) => p.body.includes(l)) + 1}项 / problem`));
  if (body.by === 'areas') notes.push(note(body.problems[0]?.heading.no ?? 1, 'areasAsProblems', body.problems.length));
  if (body.guessedPart) notes.push(note(body.guessedPart.no, 'partGuessed', body.guessedPart.text));
  if (!segments.some((s) => s.kind === 'nextSteps')) {
    const last = body.problems.at(-1);
    const at = last ? last.body.findIndex((l) => !l.marker && /^下一步/.test(l.text)) : -1;
    const others = body.problems.slice(0, -1).filter((p) => p.body.some((l) => /^下一步/.test(l.text))).length;
    if (last && at > 0 && others === 0) {
      const moved = last.body.splice(at);
      last.subs = last.subs.filter((s) => !moved.includes(s));
      segments.push({ kind: 'nextSteps', heading: undefined, lines: moved });
      notes.push(note(moved[0]?.no ?? 1, 'nextStepsUnheaded'));
    } else notes.push(note(end.contact[0]?.no ?? last?.heading.no ?? 1, 'noNextSteps'));
  }
  if (!segments.some((s) => s.kind === 'organisation')) notes.push(note(body.preamble[0]?.no ?? 1, 'noOrganisation'));
  if (!body.partHeadings) notes.push(note(body.preamble[0]?.no ?? 1, 'noPartHeadings'));
  for (const s of segments) if (s.kind === 'text' && s.heading) notes.push(note(s.heading.no, 'unknownPart', s.heading.text));
  const problemsSeg = segments.find((s) => s.kind === 'problems');
  if (problemsSeg && problemsSeg.lines.length > 0)
    notes.push(note(problemsSeg.lines[0]?.no ?? 1, 'problemsIntro', problemsSeg.lines.length));
  if (!end.date && !end.issuer && end.contact.length === 0 && !segments.some((s) => s.kind === 'nextSteps'))
    notes.push(note(lastNo, 'cutOff'));
  return { segments, notes };
}

/** The report's own paragraphs (what its figures may quote): the preamble, the parts' intros and points, the category intros — no headings, title, contact or signature. */
function ownParagraphs(parts: readonly ReportPart[]): string[] {
  const QUOTABLE = new Set(['preamble', 'organisation', 'nextSteps', 'problems']);
  return printedLines({ body: [...parts] }, [])
    .filter((l) => l.place.in === 'report' && QUOTABLE.has(parts[Number(l.place.path[1])]?.type ?? '') && l.place.path.at(-1) !== 'heading')
    .map((l) => l.text);
}

/** Parses a report of the genre. Returns every note, with line numbers. */
export function parseReport(text: string): ParseResult {
  const { lines, refused } = toLines(text);
  if (refused.length > 0) return { ok: false, problems: refused };
  if (lines.length === 0) return { ok: false, problems: [note(1, 'empty')] };
  const lastNo = lines.at(-1)?.no ?? 1;
  const head = readHead(lines);
  const end = readEnd(lines, head.next);
  const bodyLines = lines.slice(head.next, end.start);
  // The count the report states is evidence of its problem level, read before the levels are.
  const stated = readStatedCount(bodyLines.filter((l) => !l.marker || l.marker.kind === 'shi').map((l) => l.text));
  const body = readBody(bodyLines, { stated, title: head.titleText });
  if (body.problems.length === 0) {
    const d = describe(lines);
    return { ok: false, problems: [note(lines[0]?.no ?? 1, 'noProblems', d, d)] };
  }
  const layout = readLayout(body, end, lastNo);
  const kept = lines.filter((l) => !head.dropped.includes(l) && !end.dropped.includes(l));
  const facts = readFacts(kept, head, end, body.preamble);
  const { sections, themes, notes: sectionNotes } = readSections(body);
  const { parts, notes: partNotes } = readParts(head, body, layout.segments, end, lastNo);
  const own = ownParagraphs(parts);
  const statedCount = readStatedCount(own);
  const report: ReportData = {
    title: facts.title,
    kind: facts.kind,
    textKind: facts.textKind,
    issuer: facts.issuer,
    ...(end.iso ? { date: end.iso } : {}),
    problemCount: sections.length,
    ...(statedCount ? { problemsStated: statedCount.printed } : {}),
    inspection: facts.inspection,
    themes,
    figures: readFigures(own),
    corrections: [],
    body: parts,
  };
  const notes = [...head.notes, ...end.notes, ...layout.notes, ...facts.notes, ...sectionNotes, ...partNotes].filter(
    (n) => n.key !== 'portal',
  );
  if (statedCount) notes.push(note(1, 'statedCount', statedCount.printed, sections.length));
  const dropped = [...head.dropped, ...end.dropped].map((l) => note(l.no, 'portal', l.text));
  return { ok: true, parsed: { report, sections, titlePrinted: head.title.length > 0 }, notes, dropped };
}

/** The source text without the dropped portal lines, otherwise unchanged: what the report folder keeps as source.txt. */
export function keptSource(text: string, dropped: readonly ImportNote[]): string {
  if (dropped.length === 0) return text;
  const drop = new Set(dropped.map((d) => d.line));
  return `${text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((_, i) => !drop.has(i + 1))
    .join('\n')
    .trim()}\n`;
}
