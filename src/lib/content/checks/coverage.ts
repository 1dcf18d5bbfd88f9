/** Coverage: every percentage of the source is in some figure's quote or in the allowlist with its reason. */
import type { Issue } from '../../issues.ts';
import { allowlistWarnings, coverageIssues } from '../../metrics/coverage.ts';
import { toReviewList } from '../../metrics/review.ts';
import { ALLOWLIST_FILE } from '../layout.ts';
import type { ReportFolder } from '../folders.ts';
import type { Checked } from './figures.ts';

/** Checks one report's percentages against its figures and allowlist. */
export function checkCoverage(folder: ReportFolder): Checked {
  const errors: Issue[] = [];
  const warnings: Issue[] = [];
  const report = folder.report?.data;
  if (!report || !folder.source) return { errors, warnings };
  const allowPath = `${folder.dir}/${ALLOWLIST_FILE}`;
  const allow = folder.allowlist;
  if (allow && !allow.data) return { errors, warnings };
  const entries = allow?.data?.entries ?? [];
  const covers = [
    ...folder.sections.flatMap((s) => s.data.metrics.map((m) => m.quote)),
    ...report.figures.map((m) => m.quote),
    ...entries.map((e) => e.context),
  ];
  entries.forEach((e, i) => {
    for (const w of allowlistWarnings([e], allowPath)) warnings.push({ ...w, path: ['entries', i] });
  });
  const toReview = toReviewList(entries);
  if (toReview.length > 0)
    warnings.push({
      file: allowPath,
      path: ['entries'],
      message: `${toReview.length} 条百分数仍为导入时的“待核对”，请改为指标或写明原因（不会出现在网站上）：${toReview.join('；')} / ${toReview.length} entries still carry the importer's "to review" reason (never published)`,
    });
  errors.push(...coverageIssues(folder.source.content, folder.source.path, covers, allowPath));
  return { errors, warnings };
}
