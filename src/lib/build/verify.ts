/**
 * Last checks on a built site before it replaces the published one: the
 * pages and the search index that must exist do exist.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder } from '../fs/files.ts';

/** Lists what a complete build must contain but this one lacks. */
export function missingOutputs(dir: string): string[] {
  const required = ['index.html', '404.html', 'pagefind/pagefind.js', 'sections'];
  const missing = required.filter((p) => !existsSync(join(dir, p)));
  if (existsSync(join(dir, 'sections')) && readdirSync(join(dir, 'sections')).length === 0) missing.push('sections/*');
  return missing;
}

/**
 * Compares Pagefind's entry file (pagefind-entry.json) with the number of
 * pages that ask to be indexed (data-pagefind-body); null when they agree.
 */
export function searchIndexIssue(entryJson: string, expectedPages: number): string | null {
  let indexed = 0;
  try {
    const entry = JSON.parse(entryJson) as { languages?: Record<string, { page_count?: number }> };
    indexed = Object.values(entry.languages ?? {}).reduce((sum, l) => sum + (l.page_count ?? 0), 0);
  } catch {
    return '搜索索引入口文件无法解析 / pagefind-entry.json is not valid JSON';
  }
  return indexed === expectedPages ? null : `搜索索引收录${indexed}页,应为${expectedPages}页 / the search index holds ${indexed} pages, expected ${expectedPages}`;
}

/** Throws if the built site is incomplete. */
export function verifyBuild(dir: string): void {
  const missing = missingOutputs(dir);
  if (missing.length > 0) throw new Error(`构建结果不完整,缺少 / the build is incomplete; missing: ${missing.join(', ')}`);
  const entry = join(dir, 'pagefind/pagefind-entry.json');
  if (!existsSync(entry)) throw new Error('构建结果不完整,缺少 / the build is incomplete; missing: pagefind/pagefind-entry.json');
  const bodyPages = htmlFilesUnder(dir).filter((f) => /<[^>]*\sdata-pagefind-body[\s>=]/.test(readFileSync(join(dir, f), 'utf8'))).length;
  const issue = searchIndexIssue(readFileSync(entry, 'utf8'), bodyPages);
  if (issue) throw new Error(issue);
}
