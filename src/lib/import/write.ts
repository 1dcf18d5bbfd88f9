/**
 * Turns a parsed report into the files of its folder, content/reports/<slug>/:
 * report.yaml, sections/NN-标题.mdx, source.txt and metrics-allowlist.yaml
 * (paths relative to the report folder). Pure: the script decides where and
 * whether to write.
 */
import { printedLines, problemHeadingLine } from '../report/walk.ts';
import { stringify } from 'yaml';
import {
  ALLOWLIST_FILE,
  REPORT_FILE,
  SECTIONS_DIR,
  SLUG_PATTERN,
  RESERVED_SLUGS,
  SOURCE_FILE,
  sectionFileName,
} from '../content/layout.ts';
import type { ParsedReport, ParsedSection } from './parse.ts';
import { escapeHeading, escapeMdx } from './mdx.ts';
import { allowlistFile, allowlistStubs, type PercentSource } from './allowlist.ts';

export interface ContentFile {
  /** Relative to the report folder, e.g. sections/01-….mdx. */
  path: string;
  content: string;
}

/**
 * The MDX body of a section entry: its paragraphs, escaped, a blank line
 * between; each of its sub-problem headings (in order) a `### ` line — the one
 * form the content check allows besides paragraphs.
 */
export function sectionBody(paragraphs: readonly string[], subProblems: readonly string[] = []): string {
  let next = 0;
  return paragraphs
    .map((p) => {
      if (next < subProblems.length && p === subProblems[next]) {
        next += 1;
        return `### ${escapeHeading(p)}`;
      }
      return escapeMdx(p);
    })
    .join('\n\n');
}

/** The MDX source of one section entry. */
export function sectionFile(s: Pick<ParsedSection, 'data' | 'paragraphs' | 'subProblems'>): ContentFile {
  const d = s.data;
  const front = stringify(
    {
      number: d.number,
      title: d.title,
      heading: d.heading,
      ...(d.marker !== undefined ? { marker: d.marker } : {}),
      ...(d.theme !== undefined ? { theme: d.theme } : {}),
      ...(d.status !== undefined ? { status: d.status } : {}),
      ...(d.metrics.length > 0 ? { metrics: d.metrics } : {}),
    },
    { lineWidth: 0 },
  );
  const body = sectionBody(s.paragraphs, s.subProblems);
  return { path: `${SECTIONS_DIR}/${sectionFileName(d)}`, content: `---\n${front}---\n\n${body}\n` };
}

/** The YAML source of report.yaml. */
export function reportFile(p: ParsedReport): ContentFile {
  const header = `# 一份通报的整体信息。字段含义见 src/schemas/report.ts；编辑方法见 EDITING.md。${p.titlePrinted ? '' : '\n# 原文未印标题：title 由导入程序按发布单位生成，请核对。'}\n`;
  // Keys in the schema's order; empty optional lists left out.
  const { figures, themes, inspection, ...rest } = p.report;
  const data = { ...rest, inspection, ...(themes.length > 0 ? { themes } : {}), ...(figures.length > 0 ? { figures } : {}) };
  const ordered = {
    title: data.title,
    kind: data.kind,
    textKind: data.textKind,
    issuer: data.issuer,
    ...(data.date ? { date: data.date } : {}),
    problemCount: data.problemCount,
    ...(data.problemsStated ? { problemsStated: data.problemsStated } : {}),
    inspection: data.inspection,
    ...(data.disclosure ? { disclosure: data.disclosure } : {}),
    ...(data.themes ? { themes: data.themes } : {}),
    ...(data.figures ? { figures: data.figures } : {}),
    body: data.body.map(compactPart),
  };
  return { path: REPORT_FILE, content: header + stringify(ordered, { lineWidth: 0 }) };
}

/** A part without its empty default lists (intro: [], points: [], categories: []). */
export function compactPart<T extends object>(part: T): T {
  return Object.fromEntries(Object.entries(part).filter(([, v]) => !(Array.isArray(v) && v.length === 0))) as T;
}

/**
 * Where a report prints its percentages: its own lines (every part but the problems, from the one walker) as
 * section 0, covered by the report's figures, and each problem's heading and body, covered by its metrics.
 */
export function percentSources(p: Pick<ParsedReport, 'report' | 'sections'>): PercentSource[] {
  const own = printedLines(p.report, []).map((l) => l.text);
  return [
    { section: 0, paragraphs: own, covered: p.report.figures.map((f) => f.quote) },
    ...p.sections.map((s) => ({
      section: s.data.number,
      paragraphs: [problemHeadingLine(s.data), ...s.paragraphs],
      covered: s.data.metrics.map((m) => m.quote),
    })),
  ];
}

/** Every file of an imported report's folder. */
export function reportToFiles(p: ParsedReport, source: string): ContentFile[] {
  const entries = allowlistStubs(percentSources(p));
  return [
    reportFile(p),
    ...p.sections.map(sectionFile),
    { path: ALLOWLIST_FILE, content: allowlistFile(entries) },
    { path: SOURCE_FILE, content: source },
  ];
}

/** Readable ASCII for a slug: letters and digits kept, the rest hyphens. */
function asciiSlug(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

/** True when a slug is a usable report folder name. */
export function validSlug(slug: string): boolean {
  return SLUG_PATTERN.test(slug) && !RESERVED_SLUGS.includes(slug);
}

/**
 * The default slug: the report's date and the file name's readable ASCII
 * (2023-11-20-jiangyan-report), else the date alone, else the file name,
 * else "report". Chinese issuers have no readable ASCII form without a
 * pinyin table, so the file name stands in for the issuer.
 */
export function defaultSlug(date: string | undefined, fileName: string): string {
  const base = asciiSlug(fileName.replace(/\.[^.]*$/, '')).replace(/^\d{4}-\d{2}-\d{2}-?/, '');
  const candidates = [date && base ? `${date}-${base}` : '', date ?? '', asciiSlug(fileName.replace(/\.[^.]*$/, '')), 'report'];
  return candidates.find((c) => c && validSlug(c)) ?? 'report';
}
