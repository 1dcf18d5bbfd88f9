/**
 * YAML with line numbers: parses a document, reports syntax errors at the
 * line an editor must fix, validates it with a zod schema, and turns a field
 * path into the file line of that field.
 */
import { LineCounter, parseDocument, type Document } from 'yaml';
import { shown } from '../../schemas/messages.ts';
import type { Issue, IssuePath } from '../issues.ts';

export interface ParsedYaml<T> {
  file: string;
  data: T | null;
  /** The file line of a field: its key if present, else the nearest present parent, else the start. */
  lineOf: (path: IssuePath) => number;
}

interface ZodLike<T> {
  safeParse: (v: unknown) => { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] } };
}

function lineFinder(doc: Document | null, lines: LineCounter, offset: number) {
  return (path: IssuePath): number => {
    if (!doc) return offset;
    for (let n = path.length; n > 0; n--) {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      const node = parent as { items?: { key?: { value?: unknown; range?: number[] }; range?: number[]; value?: { range?: number[] } }[] } | null;
      const item = typeof key === 'number' ? node?.items?.[key] : node?.items?.find((i) => i.key?.value === key);
      const range = item?.key?.range ?? item?.range;
      if (range?.[0] !== undefined) return lines.linePos(range[0]).line + offset - 1;
    }
    return offset;
  };
}

/**
 * Parses and validates YAML text that starts on line `offset` of `file`
 * (2 for frontmatter after ---). Issues go to `issues`, each with its line.
 */
export function parseYaml<T>(file: string, text: string, schema: ZodLike<T>, issues: Issue[], offset = 1): ParsedYaml<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
      issues.push({ file, line, field: 'YAML', message: `YAML 语法错误，第 ${line} 行附近 / YAML syntax error near line ${line}: ${what}` });
    }
    return { file, data: null, lineOf: () => offset };
  }
  const lineOf = lineFinder(doc, lines, offset);
  const r = schema.safeParse(doc.toJS() ?? {});
  if (r.success) return { file, data: r.data, lineOf };
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        issues.push({ file, path: [...path, key], line: lineOf([...path, key]), message: `未知字段 ${shown(key)}，请检查拼写（字段见 src/schemas/） / expected only the documented fields (see src/schemas/), found unknown field ${shown(key)}` });
      }
    } else {
      issues.push({ file, path, line: lineOf(path), message: issue.message });
    }
  }
  return { file, data: null, lineOf };
}

/** Splits an MDX file into its frontmatter YAML and body; null if it has no frontmatter block. */
export function splitFrontmatter(text: string): { yaml: string; body: string; bodyLine: number } | null {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines[0]?.trim() !== '---') return null;
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end === -1) return null;
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}
