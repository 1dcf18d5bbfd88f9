/**
 * The whole content check without a build: YAML syntax, the zod schemas,
 * numbering across entries, the figures, and fidelity to the source text.
 * Pure: files in (path + text), issues out, each naming file, line and field.
 * Run by `npm run check:content`, by `npm run build` before Astro starts, and
 * by the importer on what it is about to write.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { reportSchema, type ReportData } from '../../schemas/report.ts';
import { sectionSchema, type SectionData } from '../../schemas/section.ts';
import { shown } from '../../schemas/messages.ts';
import { bodyParagraphs } from './body-text.ts';
import { checkNumbering, type ContentIssue } from './cross-entry.ts';
import { diffAgainstSource, firstDifference, reconstructLines } from '../fidelity/reconstruct.ts';
import { checkSectionMetrics } from '../metrics/check.ts';
import { allowlistWarnings, coverageIssues } from '../metrics/coverage.ts';
import { allowlistSchema, type Allowlist } from '../../schemas/metric.ts';
import { TO_REVIEW } from '../import/allowlist.ts';

/** One file of the content tree; `path` is relative to the project root, e.g. content/report.yaml. */
export interface SourceFile {
  path: string;
  content: string;
}

export interface CheckResult {
  errors: ContentIssue[];
  warnings: ContentIssue[];
}

interface Parsed<T> {
  data: T | null;
  doc: Document | null;
  lines: LineCounter;
  /** Line of the file on which the YAML starts (2 for frontmatter after ---). */
  offset: number;
}

type Path = readonly (string | number)[];

/** The file line of a field: its key if present, else the nearest present parent, else the start. */
function lineOf(p: Parsed<unknown>, path: Path): number {
  if (!p.doc) return p.offset;
  for (let n = path.length; n > 0; n--) {
    const parent = n === 1 ? p.doc.contents : p.doc.getIn(path.slice(0, n - 1), true);
    const key = path[n - 1];
    const node = parent as { items?: { key?: { value?: unknown; range?: number[] }; range?: number[] }[] } | null;
    const item = typeof key === 'number' ? node?.items?.[key] : node?.items?.find((i) => i.key?.value === key);
    const range = item?.key?.range ?? item?.range;
    if (range?.[0] !== undefined) return p.lines.linePos(range[0]).line + p.offset - 1;
  }
  return p.offset;
}

function fieldName(path: Path): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(整体 / whole entry)';
}

/** Parses YAML, reporting syntax errors with the file's line numbers. */
function parseYaml(file: string, text: string, offset: number, errors: ContentIssue[]): Parsed<unknown> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  if (doc.errors.length > 0) {
    const rows = text.split(/\r?\n/);
    for (const e of doc.errors) {
      let at = lines.linePos(e.pos[0]).line;
      // An unclosed quote is noticed where the text ends; point at the line that opened it.
      const q = e.code === 'MISSING_CHAR' ? /closing (["'])/.exec(e.message)?.[1] : undefined;
      if (q) {
        for (let i = Math.min(at, rows.length); i >= 1; i--) {
          if (((rows[i - 1] ?? '').split(q).length - 1) % 2 === 1) {
            at = i;
            break;
          }
        }
      }
      const line = at + offset - 1;
      const what = q ? `第 ${line} 行的引号 ${q} 没有闭合 / the quote ${q} opened on line ${line} is never closed` : e.message.split('\n')[0];
      errors.push({ file, line, field: 'YAML', message: `YAML 语法错误,第 ${line} 行附近 / YAML syntax error near line ${line}: ${what}` });
    }
    return { data: null, doc: null, lines, offset };
  }
  return { data: doc.toJS(), doc, lines, offset };
}

/** Validates parsed YAML with a zod schema; every issue gets the line of its field. */
function validate<T>(file: string, p: Parsed<unknown>, schema: { safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] } } }, errors: ContentIssue[]): Parsed<T> {
  if (p.data === null && p.doc === null) return { ...p, data: null };
  const r = schema.safeParse(p.data ?? {});
  if (r.success) return { ...p, data: r.data };
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        errors.push({ file, line: lineOf(p, [...path, key]), field: fieldName([...path, key]), message: `未知字段 ${shown(key)},请检查拼写(字段见 src/schemas/) / expected only the documented fields (see src/schemas/), found unknown field ${shown(key)}` });
      }
    } else {
      errors.push({ file, line: lineOf(p, path), field: fieldName(path), message: issue.message });
    }
  }
  return { ...p, data: null };
}

