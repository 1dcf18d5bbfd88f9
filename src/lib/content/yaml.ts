/**
 * YAML with line numbers: parses a document, reports syntax errors at the
 * line an editor must fix, validates it with a zod schema, and turns a field
 * path into the file line of that field.
 */
import { isAlias, isCollection, LineCounter, parseDocument, visit, type Alias, type Document, type YAMLError } from 'yaml';
import { shown } from '../../schemas/messages.ts';
import { findSlip, lineSlipAt } from './yaml-slips.ts';
import type { Issue, IssuePath } from '../issues.ts';
import { findRefused, refusedMessage } from '../text/characters.ts';

export interface ParsedYaml<T> {
  file: string;
  data: T | null;
  /** The file line of a field: its key if present, else the nearest present parent, else the start. */
  lineOf: (path: IssuePath) => number;
}

interface ZodLike<T> {
  safeParse: (
    v: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: { path: PropertyKey[]; message: string; code: string; keys?: string[] }[] } };
}

function lineFinder(doc: Document | null, lines: LineCounter, offset: number) {
  return (path: IssuePath): number => {
    if (!doc) return offset;
    for (let n = path.length; n > 0; n--) {
      const parent = n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      const key = path[n - 1];
      const node = parent as {
        items?: { key?: { value?: unknown; range?: number[] }; range?: number[]; value?: { range?: number[] } }[];
      } | null;
      const item = typeof key === 'number' ? node?.items?.[key] : node?.items?.find((i) => i.key?.value === key);
      const range = item?.key?.range ?? item?.range;
      if (range?.[0] !== undefined) return lines.linePos(range[0]).line + offset - 1;
    }
    return offset;
  };
}

/** How many times aliases may be expanded in one file (the yaml package's maxAliasCount, its default): an "alias bomb" of nested aliases is stopped there and named. */
export const MAX_ALIAS_COUNT = 100;

/** At most this many refused characters are listed per YAML text. */
const MAX_CHAR_ISSUES = 20;

/**
 * The character policy (src/lib/text/characters.ts) on a YAML text: every
 * character of the file (comments included) and every string it holds
 * (keys and values, after escapes such as "\u202E" or "\t" are read), each
 * refused character with its line and column.
 */
function characterIssues(file: string, text: string, doc: Document | null, lines: LineCounter, offset: number): Issue[] {
  const issues: Issue[] = [];
  // Line from the parser's line counter; column in characters, as findRefused counts them.
  const at = (index: number) => {
    const { line } = lines.linePos(index);
    return { line, col: [...text.slice(lines.lineStarts[line - 1] ?? 0, index)].length + 1 };
  };
  // The file's own characters: tab and line ends are YAML's whitespace here.
  for (const c of findRefused(text, { lineEnds: true, tab: true, leadingBom: offset === 1 })) {
    issues.push({
      file,
      line: c.line + offset - 1,
      column: c.column,
      field: '字符 / character',
      message: refusedMessage({ ...c, line: c.line + offset - 1 }),
    });
  }
  const reported = new Set(issues.map((i) => `${i.line}:${i.column}`));
  if (doc) {
    visit(doc, {
      Scalar(_key, node) {
        if (typeof node.value !== 'string' || !node.range) return;
        const [start, end] = node.range;
        const raw = text.slice(start, end);
        for (const c of findRefused(node.value, { lineEnds: true })) {
          // A character typed as itself was reported above; a tab typed as itself (allowed between YAML tokens) is refused inside a string here, at its place.
          const rawAt = raw.indexOf(c.char);
          if (rawAt >= 0 && c.char !== '\t') continue;
          const pos = at(rawAt >= 0 ? start + rawAt : start);
          const line = pos.line + offset - 1;
          const key = `${line}:${pos.col}`;
          if (reported.has(key)) continue;
          reported.add(key);
          const note = rawAt >= 0 ? undefined : (['在这个引号字符串中由转义写成', 'written as an escape in this quoted string'] as const);
          issues.push({
            file,
            line,
            column: pos.col,
            field: '字符 / character',
            message: refusedMessage({ ...c, line, column: pos.col }, note),
          });
        }
      },
    });
  }
  if (issues.length <= MAX_CHAR_ISSUES) return issues;
  return [
    ...issues.slice(0, MAX_CHAR_ISSUES),
    {
      file,
      field: '(其余 / more)',
      message: `另有 ${issues.length - MAX_CHAR_ISSUES} 个同类字符未列出 / ${issues.length - MAX_CHAR_ISSUES} more such character(s) not listed`,
    },
  ];
}

