/** Reads a built site from disk into the shape the link checker takes. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { extractPage, type BuiltPage, type BuiltSite } from '../../src/lib/links/check.ts';

/** Every file under dir, relative, with forward slashes. */
export function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join('/'));
}

/** The built site in dir, served at siteUrl + base. */
export function readBuiltSite(dir: string, siteUrl: string, base: string): BuiltSite {
  const files = new Set(allFiles(dir));
  const pages = new Map<string, BuiltPage>();
  for (const f of files) if (f.endsWith('.html')) pages.set(f, extractPage(readFileSync(join(dir, f), 'utf8')));
  return { siteUrl, base, files, pages };
}