/** Splits an MDX file into its frontmatter YAML and body; null if it has no frontmatter block. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) return null;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** The line of a file on which a paragraph's text starts, found by its first characters. */
function lineContaining(text: string, needle: string, fallback: number): number {
  const probe = needle.slice(0, 12);
  const i = text.split(/\r?\n/).findIndex((l) => l.includes(probe));
  return i === -1 ? fallback : i + 1;
}

/** Every printed text of report.yaml with its field path, for locating a fidelity difference. */
function reportTexts(r: ReportData): [Path, string][] {
  const part = (key: 'organisation' | 'nextSteps') => [
    [[key, 'heading'], r[key].heading] as [Path, string],
    ...r[key].intro.map((t, i) => [[key, 'intro', i], t] as [Path, string]),
    ...r[key].points.map((t, i) => [[key, 'points', i], t] as [Path, string]),
  ];
  return [
    [['title'], r.title],
    ...r.preamble.map((t, i) => [['preamble', i], t] as [Path, string]),
    ...part('organisation'),
    [['sectionsHeading'], r.sectionsHeading],
    ...(r.categories ?? []).map((c, i) => [['categories', i, 'heading'], c.heading] as [Path, string]),
    ...part('nextSteps'),
    [['contact', 'printed'], r.contact.printed],
    [['issuer'], r.issuer],
  ];
}

interface SectionInput {
  file: string;
  content: string;
  data: SectionData;
  paragraphs: string[];
  bodyLine: number;
  parsed: Parsed<SectionData>;
}

export interface CheckOptions {
  /** Require every percentage of the source to be in a metric quote or the allowlist (default true). */
  coverage?: boolean;
}

