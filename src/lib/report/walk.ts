/**
 * The one walker of a report's printed structure. `reportBlocks` visits the
 * parts of report.yaml in printed order, with the problem sections placed
 * inside the problems part under their categories; `printedLines` expands
 * those blocks into the report's lines, each with the place it comes from.
 * Fidelity, error locations, the importer's writer, the full-text page and
 * the report page all go through here instead of spelling the parts out.
 */
import type { Category, ReportData, ReportPart } from '../../schemas/report.ts';

/** What the walker needs of a problem section. */
export interface SectionText {
  number: number;
  heading: string;
  /** The number marker as printed; `N. ` when omitted. */
  marker?: string | undefined;
  paragraphs: readonly string[];
}

/** What the walker needs of a report: its parts in printed order. */
export type ReportBody = Pick<ReportData, 'body'>;

export type Block<S extends SectionText = SectionText> =
  | { kind: 'part'; part: ReportPart; index: number }
  | { kind: 'category'; category: Category; part: number; index: number }
  | { kind: 'problem'; section: S; part: number };

/** A field path inside report.yaml, e.g. ['body', 3, 'points', 1]. */
export type FieldPath = readonly (string | number)[];

/** Where a printed line lives: a field of report.yaml, or a section entry's heading or body paragraph. */
export type Place =
  | { in: 'report'; path: FieldPath }
  | { in: 'section'; number: number; field: 'heading' }
  | { in: 'section'; number: number; field: 'body'; paragraph: number };

export interface PrintedLine {
  text: string;
  place: Place;
}

/** The printed number marker of a problem heading: as given, else "N. ". */
export function problemMarker(s: Pick<SectionText, 'number' | 'marker'>): string {
  return s.marker ?? `${s.number}. `;
}

/** The problem's heading line as printed: marker and heading. */
export function problemHeadingLine(s: Pick<SectionText, 'number' | 'marker' | 'heading'>): string {
  return `${problemMarker(s)}${s.heading}`;
}

/** The report's blocks in printed order; sections are placed in the problems part by number. */
export function reportBlocks<S extends SectionText>(report: ReportBody, sections: readonly S[]): Block<S>[] {
  const sorted = [...sections].sort((a, b) => a.number - b.number);
  const blocks: Block<S>[] = [];
  report.body.forEach((part, index) => {
    blocks.push({ kind: 'part', part, index });
    if (part.type !== 'problems') return;
    const byFirst = new Map<number, { category: Category; index: number }[]>();
    part.categories.forEach((category, i) =>
      byFirst.set(category.firstProblem, [...(byFirst.get(category.firstProblem) ?? []), { category, index: i }]),
    );
    for (const section of sorted) {
      for (const c of byFirst.get(section.number) ?? [])
        blocks.push({ kind: 'category', category: c.category, part: index, index: c.index });
      blocks.push({ kind: 'problem', section, part: index });
    }
  });
  return blocks;
}

/** The lines one part prints itself (for problems: its heading and intro only). */
function partLines(part: ReportPart, at: number): PrintedLine[] {
  const r = (path: FieldPath, text: string): PrintedLine => ({ text, place: { in: 'report', path: ['body', at, ...path] } });
  const list = (key: string, texts: readonly string[]) => texts.map((t, i) => r([key, i], t));
  switch (part.type) {
    case 'title':
      return list('lines', part.lines);
    case 'addressee':
    case 'closing':
      return [r(['text'], part.text)];
    case 'preamble':
      return list('paragraphs', part.paragraphs);
    case 'organisation':
    case 'nextSteps':
      return [...(part.heading ? [r(['heading'], part.heading)] : []), ...list('intro', part.intro), ...list('points', part.points)];
    case 'problems':
      return [...(part.heading ? [r(['heading'], part.heading)] : []), ...list('intro', part.intro)];
    case 'text':
      return [...(part.heading ? [r(['heading'], part.heading)] : []), ...list('paragraphs', part.paragraphs)];
    case 'contact':
      return part.printed.split('\n').map((t) => r(['printed'], t));
    case 'signature':
      return [...(part.issuer ? [r(['issuer'], part.issuer)] : []), ...(part.date ? [r(['date'], part.date)] : [])];
  }
}

/** The report's lines in printed order, rebuilt from its entries, each with its place. */
export function printedLines(report: ReportBody, sections: readonly SectionText[]): PrintedLine[] {
  const lines: PrintedLine[] = [];
  for (const b of reportBlocks(report, sections)) {
    if (b.kind === 'part') lines.push(...partLines(b.part, b.index));
    else if (b.kind === 'category') {
      const path = ['body', b.part, 'categories', b.index];
      lines.push({ text: b.category.heading, place: { in: 'report', path: [...path, 'heading'] } });
      b.category.intro.forEach((t, i) => lines.push({ text: t, place: { in: 'report', path: [...path, 'intro', i] } }));
    } else {
      const { number } = b.section;
      lines.push({ text: problemHeadingLine(b.section), place: { in: 'section', number, field: 'heading' } });
      b.section.paragraphs.forEach((t, paragraph) => lines.push({ text: t, place: { in: 'section', number, field: 'body', paragraph } }));
    }
  }
  return lines;
}

/** Printed lines as a text: one per line, ending in a line break (the form normalisedSource gives the source). */
export function linesText(lines: readonly PrintedLine[]): string {
  return `${lines.map((l) => l.text).join('\n')}\n`;
}

/** The report's text rebuilt from its entries. */
export function rebuiltText(report: ReportBody, sections: readonly SectionText[]): string {
  return linesText(printedLines(report, sections));
}

/** The first part of a type, if the report prints one. */
export function partOf<T extends ReportPart['type']>(report: ReportBody, type: T): Extract<ReportPart, { type: T }> | undefined {
  return report.body.find((p): p is Extract<ReportPart, { type: T }> => p.type === type);
}
