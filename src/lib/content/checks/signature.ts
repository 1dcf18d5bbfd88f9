/** The signature: the printed date line names the report's date; the printed issuer line is the issuer. */
import type { Issue } from '../../issues.ts';
import { parsePrintedDate } from '../../report/dates.ts';
import type { ReportFolder } from '../folders.ts';

/** Checks the signature part against the report's date. */
export function checkSignature(folder: ReportFolder): Issue[] {
  const report = folder.report?.data;
  if (!report) return [];
  const issues: Issue[] = [];
  report.body.forEach((p, i) => {
    if (p.type !== 'signature' || p.date === undefined) return;
    const read = parsePrintedDate(p.date);
    if (read === null)
      issues.push({
        file: folder.reportFile,
        path: ['body', i, 'date'],
        message: `应为日期行，如 2022年12月20日、2023-11-20 或 二〇二三年十月九日，实为“${p.date}” / expected a date line like 2022年12月20日, 2023-11-20 or 二〇二三年十月九日, found "${p.date}"`,
      });
    else if (report.date === undefined)
      issues.push({
        file: folder.reportFile,
        path: ['date'],
        message: `落款日期为 ${p.date}，应填写 date: ${read} / expected date: ${read} (the signed date), found none`,
      });
    else if (read !== report.date)
      issues.push({
        file: folder.reportFile,
        path: ['date'],
        message: `应与落款日期“${p.date}”（${read}）一致，实为 ${report.date} / expected ${read} as signed ("${p.date}"), found ${report.date}`,
      });
  });
  return issues;
}
