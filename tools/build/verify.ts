/**
 * Last checks on a built site before it replaces the published one: the
 * pages and the search index that must exist do exist, every page the
 * sitemap lists was written, and the index holds every page that asks to be
 * indexed. Reads each page once, as bytes (no decoding): at 2,600 pages it
 * is the only full pass over the site the build makes after Pagefind's.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder } from '../../src/lib/fs/files.ts';

/** Lists what a complete build must contain but this one lacks. */
export function missingOutputs(dir: string): string[] {
  const required = ['index.html', '404.html', 'pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'sitemap-index.xml'];
  return required.filter((p) => !existsSync(join(dir, p)));
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

/** The pages the sitemap lists that were not written (paths under dir), given the site's base path. */
export function missingSitemapPages(dir: string, base: string): string[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) return [];
  return locs(readFileSync(index, 'utf8'))
    .flatMap((loc) => {
      const file = join(dir, new URL(loc).pathname.split('/').pop() ?? '');
      return existsSync(file) ? locs(readFileSync(file, 'utf8')) : [loc];
    })
    .map((u) => decodeURIComponent(new URL(u).pathname))
    .map((p) => (p.startsWith(base) ? p.slice(base.length) : p.replace(/^\//, '')))
    .filter((p) => !existsSync(join(dir, p.endsWith('/') || p === '' ? join(p, 'index.html') : p)));
}

const ATTR = Buffer.from('data-pagefind-body');
const isSpace = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x0c;

/** True when the HTML has a data-pagefind-body attribute on some element (not the words in text). */
export function asksToBeIndexed(html: Buffer): boolean {
  for (let at = html.indexOf(ATTR); at >= 0; at = html.indexOf(ATTR, at + ATTR.length)) {
    const after = html[at + ATTR.length];
    if (!isSpace(html[at - 1]) || !(isSpace(after) || after === 0x3e || after === 0x3d || after === 0x2f)) continue;
    // Inside a tag: the nearest '<' before it comes after the nearest '>'.
    if (html.lastIndexOf(0x3c, at) > html.lastIndexOf(0x3e, at)) return true;
  }
  return false;
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

/** Throws if the built site is incomplete. base is the site's base path ("/" or "/xszg/"). */
export function verifyBuild(dir: string, base = '/'): void {
  const missing = missingOutputs(dir);
  if (missing.length > 0) throw new Error(`构建结果不完整,缺少 / the build is incomplete; missing: ${missing.join(', ')}`);
  const unwritten = missingSitemapPages(dir, base);
  if (unwritten.length > 0)
    throw new Error(`站点地图列出的页面未生成 / pages listed in the sitemap were not written: ${unwritten.slice(0, 10).join(', ')}${unwritten.length > 10 ? ` (+${unwritten.length - 10})` : ''}`);
  const bodyPages = htmlFilesUnder(dir).filter((f) => asksToBeIndexed(readFileSync(join(dir, f)))).length;
  const issue = searchIndexIssue(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'), bodyPages);
  if (issue) throw new Error(issue);
}
