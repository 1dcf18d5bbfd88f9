/** Section fields tied to the body: the status is words of the heading or body as printed. */
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../folders.ts';

/** Checks each section's status against its heading and body. */
export function checkSectionFields(folder: ReportFolder): Issue[] {
  return folder.sections.flatMap((s): Issue[] => {
    const issues: Issue[] = [];
    const status = s.data.status;
    if (status !== undefined && !s.data.heading.includes(status) && !s.paragraphs.some((p) => p.includes(status))) {
      issues.push({
        file: s.file,
        path: ['status'],
        message: `状态应逐字出现在标题或正文中，未找到“${status}” / expected the status verbatim in the heading or body, not found: "${status}"`,
      });
    }
    return issues;
  });
}
