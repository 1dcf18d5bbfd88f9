/**
 * The character policy (src/lib/text/characters.ts) on a report's texts:
 * its source and every section body. Each refused character is named by
 * code point and Unicode name at its file:line:column. The fidelity check
 * alone cannot catch them: a character the source holds too passes it.
 * (YAML strings, report.yaml and frontmatter, are checked as they are read:
 * src/lib/content/yaml.ts.)
 */
import { capIssues, type Issue } from '../../issues.ts';
import { findRefused, refusedMessage, TEXT_FILE } from '../../text/characters.ts';
import type { ReportFolder } from '../folders.ts';

/** At most this many characters are listed per file. */
export const MAX_CHARACTER_ISSUES = 20;

/** Issues for the refused characters of a text that starts on line `firstLine` of `file`. */
export function textCharacterIssues(file: string, text: string, firstLine = 1, field = '字符 / character'): Issue[] {
  const issues = findRefused(text, { ...TEXT_FILE, leadingBom: firstLine === 1 }).map((c): Issue => {
    const line = c.line + firstLine - 1;
    return { file, line, column: c.column, field, message: refusedMessage({ ...c, line }) };
  });
  return capIssues(issues, MAX_CHARACTER_ISSUES, file);
}

/** Checks one report's source and section bodies for refused characters. */
export function checkCharacters(folder: ReportFolder): Issue[] {
  const issues: Issue[] = [];
  if (folder.source) issues.push(...textCharacterIssues(folder.source.path, folder.source.content, 1, '原文 / source'));
  for (const s of folder.sections) issues.push(...textCharacterIssues(s.file, s.body, s.bodyLine, '正文 / body'));
  return issues;
}