/** Checks a content tree: schemas, numbering, figures, fidelity. */
export function checkContent(files: readonly SourceFile[], contentDir = 'content', options: CheckOptions = {}): CheckResult {
  const errors: ContentIssue[] = [];
  const warnings: ContentIssue[] = [];
  const reportPath = `${contentDir}/report.yaml`;
  const reportFile = files.find((f) => f.path === reportPath);
  if (!reportFile) return { errors: [{ file: reportPath, field: '(文件 / file)', message: '缺少 report.yaml / expected content/report.yaml, found no such file' }], warnings };
  const report = validate<ReportData>(reportPath, parseYaml(reportPath, reportFile.content, 1, errors), reportSchema, errors);

  const sections: SectionInput[] = [];
  let sectionsOk = true;
  const sectionFiles = files.filter((f) => f.path.startsWith(`${contentDir}/sections/`) && f.path.endsWith('.mdx')).sort((a, b) => a.path.localeCompare(b.path));
  for (const f of sectionFiles) {
    const split = splitFrontmatter(f.content);
    if (!split) {
      errors.push({ file: f.path, line: 1, field: 'frontmatter', message: '文件应以 --- 开头、以 --- 结束的字段块开始,未找到 / expected a frontmatter block between --- lines at the top, found none' });
      sectionsOk = false;
      continue;
    }
    const parsed = validate<SectionData>(f.path, parseYaml(f.path, split.yaml, 2, errors), sectionSchema, errors);
    let paragraphs: string[] = [];
    try {
      paragraphs = bodyParagraphs(split.body);
    } catch (e) {
      const place = (e as { line?: number; place?: { line?: number } }).line ?? (e as { place?: { line?: number } }).place?.line;
      const line = place ? place + split.bodyLine - 1 : split.bodyLine;
      errors.push({ file: f.path, line, field: '正文 / body', message: `MDX 语法错误 / MDX syntax error: ${(e as Error).message.split('\n')[0]}` });
      sectionsOk = false;
      continue;
    }
    if (!parsed.data) {
      sectionsOk = false;
      continue;
    }
    if (paragraphs.length === 0) errors.push({ file: f.path, line: split.bodyLine, field: '正文 / body', message: '应有正文(整改措施原文),实为空 / expected the section text (its measures), found none' });
    sections.push({ file: f.path, content: f.content, data: parsed.data, paragraphs, bodyLine: split.bodyLine, parsed });
  }
  if (sectionFiles.length === 0) errors.push({ file: `${contentDir}/sections/`, field: '(文件 / files)', message: '应至少有一个问题条目 NN-标题.mdx,未找到 / expected section entries NN-title.mdx, found none' });

  for (const s of sections) {
    const r = checkSectionMetrics({ file: s.file, number: s.data.number, paragraphs: s.paragraphs, metrics: s.data.metrics ?? [] });
    const place = (i: ContentIssue): ContentIssue => {
      const m = /^metrics\[(\d+)\][^.]*(?:\.(\w+))?/.exec(i.field);
      return m ? { ...i, line: lineOf(s.parsed, m[2] ? ['metrics', Number(m[1]), m[2]] : ['metrics', Number(m[1])]) } : i;
    };
    errors.push(...r.errors.map(place));
    warnings.push(...r.warnings.map(place));
  }

  if (!report.data) return { errors, warnings };
  const r = report.data;
  const numbering = checkNumbering(sections.map((s) => ({ file: s.file, number: s.data.number, title: s.data.title })), r.problemCount, reportPath).map((i) => {
    const s = sections.find((x) => x.file === i.file);
    return { ...i, line: s ? lineOf(s.parsed, ['number']) : lineOf(report, ['problemCount']) };
  })
    // A section that failed its schema may be the "missing" number: say it once, at that section.
    .filter((i) => sectionsOk || i.field !== 'problemCount');
  errors.push(...numbering);
  if (!sectionsOk || numbering.length > 0) return { errors, warnings };

  const sourcePath = `${contentDir}/${r.source}`;
  const source = files.find((f) => f.path === sourcePath);
  if (!source) {
    errors.push({ file: reportPath, line: lineOf(report, ['source']), field: 'source', message: `应为 content/ 下存在的原文文件,未找到 ${sourcePath} / expected the source text at ${sourcePath}, found no such file` });
    return { errors, warnings };
  }
  if (options.coverage !== false) {
    const allowPath = `${contentDir}/metrics-allowlist.yaml`;
    const allowFile = files.find((f) => f.path === allowPath);
    const allow = allowFile ? validate<Allowlist>(allowPath, parseYaml(allowPath, allowFile.content, 1, errors), allowlistSchema, errors) : null;
    const covers = [...sections.flatMap((s) => (s.data.metrics ?? []).map((m) => m.quote)), ...(allow?.data?.entries ?? []).map((e) => e.context)];
    // The same warnings the build prints for spots where the printed text itself is unclear.
    (allow?.data?.entries ?? []).forEach((e, i) => {
      for (const w of allowlistWarnings([e], allowPath)) warnings.push({ ...w, line: lineOf(allow as Parsed<unknown>, ['entries', i]) });
    });
    const toReview = (allow?.data?.entries ?? []).filter((e) => e.reason === TO_REVIEW).length;
    if (toReview > 0 && allow) warnings.push({ file: allowPath, line: lineOf(allow, ['entries']), field: 'entries', message: `${toReview} 条百分数仍为导入时的“待核对”,请改为指标或写明原因 / ${toReview} entries still carry the importer's "to review" reason` });
    if (!allowFile || allow?.data) {
      for (const i of coverageIssues(source.content, sourcePath, covers, allowPath)) {
        const m = /^(.*):(\d+)$/.exec(i.file);
        errors.push(m?.[1] ? { ...i, file: m[1], line: Number(m[2]) } : i);
      }
    }
  }
  const rebuilt = reconstructLines(r, sections.map((s) => ({ number: s.data.number, heading: s.data.heading, paragraphs: s.paragraphs })));
  for (const d of diffAgainstSource(source.content, rebuilt)) {
    const where = `原文 / source ${sourcePath}:${d.line}`;
    if (d.found === null) {
      errors.push({ file: sourcePath, line: d.line, field: '原文一致性 / fidelity', message: `条目中缺少原文这一行 / expected this source line in the entries, found it nowhere: “${d.expected.slice(0, 40)}…”` });
      continue;
    }
    const found = d.found;
    const owner = sections.find((s) => s.paragraphs.includes(found) || found.endsWith(s.data.heading));
    const reportField = owner ? undefined : reportTexts(r).find(([, text]) => text === found || text.split('\n').includes(found))?.[0];
    const file = owner?.file ?? reportPath;
    const line = owner
      ? lineContaining(owner.content, owner.paragraphs.includes(found) ? found : owner.data.heading, owner.bodyLine)
      : reportField
        ? lineOf(report, reportField)
        : lineContaining(reportFile.content, found, 1);
    const field = owner ? (owner.paragraphs.includes(found) ? '正文 / body' : 'heading') : reportField ? fieldName(reportField) : '原文一致性 / fidelity';
    const what = d.expected.startsWith('(原文无此段') ? `原文中没有这一段 / expected no such paragraph (it is not in the source), found “${found.slice(0, 40)}…”` : firstDifference(d.expected, found);
    errors.push({ file, line, field, message: `与原文不一致(${where}) / differs from the source: ${what}` });
  }
  return { errors, warnings };
}
