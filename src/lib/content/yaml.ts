/**
 * YAML with line numbers: parses a document, reports syntax errors at the
 * line an editor must fix, validates it with a zod schema, and turns a field
 * path into the file line of that field.
 */
import { LineCounter, parseDocument, type Document, type YAMLError } from 'yaml';
import { shown } from '../../schemas/messages.ts';
import { findSlip, lineSlipAt } from './yaml-slips.ts';
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
 * The syntax errors of a YAML text as issues: one per slip an editor can
 * act on (src/lib/content/yaml-slips.ts: a full-width colon, a tab, an
 * indentation out of step…), one per line; the parser's other errors are
 * what the slip broke and are left out (the editor fixes the slip, saves,
 * and sees what remains). When no slip is recognised, the parser's own
 * messages, one per line.
 */
function syntaxIssues(file: string, text: string, errors: readonly YAMLError[], lines: LineCounter, offset: number): Issue[] {
  const rows = text.split(/\r?\n/);
  // By line: slips a line shows by itself, indentation out of step, the parser's own messages; the first kind found is told.
  const tiers = { line: new Map<number, Issue>(), indent: new Map<number, Issue>(), parser: new Map<number, Issue>() };
  for (const e of errors) {
    const row = lines.linePos(e.pos[0]).line;
    const s = findSlip(rows, row, e.code, e.message, offset);
    const line = s ? s.line : row + offset - 1;
    const tier = tiers[s ? s.kind : 'parser'];
    const message = s ? s.message : `YAML 语法错误，第 ${line} 行附近 / YAML syntax error near line ${line}: ${e.message.split('\n')[0]}`;
    if (!tier.has(line)) tier.set(line, { file, line, field: 'YAML', message });
  }
  const byLine = (t: Map<number, Issue>) => [...t.values()].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  if (tiers.line.size > 0) return byLine(tiers.line);
  // A line out of step shifts the levels of the lines after it, which then look out of step too: the first is the slip.
  if (tiers.indent.size > 0) return byLine(tiers.indent).slice(0, 1);
  return byLine(tiers.parser);
}

/**
 * Parses and validates YAML text that starts on line `offset` of `file`
 * (2 for frontmatter after ---). Issues go to `issues`, each with its line.
 */
export function parseYaml<T>(file: string, text: string, schema: ZodLike<T>, issues: Issue[], offset = 1): ParsedYaml<T> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    issues.push(...syntaxIssues(file, text, doc.errors, lines, offset));
    return { file, data: null, lineOf: () => offset };
  }
  const lineOf = lineFinder(doc, lines, offset);
  const r = schema.safeParse(doc.toJS() ?? {});
  if (r.success) return { file, data: r.data, lineOf };
  const rows = text.split(/\r?\n/);
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        issues.push({ file, path: [...path, key], line: lineOf([...path, key]), message: `未知字段 ${shown(key)}，请检查拼写（字段见 src/schemas/） / expected only the documented fields (see src/schemas/), found unknown field ${shown(key)}` });
      }
    } else {
      // YAML that parsed can still hide a slip: "- name：党的建设" is one string where the schema wants a field.
      const line = lineOf(path);
      const slip = lineSlipAt(rows, line - offset + 1, offset) ?? lineSlipAt(rows, line - offset + 2, offset);
      issues.push({ file, path, line: slip?.line ?? line, message: slip?.message ?? issue.message });
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
