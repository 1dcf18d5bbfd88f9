/** Themes: a section's theme is one of its report's own themes; a report without themes has none on its sections. */
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../folders.ts';

/** Checks every section's theme against its report's list. */
export function checkThemes(folder: ReportFolder): Issue[] {
  const report = folder.report?.data;
  if (!report) return [];
  const names = report.themes.map((t) => t.name);
  return folder.sections.flatMap((s): Issue[] => {
    const theme = s.data.theme;
    if (theme === undefined || names.includes(theme)) return [];
    const list = names.length > 0 ? `以下之一：${names.join('、')}` : '省略（本通报未设主题）';
    const en = names.length > 0 ? `one of: ${names.join(', ')}` : 'no theme (this report has no themes)';
    return [
      {
        file: s.file,
        path: ['theme'],
        message: `应为${list}（见 ${folder.reportFile} 的 themes），实为“${theme}” / expected ${en} (themes in ${folder.reportFile}), found "${theme}"`,
      },
    ];
  });
}
