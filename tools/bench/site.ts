/**
 * What to weigh, read from the site that was built rather than written into
 * the bench: its pages from the sitemap (one of each kind, the heaviest
 * section), and search terms from its own indexed text. So the bench works
 * for any report, or an archive of many, without editing.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { indexedPages } from './indexed-text.ts';

/** The kinds of page the budgets name. "report" is a report's own home in an archive of several. */
export type PageKind = 'home' | 'report' | 'section' | 'search' | 'feedback' | 'data';

export interface PageToWeigh {
  type: PageKind;
  /** Path under the base, e.g. "sections/06/" or "" for the home page. */
  path: string;
  /** A content page: may carry no script beyond the page script (budget content-js). */
  content: boolean;
}

const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');

/** Every page path in the built site's sitemap, relative to base ("" for the home page). */
export function sitemapPaths(dir: string, base: string): string[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`no sitemap-index.xml in ${dir}: the bench reads the pages to weigh from the sitemap`);
  return locs(readFileSync(index, 'utf8')).flatMap((loc) => {
    const file = join(dir, new URL(loc).pathname.split('/').pop() ?? '');
    return locs(readFileSync(file, 'utf8')).map((u) => {
      const path = decodeURIComponent(new URL(u).pathname);
      return path.startsWith(base) ? path.slice(base.length) : path.replace(/^\//, '');
    });
  });
}

const htmlSize = (dir: string, path: string) => {
  const file = join(dir, path, 'index.html');
  return existsSync(file) ? statSync(file).size : -1;
};

/**
 * One page of each kind the site has: home, a report's home (when reports
 * live under their own path), the heaviest section page (the strictest
 * reading of "a section page ≤ 10 KB"), search, feedback and data pages
 * (the site-wide one when there is one). Search is taken from disk when the
 * sitemap leaves it out.
 */
export function pagesToWeigh(dir: string, base: string): PageToWeigh[] {
  const paths = sitemapPaths(dir, base);
  const pages: PageToWeigh[] = [];
  const add = (type: PageKind, path: string | undefined, content: boolean) => {
    if (path !== undefined) pages.push({ type, path, content });
  };
  add('home', paths.includes('') ? '' : undefined, true);
  const sections = paths.filter((p) => /(^|\/)sections\/[^/]+\/$/.test(p));
  const heaviest = [...sections].sort((a, b) => htmlSize(dir, b) - htmlSize(dir, a) || a.localeCompare(b))[0];
  // A report's home: the folder the heaviest section's sections/ sits in, when that is not the site root.
  const reportHome = heaviest?.replace(/sections\/[^/]+\/$/, '');
  add('report', reportHome && paths.includes(reportHome) ? reportHome : undefined, true);
  add('section', heaviest, true);
  add('search', paths.includes('search/') || existsSync(join(dir, 'search', 'index.html')) ? 'search/' : undefined, false);
  const pick = (name: string) => (paths.includes(`${name}/`) ? `${name}/` : paths.find((p) => p.endsWith(`/${name}/`)));
  add('feedback', pick('feedback'), false);
  add('data', pick('data'), true);
  return pages;
}

/** The text of the pages Pagefind indexes (inside data-pagefind-body, without data-pagefind-ignore parts), folded; see tools/bench/indexed-text.ts. */
export function indexedTexts(dir: string): string[] {
  return indexedPages(dir).map((p) => p.text);
}

const HAN = /\p{Script=Han}/u;

/**
 * Two search terms taken from the site's own text: for the first query the
 * two-character word found on the most pages (the costliest common search,
 * like 整改 in a rectification report); for the warm query one found on
 * about a tenth of them. Ties go to the word used more often in all, then to
 * the earlier in code-point order, so
 * the same site always gives the same terms.
 */
export function searchTermsFrom(texts: readonly string[]): { first: string; warm: string } {
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const text of texts) {
    const seen = new Set<string>();
    const chars = [...text];
    for (let i = 0; i + 1 < chars.length; i++) {
      const a = chars[i] as string;
      const b = chars[i + 1] as string;
      if (HAN.test(a) && HAN.test(b)) {
        seen.add(a + b);
        tf.set(a + b, (tf.get(a + b) ?? 0) + 1);
      }
    }
    for (const w of seen) df.set(w, (df.get(w) ?? 0) + 1);
  }
  const ranked = [...df].sort((x, y) => y[1] - x[1] || (tf.get(y[0]) ?? 0) - (tf.get(x[0]) ?? 0) || (x[0] < y[0] ? -1 : 1));
  const first = ranked[0]?.[0];
  if (!first) throw new Error('no Chinese text in the indexed pages to take search terms from');
  const target = Math.max(2, Math.round(texts.length / 10));
  const warm = ranked
    .filter(([w, n]) => n >= 2 && ![...w].some((c) => first.includes(c)))
    .sort((x, y) => Math.abs(x[1] - target) - Math.abs(y[1] - target) || y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0]?.[0];
  return { first, warm: warm ?? first };
}
