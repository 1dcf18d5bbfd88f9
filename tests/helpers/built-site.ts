/** Reads a built site from disk into the shape the link checker takes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { extractPage, type BuiltPage, type BuiltSite } from '../../src/lib/links/check.ts';

/** The built site in dir, served at siteUrl + base. */
export function readBuiltSite(dir: string, siteUrl: string, base: string): BuiltSite {
  const files = new Set(filesUnder(dir));
  const pages = new Map<string, BuiltPage>();
  for (const f of files) if (f.endsWith('.html')) pages.set(f, extractPage(readFileSync(join(dir, f), 'utf8')));
  return { siteUrl, base, files, pages };
}
