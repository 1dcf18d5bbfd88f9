/** Checks across reports: a report's `follows` and a withdrawn report's `replacedBy` name another report of the archive. */
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../folders.ts';
import { reportsDir } from '../layout.ts';

/** Checks the links between reports. */
export function checkFollows(folders: readonly ReportFolder[]): Issue[] {
  const slugs = new Set(folders.map((f) => f.slug));
  return folders.flatMap((f): Issue[] => {
    const follows = f.report?.data?.follows;
    if (follows === undefined) return [];
    if (follows === f.slug)
      return [
        {
          file: f.reportFile,
          path: ['follows'],
          message: `应为另一份通报的文件夹名，实为本通报自己“${follows}” / expected another report's slug, found this report's own`,
        },
      ];
    if (!slugs.has(follows))
      return [
        {
          file: f.reportFile,
          path: ['follows'],
          message: `应为 ${reportsDir()}/ 下已有的文件夹名（${[...slugs].filter((s) => s !== f.slug).join('、') || '无'}），实为“${follows}” / expected the slug of a report in ${reportsDir()}/, found "${follows}"`,
        },
      ];
    return [];
  });
}

/** Checks that a withdrawn report's replacedBy names another report of the archive. */
export function checkReplacedBy(folders: readonly ReportFolder[]): Issue[] {
  const slugs = new Set(folders.map((f) => f.slug));
  return folders.flatMap((f): Issue[] => {
    const by = f.report?.data?.withdrawn?.replacedBy;
    if (by === undefined) return [];
    const path = ['withdrawn', 'replacedBy'];
    if (by === f.slug)
      return [
        {
          file: f.reportFile,
          path,
          message: `应为替代本通报的另一份通报的文件夹名，实为本通报自己“${by}” / expected the slug of the report that replaces this one, found this report's own`,
        },
      ];
    if (!slugs.has(by))
      return [
        {
          file: f.reportFile,
          path,
          message: `应为 ${reportsDir()}/ 下已有的文件夹名（${[...slugs].filter((s) => s !== f.slug).join('、') || '无'}），实为“${by}” / expected the slug of a report in ${reportsDir()}/, found "${by}"`,
        },
      ];
    return [];
  });
}
