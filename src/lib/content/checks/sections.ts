/** Section fields tied to the body: sub-problem headings and the status are paragraphs or words of the body as printed. */
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../archive.ts';

/** Checks sub-problem headings and status against each section's body. */
export function checkSectionFields(folder: ReportFolder): Issue[] {
  return folder.sections.flatMap((s): Issue[] => {
    const issues: Issue[] = [];
    s.data.subProblems.forEach((h, i) => {
      if (!s.paragraphs.includes(h)) issues.push({ file: s.file, path: ['subProblems', i], message: `子问题标题应为正文中完整的一段，未找到“${h.slice(0, 30)}” / expected a whole paragraph of the body, found no paragraph "${h.slice(0, 30)}"` });
    });
    const status = s.data.status;
    if (status !== undefined && !s.data.heading.includes(status) && !s.paragraphs.some((p) => p.includes(status))) {
      issues.push({ file: s.file, path: ['status'], message: `状态应逐字出现在标题或正文中，未找到“${status}” / expected the status verbatim in the heading or body, not found: "${status}"` });
    }
    return issues;
  });
}