/** The alias an editor should look at when aliases expand too far: the first whose anchor holds aliases itself, else the first. */
function runawayAlias(doc: Document): Alias | undefined {
  const aliases: Alias[] = [];
  visit(doc, { Alias: (_k, node) => void aliases.push(node) });
  const anchors = new Map<string, unknown>();
  visit(doc, {
    Node: (_k, node) => {
      if (!isAlias(node) && 'anchor' in node && typeof node.anchor === 'string') anchors.set(node.anchor, node);
    },
  });
  const holdsAlias = (node: unknown) => {
    let found = false;
    if (isCollection(node)) {
      visit(node, {
        Alias: () => {
          found = true;
          return visit.BREAK;
        },
      });
    }
    return found;
  };
  return aliases.find((a) => holdsAlias(anchors.get(a.source))) ?? aliases[0];
}

/** Turns the parsed document into data; a runaway alias or any other failure becomes an issue at its line, never a stack trace. */
function toData(
  file: string,
  doc: Document,
  lines: LineCounter,
  offset: number,
): { ok: true; value: unknown } | { ok: false; issue: Issue } {
  try {
    return { ok: true, value: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) };
  } catch (error) {
    const alias = runawayAlias(doc);
    const line = alias?.range ? lines.linePos(alias.range[0]).line + offset - 1 : offset;
    const why = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    if (/alias/i.test(why) && alias) {
      const excessive = /excessive/i.test(why);
      return {
        ok: false,
        issue: {
          file,
          line,
          field: 'YAML',
          message: excessive
            ? `YAML 别名展开超过 ${MAX_ALIAS_COUNT} 次，实为层层套用的别名（*${alias.source}），文件因此可能膨胀到无法处理；内容文件不需要别名，请直接写出内容 / expected YAML aliases to expand at most ${MAX_ALIAS_COUNT} times, found aliases nested to expand further (*${alias.source}, an "alias bomb"); write the content out instead of aliases`
            : `YAML 别名 *${alias.source} 应指向它前面用 &${alias.source} 标记的内容，未找到 / expected an anchor &${alias.source} before the alias *${alias.source}, found none`,
        },
      };
    }
    return {
      ok: false,
      issue: { file, line: offset, field: 'YAML', message: `YAML 无法读取 / YAML could not be read: ${why.slice(0, 120)}` },
    };
  }
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
 * (2 for frontmatter after ---). Issues go to `issues`, each with its line:
 * syntax, the character policy, runaway aliases, then the schema.
 */
export function parseYaml<T>(file: string, text: string, schema: ZodLike<T>, issues: Issue[], offset = 1): ParsedYaml<T> {
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (error) {
    // The parser throws only on inputs it cannot hold (nesting too deep for the stack): said as one issue, not a stack trace.
    issues.push(...characterIssues(file, text, null, lines, offset));
    const why = (error instanceof Error ? error.message.split('\n')[0] : String(error)) ?? '';
    issues.push({
      file,
      line: offset,
      field: 'YAML',
      message: `YAML 无法读取（嵌套过深或文件过大） / YAML could not be read (nested too deep or too large): ${why.slice(0, 120)}`,
    });
    return { file, data: null, lineOf: () => offset };
  }
  issues.push(...characterIssues(file, text, doc.errors.length > 0 ? null : doc, lines, offset));
  if (doc.errors.length > 0) {
    issues.push(...syntaxIssues(file, text, doc.errors, lines, offset));
    return { file, data: null, lineOf: () => offset };
  }
  const lineOf = lineFinder(doc, lines, offset);
  const data = toData(file, doc, lines, offset);
  if (!data.ok) {
    issues.push(data.issue);
    return { file, data: null, lineOf };
  }
  const r = schema.safeParse(data.value ?? {});
  if (r.success) return { file, data: r.data, lineOf };
  const rows = text.split(/\r?\n/);
  for (const issue of r.error.issues) {
    const path = issue.path.filter((k): k is string | number => typeof k !== 'symbol');
    if (issue.code === 'unrecognized_keys' && issue.keys) {
      for (const key of issue.keys) {
        issues.push({
          file,
          path: [...path, key],
          line: lineOf([...path, key]),
          message: `未知字段 ${shown(key)}，请检查拼写（字段见 src/schemas/） / expected only the documented fields (see src/schemas/), found unknown field ${shown(key)}`,
        });
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
