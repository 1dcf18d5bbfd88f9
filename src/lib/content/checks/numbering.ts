/** Numbering: a report's sections run from 1 to its problemCount, each number once. */
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../folders.ts';

/** Checks one report's section numbers. */
export function checkNumbering(folder: ReportFolder): Issue[] {
  const report = folder.report?.data;
  if (!report) return [];
  const issues: Issue[] = [];
  const byNumber = new Map<number, string[]>();
  for (const s of folder.sections) {
    if (s.data.number > report.problemCount) {
      issues.push({
        file: s.file,
        path: ['number'],
        message: `应为 1–${report.problemCount} 之间的整数（见 ${folder.reportFile} 的 problemCount），实为 ${s.data.number} / expected a number from 1 to ${report.problemCount} (problemCount in ${folder.reportFile}), found ${s.data.number}`,
      });
    }
    byNumber.set(s.data.number, [...(byNumber.get(s.data.number) ?? []), s.file]);
  }
  for (const [n, list] of byNumber) {
    if (list.length < 2) continue;
    for (const file of list) {
      const others = list.filter((o) => o !== file).join(', ');
      issues.push({
        file,
        path: ['number'],
        message: `编号 ${n} 重复（另见 ${others}），每个编号只能用一次 / expected a number no other section uses, found ${n}, also used by ${others}`,
      });
    }
  }
  // A section that failed its schema may be the "missing" number: say it once, at that section.
  // A folder with no entries at all is reported once, by the folders reader (folders.ts).
  if (folder.sectionsOk && folder.sections.length > 0) {
    const missing: number[] = [];
    for (let n = 1; n <= report.problemCount; n++) if (!byNumber.has(n)) missing.push(n);
    const shown = missing.length > 20 ? `${missing.slice(0, 20).join('、')}等 ${missing.length} 项` : missing.join('、');
    const shownEn = missing.length > 20 ? `${missing.slice(0, 20).join(', ')} and ${missing.length - 20} more` : missing.join(', ');
    if (missing.length === 1)
      issues.push({
        file: folder.reportFile,
        path: ['problemCount'],
        message: `应有第 ${missing[0]} 项问题的条目，未找到 / expected a section entry with number ${missing[0]}, found none`,
      });
    else if (missing.length > 1)
      issues.push({
        file: folder.reportFile,
        path: ['problemCount'],
        message: `应有第 ${shown} 项问题的条目，均未找到 / expected section entries with numbers ${shownEn}, found none`,
      });
  }
  return issues;
}
