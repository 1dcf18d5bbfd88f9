/**
 * Last checks on a built site before it replaces the published one: the
 * pages and the search index that must exist do exist.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Lists what a complete build must contain but this one lacks. */
export function missingOutputs(dir: string): string[] {
  const required = ['index.html', '404.html', 'pagefind/pagefind.js', 'sections'];
  const missing = required.filter((p) => !existsSync(join(dir, p)));
  if (existsSync(join(dir, 'sections')) && readdirSync(join(dir, 'sections')).length === 0) missing.push('sections/*');
  return missing;
}

/** Throws if the built site is incomplete. */
export function verifyBuild(dir: string): void {
  const missing = missingOutputs(dir);
  if (missing.length > 0) throw new Error(`构建结果不完整,缺少 / the build is incomplete; missing: ${missing.join(', ')}`);
}
