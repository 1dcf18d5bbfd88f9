/**
 * Fidelity: the report's lines rebuilt from its entries (the report walker)
 * equal the source text exactly, after the one documented normalisation.
 * Each difference is reported at the entry line that holds it, or at the
 * source line that is missing; a flood is capped.
 */
import { capIssues, type Issue } from '../../issues.ts';
import { diffAgainstSource, firstDifference, NOT_IN_SOURCE, sourceLines, visibleText } from '../../fidelity/reconstruct.ts';
import { printedLines, type Place } from '../../report/walk.ts';
import type { ReportFolder, SectionFile } from '../folders.ts';

/** At most this many differences are listed per report. */
export const MAX_FIDELITY_ISSUES = 50;

/** Where a rebuilt line lives, as an issue's file and path or line. */
function locate(folder: ReportFolder, bySection: Map<number, SectionFile>, place: Place): Pick<Issue, 'file' | 'path' | 'line' | 'field'> {
  if (place.in === 'report') return { file: folder.reportFile, path: place.path };
  const s = bySection.get(place.number);
  if (!s) return { file: folder.reportFile };
  if (place.field === 'heading') return { file: s.file, path: ['heading'] };
  return { file: s.file, line: s.blocks[place.paragraph]?.line ?? s.bodyLine, field: '正文 / body' };
}

/** Checks one report's entries against its source text. */
export function checkFidelity(folder: ReportFolder): Issue[] {
  const report = folder.report?.data;
  if (!report || !folder.source || !folder.sectionsOk) return [];
  const bySection = new Map(folder.sections.map((s) => [s.data.number, s]));
  const lines = printedLines(
    report,
    folder.sections.map((s) => ({ number: s.data.number, heading: s.data.heading, marker: s.data.marker, paragraphs: s.paragraphs })),
  );
  const sourcePath = folder.source.path;
  const diffs = diffAgainstSource(
    folder.source.content,
    lines.map((l) => l.text),
  );
  // A source that is mostly not the entries' text is the wrong file (or never was a report): said once, without
  // quoting it, so that a file put there by mistake (a key, a letter) is not printed line by line into a build log.
  const total = sourceLines(folder.source.content).length;
  const unmatched = diffs.filter((d) => d.expected !== NOT_IN_SOURCE).length;
  if (diffs.length > MAX_FIDELITY_ISSUES && unmatched * 2 > total) {
    return [
      {
        file: sourcePath,
        line: 1,
        field: '原文一致性 / fidelity',
        message: `原文应与条目逐字一致，实为原文 ${total} 行中有 ${unmatched} 行不在条目中：这个文件看来不是这份通报的原文（放错了文件？），为免泄露不列出其内容 / expected the source text of these entries, found ${unmatched} of its ${total} lines in no entry: it does not look like this report's source (the wrong file?); its lines are not listed`,
      },
    ];
  }
  const issues = diffs.map((d): Issue => {
    const where = `原文 / source ${sourcePath}:${d.line}`;
    if (d.found === null || d.rebuilt === undefined) {
      return {
        file: sourcePath,
        line: d.line,
        field: '原文一致性 / fidelity',
        message: `条目中缺少原文这一行 / expected this source line in the entries, found it nowhere: “${visibleText(d.expected.slice(0, 40))}…”`,
      };
    }
    const place = lines[d.rebuilt]?.place;
    const at = place ? locate(folder, bySection, place) : { file: folder.reportFile };
    const what =
      d.expected === NOT_IN_SOURCE
        ? `原文中没有这一段 / expected no such paragraph (it is not in the source), found “${visibleText(d.found.slice(0, 40))}…”`
        : firstDifference(d.expected, d.found);
    return { ...at, message: `与原文不一致（${where}） / differs from the source: ${what}` };
  });
  return capIssues(issues, MAX_FIDELITY_ISSUES, sourcePath);
}
