/**
 * What a correction changes, in words a clerk can check before and after
 * `npm run import -- FILE --slug S --update`: the source's lines added,
 * removed and altered (a line diff, jsdiff's), and the problems added,
 * removed and altered. Pure: texts in, lines to print out.
 */
import { diffArrays } from 'diff';

const clip = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

/** The lines of a source text as the fidelity check reads them: line ends of any kind, a BOM dropped. */
export function sourceLinesOf(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** One line changed in place: the part that differs, with a little context on each side, 〔old→new〕. */
export function alteredPart(before: string, after: string, context = 12): string {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  const head = before.slice(Math.max(0, start - context), start);
  const tail = before.slice(before.length - end, before.length - end + context);
  return `${start > context ? '…' : ''}${head}〔${before.slice(start, before.length - end)}→${after.slice(start, after.length - end)}〕${tail}${end > context ? '…' : ''}`;
}

/** A line-level change of the source, with line numbers of the old (removed, altered) and new (added, altered) text. */
export type LineChange =
  | { kind: 'added'; line: number; text: string }
  | { kind: 'removed'; line: number; text: string }
  | { kind: 'altered'; line: number; oldLine: number; before: string; after: string };

/** The source's changed lines: a removed run followed by an added run is paired line by line as altered. */
export function lineChanges(oldText: string, newText: string): LineChange[] {
  const out: LineChange[] = [];
  let oldLine = 1;
  let newLine = 1;
  const parts = diffArrays(sourceLinesOf(oldText), sourceLinesOf(newText));
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (!p) continue;
    if (!p.added && !p.removed) {
      oldLine += p.value.length;
      newLine += p.value.length;
      continue;
    }
    const next = parts[i + 1];
    const removed = p.removed ? p.value : [];
    const added = p.removed && next?.added ? next.value : p.added ? p.value : [];
    if (p.removed && next?.added) i++;
    const paired = Math.min(removed.length, added.length);
    for (let k = 0; k < paired; k++)
      out.push({ kind: 'altered', line: newLine + k, oldLine: oldLine + k, before: removed[k] ?? '', after: added[k] ?? '' });
    for (let k = paired; k < removed.length; k++) out.push({ kind: 'removed', line: oldLine + k, text: removed[k] ?? '' });
    for (let k = paired; k < added.length; k++) out.push({ kind: 'added', line: newLine + k, text: added[k] ?? '' });
    oldLine += removed.length;
    newLine += added.length;
  }
  return out;
}

/** The source's changes as printed lines: a count, then one line per change. */
export function describeLineChanges(changes: readonly LineChange[]): string[] {
  const n = (k: LineChange['kind']) => changes.filter((c) => c.kind === k).length;
  return [
    `原文 / source: 改动 ${n('altered')} 行，新增 ${n('added')} 行，删除 ${n('removed')} 行 / ${n('altered')} line(s) altered, ${n('added')} added, ${n('removed')} removed`,
    ...changes.map((c) =>
      c.kind === 'altered'
        ? `  ~ 第${c.oldLine}行${c.oldLine === c.line ? '' : `（新第${c.line}行）`}改为 / line ${c.oldLine} altered: ${alteredPart(c.before, c.after)}`
        : c.kind === 'added'
          ? `  + 新第${c.line}行 / line ${c.line} added: ${clip(c.text)}`
          : `  - 原第${c.line}行 / line ${c.line} removed: ${clip(c.text)}`,
    ),
  ];
}

/** A problem as compared: its number, title, printed heading and body paragraphs. */
export interface ProblemText {
  number: number;
  title: string;
  heading: string;
  paragraphs: readonly string[];
}

/** The problems' changes: each pair is [the problem as it was, as corrected]; unpaired ones were removed or added. */
export function describeProblemChanges(
  pairs: readonly [ProblemText, ProblemText][],
  removed: readonly ProblemText[],
  added: readonly ProblemText[],
): string[] {
  const altered = pairs.filter(
    ([a, b]) => a.heading !== b.heading || a.number !== b.number || a.paragraphs.join('\n') !== b.paragraphs.join('\n'),
  );
  const lines = [
    `问题 / problems: 改动 ${altered.length} 项，新增 ${added.length} 项，删除 ${removed.length} 项，未变 ${pairs.length - altered.length} 项 / ${altered.length} altered, ${added.length} added, ${removed.length} removed, ${pairs.length - altered.length} unchanged`,
  ];
  for (const [a, b] of altered) {
    const what: string[] = [];
    if (a.number !== b.number) what.push(`编号 ${a.number}→${b.number} / renumbered`);
    if (a.heading !== b.heading) what.push(`标题 / heading ${alteredPart(a.heading, b.heading)}`);
    const changed = lineChanges(a.paragraphs.join('\n'), b.paragraphs.join('\n'));
    if (changed.length > 0) what.push(`正文 ${changed.length} 段有改动 / ${changed.length} paragraph change(s)`);
    lines.push(`  ~ 第${b.number}项《${b.title}》：${what.join('；')}`);
  }
  for (const r of removed)
    lines.push(
      `  - 原第${r.number}项《${r.title}》已不在原文中，条目删除 / problem ${r.number} is no longer in the text: its entry is removed`,
    );
  for (const a of added) lines.push(`  + 新第${a.number}项《${a.title}》，新建条目 / problem ${a.number} is new: an entry is added`);
  return lines;
}
