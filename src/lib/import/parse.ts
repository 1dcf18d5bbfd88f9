/**
 * Parses a plain-text report of the genre (巡视/巡察整改情况通报, GENRE.md)
 * into the content model: report.yaml's data (its printed parts in order)
 * and one section per problem. Pure: text in, entries and notes out.
 *
 * Small readers do the work — lines.ts (lines, portal text), head.ts
 * (title, addressee, inspection), problems.ts (parts, categories, problems,
 * sub-problems), end.ts (signature, 特此报告。, contact block), figures.ts
 * (summary counts) — and every message comes from messages.ts. An unusual
 * layout is a note, not an error; only a text without any problem is refused.
 */
import { printedLines } from '../report/walk.ts';
import { INSPECTION_KINDS, type InspectionKind, type ReportData, type ReportPart, type TextKind } from '../../schemas/report.ts';
import type { SectionData } from '../../schemas/section.ts';
import { countMeasures, MEASURES_LABEL, readMarker } from '../markdown/markers.ts';
import { readEnd, readContact } from './end.ts';
import { readFigures } from './figures.ts';
import { readHead, readInspection } from './head.ts';
import { afterMarker, toLines, type Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';
import { readBody, type Segment } from './problems.ts';
import { suggestTheme, THEME_RULES, themeFromCategory } from './themes.ts';

export interface ParsedSection {
  data: SectionData;
  /** Body paragraphs, verbatim. */
  paragraphs: string[];
  /** 1-based line of the heading in the source. */
  line: number;
  /** Measures the site gives a permalink (the one rule, markers.ts). */
  measures: number;
}

export interface ParsedReport {
  report: ReportData;
  sections: ParsedSection[];
  /** The title is printed in the source. */
  titlePrinted: boolean;
}

export type ParseResult =
  | { ok: true; parsed: ParsedReport; notes: ImportNote[]; dropped: ImportNote[] }
  | { ok: false; problems: ImportNote[] };

const texts = (ls: readonly Line[]) => ls.map((l) => l.text);

/** True when every opening quote mark in text is closed after it, and no closing mark comes first. */
function balancedQuotes(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“' || c === '「' || c === '『') depth++;
    else if (c === '”' || c === '」' || c === '』') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The problem named in a heading: the quoted words, or the stated problem's first clause. */
export function titleFromHeading(heading: string): string {
  // Outermost quotes first: 关于“基层“微腐败”问题多发”问题的整改 names 基层“微腐败”问题多发.
  const outer = /^(?:关于|针对)?[“"「『](.+)[”"」』](?:的?问题)?(?:的?整改(?:情况|进展|落实情况)?)?[。.]?$/.exec(heading)?.[1];
  // …but not 关于“招商引资”和“项目建设”问题: there the outer marks close and reopen inside.
  if (outer && balancedQuotes(outer)) return outer;
  const inner = /^(?:关于|针对)?(.+?)(?:的?问题)?(?:的?整改(?:情况|进展|落实情况)?)?[。.]?$/.exec(heading)?.[1] ?? heading.replace(/[。.]$/, '');
  // A problem stated at length: its first clause names it.
  const clause = inner.split(/[，,；;：:]/)[0] ?? inner;
  const title = (clause.length >= 4 ? clause : inner).slice(0, 40);
  return title.trim() || heading.replace(/[。.]$/, '');
}

const STATUS = /已整改完成|已完成整改|整改完成|已完成|基本完成|正在推进|正在整改|持续推进|长期坚持|持续整改/;

/** The status as printed in the heading, or right after a 整改情况： label. */
function statusOf(heading: string, paragraphs: readonly string[]): string | undefined {
  const inHeading = /[（(]([^（()）]{2,8})[)）][。.]?$/.exec(heading)?.[1];
  if (inHeading && STATUS.test(inHeading)) return STATUS.exec(inHeading)?.[0];
  for (const p of paragraphs) {
    const label = MEASURES_LABEL.exec(p)?.[0];
    if (!label) continue;
    const m = STATUS.exec(p.slice(label.length, label.length + 8));
    if (m && p.slice(label.length).startsWith(m[0])) return m[0];
  }
  return undefined;
}

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

function countOf(all: readonly Line[], word: string): number {
  return all.reduce((n, l) => n + l.text.split(word).length - 1, 0);
}

/** Describes what a refused text holds, for the message. */
function describe(lines: readonly Line[]): string {
  const marked = lines.filter((l) => l.marker).slice(0, 4);
  const heads = marked.length > 0 ? `编号行 / numbered lines: ${marked.map((l) => `${l.no}“${l.text.slice(0, 16)}”`).join('；')}` : '无编号行 / no numbered lines';
  return `${lines.length} 行 / lines，${heads}`;
}

/** Parses a report of the genre. Returns every note, with line numbers. */
export function parseReport(text: string): ParseResult {
  const { lines, refused } = toLines(text);
  if (refused.length > 0) return { ok: false, problems: refused };
  if (lines.length === 0) return { ok: false, problems: [note(1, 'empty')] };
  const notes: ImportNote[] = [];
  const head = readHead(lines);
  const end = readEnd(lines, head.next);
  notes.push(...head.notes, ...end.notes);
  const body = readBody(lines.slice(head.next, end.start));
  if (body.problems.length === 0) {
    const d = describe(lines);
    return { ok: false, problems: [note(lines[0]?.no ?? 1, 'noProblems', d, d)] };
  }
  for (const l of body.misplaced) notes.push(note(l.no, 'unplaced', `第${body.problems.length}项 / problem`));
  const segments: Segment[] = [...body.segments];

  // Next steps printed without a heading: the last problem's closing paragraphs from 下一步…, when the other problems have no such paragraph.
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
  if (problemsSeg && problemsSeg.lines.length > 0) notes.push(note(problemsSeg.lines[0]?.no ?? 1, 'problemsIntro', problemsSeg.lines.length));

  // Who, when, what kind.
  const all = lines.filter((l) => !head.dropped.includes(l) && !end.dropped.includes(l));
  const [xc, xs] = [countOf(all, '巡察'), countOf(all, '巡视')];
  const kind: InspectionKind = xc > xs ? '巡察' : xs > 0 ? '巡视' : (INSPECTION_KINDS[1] as InspectionKind);
  if (xc > 0 && xs > 0) notes.push(note(1, 'kindFrom', kind, xc, xs));
  const titleText = head.titleText;
  const textKind: TextKind = head.addressee || end.closing || /报告$/.test(titleText ?? '') ? '报告' : /进展/.test(titleText ?? '') ? '进展情况' : '通报';
  let issuer = end.issuer?.text;
  if (!issuer) {
    issuer = /^(.+?)关于/.exec(titleText ?? '')?.[1] ?? /(中共[^，。,；]{2,24}?(?:委员会|党组|党委|委))/.exec(texts(body.preamble).join(''))?.[1] ?? '（原文未署名）';
    notes.push(note(end.date?.no ?? lines.at(-1)?.no ?? 1, 'noIssuer'), note(end.date?.no ?? lines.at(-1)?.no ?? 1, 'issuerGuessed', issuer));
  }
  if (!end.iso) notes.push(note(lines.at(-1)?.no ?? 1, 'noDate'));
  if (!end.date && !end.issuer && end.contact.length === 0 && !segments.some((s) => s.kind === 'nextSteps')) notes.push(note(lines.at(-1)?.no ?? 1, 'cutOff'));
  const title = titleText ?? `${issuer}关于${kind}整改${textKind === '进展情况' ? '进展' : ''}情况的${textKind === '报告' ? '报告' : '通报'}`;
  if (!titleText) notes.push(note(lines[0]?.no ?? 1, 'titleMade', title));
  const { inspection, missing } = readInspection(texts(body.preamble).join(''), end.iso?.slice(0, 4));
  const at = body.preamble[0]?.no ?? 1;
  if (missing.includes('team')) notes.push(note(at, 'noTeam'));
  if (missing.includes('dates')) notes.push(note(at, 'noDates'));
  if (missing.includes('feedback')) notes.push(note(at, 'noFeedback'));

  // Themes: the report's own categories, else the keyword list.
  const categoryOf = (i: number) => body.categories.filter((c) => c.first <= i).at(-1);
  const themeNames = new Map(body.categories.map((c, i) => [c, themeFromCategory(c.heading) + (body.categories.slice(0, i).some((o) => themeFromCategory(o.heading) === themeFromCategory(c.heading)) ? String(i + 1) : '')]));

  // Sections.
  const sections: ParsedSection[] = body.problems.map((p, i): ParsedSection => {
    const number = i + 1;
    const label = p.heading.marker?.label ?? '';
    const heading = afterMarker(p.heading);
    const printedN = p.heading.marker?.n ?? number;
    const cat = categoryOf(i);
    const restart = cat !== undefined && printedN === i - cat.first + 1;
    if (printedN !== number && !restart) notes.push(note(p.heading.no, 'numbering', number, label.trim()));
    const paragraphs = texts(p.body);
    if (paragraphs.length === 0) notes.push(note(p.heading.no, 'emptyProblem', number));
    const subProblems = texts(p.subs);
    const status = statusOf(heading, paragraphs);
    const t = titleFromHeading(heading);
    const data: SectionData = {
      number,
      title: heading.includes(t) ? t : heading,
      heading,
      ...(label === `${number}. ` ? {} : { marker: label }),
      // Problems before the first category heading get a keyword suggestion, added to the themes below.
      theme: cat ? themeNames.get(cat) : suggestTheme(t).name,
      subProblems,
      ...(status ? { status } : {}),
      metrics: [],
    };
    return { data, paragraphs, line: p.heading.no, measures: countMeasures(paragraphs, subProblems) };
  });
  const fromCategories = body.categories.map((c) => ({ name: themeNames.get(c) as string, note: `按原文分类“${c.heading.text}”建议 / from the report's own category heading` }));
  const fromKeywords = THEME_RULES.filter((r) => !fromCategories.some((c) => c.name === r.name) && sections.some((s) => s.data.theme === r.name)).map((r) => ({ name: r.name, note: r.note }));
  const themes = [...fromCategories, ...fromKeywords];
  notes.push(note(1, 'themesSuggested', body.categories.length > 0 ? '原文分类 / the report\'s categories' : '关键词 / keywords'));

  // The printed parts, in order.
  const parts: ReportPart[] = [];
  if (head.title.length > 0) parts.push({ type: 'title', lines: texts(head.title) });
  if (head.addressee) parts.push({ type: 'addressee', text: head.addressee.text });
  if (body.preamble.length > 0) parts.push({ type: 'preamble', paragraphs: texts(body.preamble) });
  for (const s of segments) {
    const heading = s.heading ? { heading: s.heading.text } : {};
    if (s.kind === 'problems') {
      parts.push({ type: 'problems', ...heading, intro: texts(s.lines), categories: body.categories.map((c) => ({ heading: c.heading.text, firstProblem: c.first + 1, intro: texts(c.intro) })) });
    } else if (s.kind === 'text') parts.push({ type: 'text', ...heading, paragraphs: texts(s.lines) });
    else parts.push({ type: s.kind, ...heading, ...splitPoints(s.lines) });
  }
  if (end.contact.length > 0) {
    const { contact, missing: lacks } = readContact(texts(end.contact).join('\n'));
    parts.push(contact);
    if (lacks.length > 0) notes.push(note(end.contact[0]?.no ?? 1, 'contactPartial', lacks.join('、')));
  } else notes.push(note(end.issuer?.no ?? lines.at(-1)?.no ?? 1, 'noContact'));
  if (end.closing) parts.push({ type: 'closing', text: end.closing.text });
  if (end.issuer || end.date) parts.push({ type: 'signature', ...(end.issuer ? { issuer: end.issuer.text } : {}), ...(end.date ? { date: end.date.text } : {}) });
  if (end.after.length > 0) parts.push({ type: 'text', paragraphs: texts(end.after) });

  // The report's own paragraphs (what its figures may quote), from the one walker: the
  // preamble, the parts' intros and points, the category intros — no headings, title, contact or signature.
  const QUOTABLE = new Set(['preamble', 'organisation', 'nextSteps', 'problems']);
  const ownParagraphs = printedLines({ body: parts }, [])
    .filter((l) => l.place.in === 'report' && QUOTABLE.has(parts[Number(l.place.path[1])]?.type ?? '') && l.place.path.at(-1) !== 'heading')
    .map((l) => l.text);
  const report: ReportData = {
    title,
    kind,
    textKind,
    issuer,
    ...(end.iso ? { date: end.iso } : {}),
    problemCount: sections.length,
    inspection,
    themes,
    figures: readFigures(ownParagraphs),
    corrections: [],
    body: parts,
  };
  const dropped = [...head.dropped, ...end.dropped].map((l) => note(l.no, 'portal', l.text));
  return { ok: true, parsed: { report, sections, titlePrinted: head.title.length > 0 }, notes: notes.filter((n) => n.key !== 'portal'), dropped };
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
