/** Figures: every metric of a section is in its body, every figure of the report (and the count of problems it states) in the report's own paragraphs, and the arithmetic holds. */
import type { Issue } from '../../issues.ts';
import { checkSectionMetrics } from '../../metrics/check.ts';
import { printedLines } from '../../report/walk.ts';
import type { ReportFolder } from '../folders.ts';

export interface Checked {
  errors: Issue[];
  warnings: Issue[];
}

/** Checks the figures of one report and of its sections. */
export function checkFigures(folder: ReportFolder): Checked {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  for (const s of folder.sections) {
    const r = checkSectionMetrics({ file: s.file, number: s.data.number, paragraphs: s.paragraphs, metrics: s.data.metrics });
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  }
  const report = folder.report?.data;
  const stated = report?.problemsStated;
  if (report && stated !== undefined && !printedLines(report, []).some((l) => l.text.includes(stated))) {
    errors.push({
      file: folder.reportFile,
      path: ['problemsStated'],
      message: `应逐字出现在通报自己的段落中（导语、各部分），未找到“${stated}” / expected verbatim in the report's own paragraphs (preamble, parts), not found: "${stated}"`,
    });
  }
  if (report && report.figures.length > 0) {
    const own = printedLines(report, []).map((l) => l.text);
    const r = checkSectionMetrics({ file: folder.reportFile, number: 0, paragraphs: own, metrics: report.figures, key: 'figures' });
    errors.push(...r.errors);
    warnings.push(...r.warnings);
  }
  // Proposals the importer wrote and no editor has reviewed yet: said on every check, never on the site.
  const proposed = [...folder.sections.flatMap((s) => s.data.metrics), ...(report?.figures ?? [])].filter((m) => m.proposed).length;
  if (proposed > 0)
    warnings.push({
      file: folder.dir,
      field: 'proposed',
      message: `${proposed} 项指标为导入时自动建议（proposed: true），请逐项核对：确认后删去该行，不对则删去该指标 / ${proposed} figure(s) still carry the importer's proposed: true; review each: delete that line to accept, or delete the figure`,
    });
  return { errors, warnings };
}
