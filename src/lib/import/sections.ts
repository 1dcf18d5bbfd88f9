/**
 * The problems as section entries: each problem's number, title, heading as
 * printed, marker, theme suggestion, status, body paragraphs and sub-problem
 * headings. Themes: the report's own categories, else the keyword list.
 */
import type { SectionData } from '../../schemas/section.ts';
import { countMeasures, MEASURES_LABEL } from '../numbering/measures.ts';
import { afterMarker, type Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';
import type { Body } from './problems.ts';
import { suggestTheme, THEME_RULES, themeFromCategory } from './themes.ts';
import type { ReportData } from '../../schemas/report.ts';

export interface ParsedSection {
  data: SectionData;
  /** Body paragraphs, verbatim; sub-problem headings among them. */
  paragraphs: string[];
  /** The paragraphs that are sub-problem headings (### lines of the entry), in order. */
  subProblems: string[];
  /** 1-based line of the heading in the source. */
  line: number;
  /** Measures the site gives a permalink (the one rule, numbering/measures.ts). */
  measures: number;
}

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
  const inner =
    /^(?:关于|针对)?(.+?)(?:的?问题)?(?:的?整改(?:情况|进展|落实情况)?)?[。.]?$/.exec(heading)?.[1] ?? heading.replace(/[。.]$/, '');
  // A problem stated at length: its first clause names it.
  const clause = inner.split(/[，,；;：:]/)[0] ?? inner;
  const title = (clause.length >= 4 ? clause : inner).slice(0, 40);
  return title.trim() || heading.replace(/[。.]$/, '');
}

/** An area of work's title: its heading's first clause, as printed (（一）提高政治站位，推动… → 提高政治站位). */
function areaTitle(heading: string): string {
  const bare = heading.replace(/[。.]$/, '');
  const clause = bare.split(/[，,；;：:]/)[0] ?? bare;
  return (clause.length >= 4 ? clause : bare).slice(0, 40) || heading;
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

const texts = (ls: readonly Line[]) => ls.map((l) => l.text);

/** The section entries of the problems, the themes they pick from, and the notes on both. */
export function readSections(body: Body): { sections: ParsedSection[]; themes: ReportData['themes']; notes: ImportNote[] } {
  const notes: ImportNote[] = [];
  const categoryOf = (i: number) => body.categories.filter((c) => c.first <= i).at(-1);
  const themeNames = new Map(
    body.categories.map((c, i) => [
      c,
      themeFromCategory(c.heading) +
        (body.categories.slice(0, i).some((o) => themeFromCategory(o.heading) === themeFromCategory(c.heading)) ? String(i + 1) : ''),
    ]),
  );
  const sections = body.problems.map((p, i): ParsedSection => {
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
    // An area of work names what was done, not a problem: its first clause as printed.
    const t = body.by === 'areas' ? areaTitle(heading) : titleFromHeading(heading);
    const data: SectionData = {
      number,
      title: heading.includes(t) ? t : heading,
      heading,
      ...(label === `${number}. ` ? {} : { marker: label }),
      // Problems before the first category heading get a keyword suggestion, added to the themes below.
      theme: cat ? themeNames.get(cat) : suggestTheme(t).name,
      ...(status ? { status } : {}),
      metrics: [],
    };
    return { data, paragraphs, subProblems, line: p.heading.no, measures: countMeasures(paragraphs, subProblems) };
  });
  const fromCategories = body.categories.map((c) => ({
    name: themeNames.get(c) as string,
    note: `按原文分类“${c.heading.text}”建议 / from the report's own category heading`,
  }));
  const fromKeywords = THEME_RULES.filter(
    (r) => !fromCategories.some((c) => c.name === r.name) && sections.some((s) => s.data.theme === r.name),
  ).map((r) => ({ name: r.name, note: r.note }));
  notes.push(note(1, 'themesSuggested', body.categories.length > 0 ? "原文分类 / the report's categories" : '关键词 / keywords'));
  return { sections, themes: [...fromCategories, ...fromKeywords], notes };
}
