/**
 * The report's printed parts in printed order, as report.yaml's `body`:
 * title, addressee, preamble, the parts of the body (organisation, problems
 * with their categories, next steps, text blocks), contact block, closing
 * line, signature, and any text after it.
 */
import type { ReportPart } from '../../schemas/report.ts';
import { readMarker } from '../numbering/markers.ts';
import { readContact, type End } from './end.ts';
import type { Head } from './head.ts';
import type { Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';
import type { Body, Segment } from './problems.ts';

const texts = (ls: readonly Line[]) => ls.map((l) => l.text);

/** Intro paragraphs until the first numbered point (一是 / (一) / (1) / 1.), then the points. */
function splitPoints(lines: readonly Line[]): { intro: string[]; points: string[] } {
  const intro: string[] = [];
  const points: string[] = [];
  for (const l of lines) {
    if (points.length > 0 || readMarker(l.text) || l.marker?.kind === 'cnParen') points.push(l.text);
    else intro.push(l.text);
  }
  return { intro, points };
}

/** The printed parts in order, and the notes on the contact block. */
export function readParts(
  head: Head,
  body: Body,
  segments: readonly Segment[],
  end: End,
  lastNo: number,
): { parts: ReportPart[]; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const parts: ReportPart[] = [];
  if (head.title.length > 0) parts.push({ type: 'title', lines: texts(head.title) });
  if (head.addressee) parts.push({ type: 'addressee', text: head.addressee.text });
  if (body.preamble.length > 0) parts.push({ type: 'preamble', paragraphs: texts(body.preamble) });
  for (const s of segments) {
    const heading = s.heading ? { heading: s.heading.text } : {};
    if (s.kind === 'problems') {
      parts.push({
        type: 'problems',
        ...heading,
        intro: texts(s.lines),
        categories: body.categories.map((c) => ({ heading: c.heading.text, firstProblem: c.first + 1, intro: texts(c.intro) })),
      });
    } else if (s.kind === 'text') parts.push({ type: 'text', ...heading, paragraphs: texts(s.lines) });
    else parts.push({ type: s.kind, ...heading, ...splitPoints(s.lines) });
  }
  if (end.contact.length > 0) {
    const { contact, missing } = readContact(texts(end.contact).join('\n'));
    parts.push(contact);
    if (missing.length > 0) notes.push(note(end.contact[0]?.no ?? 1, 'contactPartial', missing.join('、')));
  } else notes.push(note(end.issuer?.no ?? lastNo, 'noContact'));
  if (end.closing) parts.push({ type: 'closing', text: end.closing.text });
  if (end.issuer || end.date)
    parts.push({ type: 'signature', ...(end.issuer ? { issuer: end.issuer.text } : {}), ...(end.date ? { date: end.date.text } : {}) });
  if (end.after.length > 0) parts.push({ type: 'text', paragraphs: texts(end.after) });
  return { parts, notes };
}
