/**
 * Checks that look across entries, which a per-file schema cannot: numbering
 * 1..N without gaps or duplicates. Pure; run at build and by check:content.
 */

export interface EntryRef {
  /** Path of the entry's file, relative to the project root. */
  file: string;
  number: number;
  title: string;
}

export interface ContentIssue {
  file: string;
  /** 1-based line in `file`, when known. */
  line?: number;
  field: string;
  message: string;
}

/** Checks that section numbers run from 1 to problemCount, each exactly once. */
export function checkNumbering(entries: readonly EntryRef[], problemCount: number, reportFile: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const byNumber = new Map<number, EntryRef[]>();
  for (const e of entries) {
    if (e.number > problemCount) {
      issues.push({
        file: e.file,
        field: 'number',
        message: `应为 1–${problemCount} 之间的整数(见 ${reportFile} 的 problemCount),实为 ${e.number} / expected a number from 1 to ${problemCount} (problemCount in ${reportFile}), found ${e.number}`,
      });
    }
    byNumber.set(e.number, [...(byNumber.get(e.number) ?? []), e]);
  }
  for (const [n, list] of byNumber) {
    if (list.length < 2) continue;
    for (const e of list) {
      const others = list.filter((o) => o !== e).map((o) => o.file).join(', ');
      issues.push({
        file: e.file,
        field: 'number',
        message: `编号 ${n} 重复(另见 ${others}),每个编号只能用一次 / expected a number no other section uses, found ${n}, also used by ${others}`,
      });
    }
  }
  for (let n = 1; n <= problemCount; n++) {
    if (!byNumber.has(n)) {
      issues.push({
        file: reportFile,
        field: 'problemCount',
        message: `应有第 ${n} 项问题的条目,未找到 / expected a section entry with number ${n}, found none`,
      });
    }
  }
  return issues;
}

/** Formats issues the way every check reports them: file:line, field, message. */
export function formatIssues(issues: readonly ContentIssue[]): string {
  return issues.map((i) => `${i.file}${i.line ? `:${i.line}` : ''}\n  ${i.field}: ${i.message}`).join('\n');
}
