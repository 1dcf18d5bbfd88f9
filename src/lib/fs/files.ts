/** Listing the files of a folder tree, the one way the build, bench and tests do it. */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under dir that include accepts, as sorted paths relative to dir with forward slashes. */
export function filesUnder(dir: string, include: (path: string) => boolean = () => true): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'))
    .filter(include)
    .sort();
}

/** The .html files under dir (see filesUnder). */
export function htmlFilesUnder(dir: string): string[] {
  return filesUnder(dir, (p) => p.endsWith('.html'));
}
