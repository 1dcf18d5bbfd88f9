/**
 * The one issue type every content check returns, and its formatter. An
 * issue names its file and, where it can, the field path inside it (YAML
 * keys and list indexes) or the line; the runner (src/lib/content/run.ts)
 * turns field paths into lines, so no check parses another's message.
 */
import { spellOutRefused } from './text/characters.ts';

/** A field path inside a YAML document or frontmatter, e.g. ['body', 3, 'points', 1]. */
export type IssuePath = readonly (string | number)[];

export interface Issue {
  /** The file, relative to the project root, e.g. content/reports/x/report.yaml. */
  file: string;
  /** The field path inside the file's YAML, when the issue is about a field. */
  path?: IssuePath | undefined;
  /** 1-based line in `file`, when known (the runner fills it from `path`). */
  line?: number | undefined;
  /** 1-based column (in characters) on that line, when the issue is one character (src/lib/text/characters.ts). */
  column?: number | undefined;
  /** A label for where in the file, when it is not a YAML field: 正文 / body, 原文一致性 / fidelity. */
  field?: string | undefined;
  /** What was expected and what was found, Chinese / English. */
  message: string;
}

/** Shows a field path the way an editor reads it: body[3].points[1]. */
export function fieldName(path: IssuePath): string {
  return path.reduce<string>((s, k) => (typeof k === 'number' ? `${s}[${k}]` : s ? `${s}.${k}` : k), '') || '(整体 / whole entry)';
}

/** The label of where an issue is: its field label, else its field path. */
export function issueField(i: Issue): string {
  return i.field ?? (i.path ? fieldName(i.path) : '(文件 / file)');
}

/**
 * Formats issues the way every check reports them: file:line
 * (file:line:column for one character), then field and message. Every
 * character the character policy refuses is spelled out as [U+001B ESCAPE],
 * so that no file name or quoted text can move the cursor, clear or
 * recolour a terminal, or reorder what a line shows.
 */
export function formatIssues(issues: readonly Issue[]): string {
  return issues
    .map((i) =>
      spellOutRefused(`${i.file}${i.line ? `:${i.line}${i.column ? `:${i.column}` : ''}` : ''}\n  ${issueField(i)}: ${i.message}`),
    )
    .join('\n');
}

/** At most `max` issues, plus one that says how many more there were, so a flood stays readable. */
export function capIssues(issues: readonly Issue[], max: number, file: string): Issue[] {
  if (issues.length <= max) return [...issues];
  return [
    ...issues.slice(0, max),
    {
      file,
      field: '(其余 / more)',
      message: `另有 ${issues.length - max} 处同类问题未列出 / ${issues.length - max} more issue(s) of this kind not listed`,
    },
  ];
}

/**
 * An error that refuses input, its message the whole story (file:line,
 * field, expected, found): carries no stack, so that Astro's error display
 * (which prints a stack whenever an error has one) and Node print the
 * message alone. A refusal is the editor's to fix, not a bug to trace.
 */
export class RefusalError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RefusalError';
    this.stack = '';
  }
}
