/**
 * Reads the content tree from disk for the content check: report.yaml, the
 * section entries and the source texts. The check itself stays pure.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent, type SourceFile } from './check.ts';
import { formatIssues, type ContentIssue } from './cross-entry.ts';

/** Every file the content check looks at, with paths relative to root (content/…). */
export function readContentFiles(root: string, contentDir = 'content'): SourceFile[] {
  const files: SourceFile[] = [];
  const add = (rel: string) => {
    const abs = join(root, rel);
    if (existsSync(abs)) files.push({ path: rel, content: readFileSync(abs, 'utf8') });
  };
  add(`${contentDir}/report.yaml`);
  add(`${contentDir}/metrics-allowlist.yaml`);
  for (const dir of ['sections', 'source']) {
    const abs = join(root, contentDir, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) if (/\.(mdx|txt)$/.test(name)) add(`${contentDir}/${dir}/${name}`);
  }
  return files;
}

/** Runs the content check on the tree under root; throws with every error, file:line first. Returns the warnings. */
export function assertContent(root: string): ContentIssue[] {
  const { errors, warnings } = checkContent(readContentFiles(root));
  if (errors.length > 0) throw new Error(`内容检查未通过,共 ${errors.length} 处错误 / content check failed with ${errors.length} error(s):\n${formatIssues(errors)}`);
  return warnings;
}
