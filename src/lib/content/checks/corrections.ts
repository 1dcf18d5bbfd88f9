/**
 * Corrections: each text a correction replaced is still in the report folder
 * (readers download it from the 更正记录) and is the text its record names,
 * byte for byte (its SHA-256).
 */
import { createHash } from 'node:crypto';
import type { Issue } from '../../issues.ts';
import type { ReportFolder } from '../folders.ts';

/** SHA-256 of a file's text as stored (UTF-8), lowercase hex. */
export function sha256Of(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** Checks every correction of one report against the files it names. */
export function checkCorrections(folder: ReportFolder): Issue[] {
  const corrections = folder.report?.data?.corrections ?? [];
  return corrections.flatMap((c, i): Issue[] => {
    const file = folder.archived.find((f) => f.path === `${folder.dir}/${c.replacedFile}`);
    if (!file)
      return [
        {
          file: folder.reportFile,
          path: ['corrections', i, 'replacedFile'],
          message: `应有更正前的原文 ${folder.dir}/${c.replacedFile}，未找到 / expected the replaced source ${folder.dir}/${c.replacedFile}, found no such file`,
        },
      ];
    if (file.notUtf8) return [{ file: file.path, line: file.notUtf8.line, field: '编码 / encoding', message: file.notUtf8.message }];
    const found = sha256Of(file.content);
    if (found !== c.replacedSha256)
      return [
        {
          file: folder.reportFile,
          path: ['corrections', i, 'replacedSha256'],
          message: `应为 ${c.replacedFile} 的 SHA-256 ${found}，实为 ${c.replacedSha256}（文件或记录被改动过） / expected ${found}, the SHA-256 of ${c.replacedFile}, found ${c.replacedSha256} (the file or the record was changed)`,
        },
      ];
    return [];
  });
}
