/**
 * Last checks on a built site before it replaces the published one: the
 * pages and the search index that must exist do exist, every page the
 * sitemap lists was written, and the index holds every page that asks to be
 * indexed. Reads each page once, as bytes (no decoding): at 2,600 pages it
 * is the only full pass over the site the build makes after Pagefind's.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { filesUnder, htmlFilesUnder } from '../../src/lib/fs/files.ts';
import { REPORTS_DIR, SECTIONS_DIR } from '../../src/lib/content/layout.ts';

/**
 * Lists what a complete build must contain but this one lacks. An archive
 * with nothing to search (every report withdrawn) has an empty index: its
 * entry file, and no pagefind.js, which Pagefind writes only for pages.
 */
export function missingOutputs(dir: string, searchable = true): string[] {
  const required = [
    'index.html',
    '404.html',
    ...(searchable ? ['pagefind/pagefind.js'] : []),
    'pagefind/pagefind-entry.json',
    'sitemap-index.xml',
  ];
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

/** True when position `at` of the HTML lies inside a quoted attribute value of the tag that starts at `tagStart` (a quote opens a value after =). */
function inQuotedValue(html: Buffer, tagStart: number, at: number): boolean {
  let quote: number | undefined;
  let last: number | undefined;
  for (let i = tagStart; i < at; i++) {
    const c = html[i];
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
    } else if ((c === 0x22 || c === 0x27) && last === 0x3d) quote = c;
    else if (!isSpace(c)) last = c;
  }
  return quote !== undefined;
}

/**
 * True when the HTML has a data-pagefind-body attribute on some element:
 * not the words in text, nor inside another attribute's value (a title
 * holding the words, copied into a meta description, is no such element,
 * and Pagefind, reading the HTML, indexes no such page).
 */
export function asksToBeIndexed(html: Buffer): boolean {
  for (let at = html.indexOf(ATTR); at >= 0; at = html.indexOf(ATTR, at + ATTR.length)) {
    const after = html[at + ATTR.length];
    if (!isSpace(html[at - 1]) || !(isSpace(after) || after === 0x3e || after === 0x3d || after === 0x2f)) continue;
    // Inside a tag: the nearest '<' before it comes after the nearest '>' (a '>' inside a quoted value is escaped in built pages).
    const tagStart = html.lastIndexOf(0x3c, at);
    if (tagStart > html.lastIndexOf(0x3e, at) && !inQuotedValue(html, tagStart, at)) return true;
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
  return indexed === expectedPages
    ? null
    : `搜索索引应收录 ${expectedPages} 页（标记 data-pagefind-body 的页面），实收录 ${indexed} 页 / expected the search index to hold the ${expectedPages} pages marked data-pagefind-body, found ${indexed}`;
}

/** The address Pagefind gives a built file: a/sections/01/index.html → /a/sections/01/. */
export function pageAddress(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/**
 * The addresses of the pages the index holds, read from its fragment files
 * (gzip, "pagefind_dcd" then JSON: one page, or several by page hash).
 * Read only to say which pages differ when the counts do.
 */
export function indexedAddresses(dir: string): string[] {
  const urls: string[] = [];
  for (const f of filesUnder(join(dir, 'pagefind'), (p) => p.endsWith('.pf_fragment'))) {
    try {
      const text = gunzipSync(readFileSync(join(dir, 'pagefind', f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      const data = JSON.parse(text) as Record<string, unknown>;
      const pages = (typeof data['url'] === 'string' ? [data] : Object.values(data)) as { url?: unknown }[];
      for (const p of pages) if (typeof p?.url === 'string') urls.push(p.url);
    } catch {
      urls.push(`(${f}: 无法读取 / unreadable)`);
    }
  }
  return urls.sort();
}

/** The content a built page comes from, when it is a report's: content/reports/<slug>/ or its section file. */
export function contentOf(root: string, address: string): string | null {
  const [slug, part, n] = address.split('/').filter(Boolean);
  if (!slug || !existsSync(join(root, 'content', REPORTS_DIR, slug))) return null;
  const folder = `content/${REPORTS_DIR}/${slug}/`;
  if (part !== 'sections' || !n) return folder;
  let names: string[] = [];
  try {
    names = readdirSync(join(root, folder, SECTIONS_DIR));
  } catch {
    return folder;
  }
  const file = names.find((f) => f.startsWith(`${n}-`) && f.endsWith('.mdx'));
  return file ? `${folder}${SECTIONS_DIR}/${file}` : folder;
}

/** Which pages the index and the site disagree on, each with its content file: the second half of the count message. */
export function indexDifference(dir: string, expected: readonly string[], root: string): string {
  const want = new Set(expected.map(pageAddress));
  const have = new Set(indexedAddresses(dir));
  const list = (xs: string[]) => {
    const named = xs.slice(0, 10).map((a) => {
      const from = contentOf(root, a);
      return from ? `${a}（${from}）` : a;
    });
    return `${named.join('、')}${xs.length > 10 ? ` 等 ${xs.length} 页 / and ${xs.length - 10} more` : ''}`;
  };
  const notIndexed = [...want].filter((a) => !have.has(a));
  const extra = [...have].filter((a) => !want.has(a));
  const parts: string[] = [];
  if (notIndexed.length > 0) parts.push(`应收录而未收录 / marked data-pagefind-body but not in the index: ${list(notIndexed)}`);
  if (extra.length > 0) parts.push(`收录了未标记的页面 / in the index without data-pagefind-body: ${list(extra)}`);
  if (parts.length === 0)
    parts.push('两边的页面地址相同，可能有页面重复收录 / the same addresses on both sides: a page may be indexed twice');
  return `\n  ${parts.join('\n  ')}`;
}

/**
 * Throws if the built site is incomplete. base is the site's base path ("/"
 * or "/xszg/"); root the project, whose content/ names the report files of
 * pages the index lacks.
 */
export function verifyBuild(dir: string, base = '/', root = process.cwd()): void {
  const bodyPages = htmlFilesUnder(dir).filter((f) => asksToBeIndexed(readFileSync(join(dir, f))));
  const missing = missingOutputs(dir, bodyPages.length > 0);
  if (missing.length > 0) throw new Error(`构建结果不完整,缺少 / the build is incomplete; missing: ${missing.join(', ')}`);
  const unwritten = missingSitemapPages(dir, base);
  if (unwritten.length > 0)
    throw new Error(
      `站点地图列出的页面未生成 / pages listed in the sitemap were not written: ${unwritten.slice(0, 10).join(', ')}${unwritten.length > 10 ? ` (+${unwritten.length - 10})` : ''}`,
    );
  const issue = searchIndexIssue(readFileSync(join(dir, 'pagefind/pagefind-entry.json'), 'utf8'), bodyPages.length);
  if (issue) throw new Error(`${issue}${indexDifference(dir, bodyPages, root)}`);
}
