/**
 * The bench's phases that need more than one module: weighing every page
 * type and the search of a served build, and making a project copy with a
 * synthetic archive. scripts/bench.ts only sequences them and prints.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { measurePage, measureSearch, type SiteUnderTest } from './browser.ts';
import { benchProject, reportDirs, writeContent, type BenchProject } from './project.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';
import type { PageSummary, SearchSummary } from './report.ts';
import { indexedTexts, pagesToWeigh, searchTermsFrom, type PageToWeigh } from './site.ts';
import { reportsFor, syntheticArchive } from './synthetic.ts';

/**
 * Opens each page on a fresh page, then searches: through the search page's
 * form when it has one, else through the Pagefind API from a section page.
 * The pages come from the site's sitemap and the terms from its indexed
 * text (tools/bench/site.ts) unless given. Returns the pages, the search, and why
 * any metric is missing.
 */
export async function weighSite(
  site: SiteUnderTest,
  options: { pages?: readonly PageToWeigh[]; terms?: { first: string; warm: string }; search?: boolean } = {},
): Promise<{ pages: PageSummary[]; search: SearchSummary | null; terms: { first: string; warm: string }; notes: Record<string, string> }> {
  const pages: PageSummary[] = [];
  const notes: Record<string, string> = {};
  const wanted = options.pages ?? pagesToWeigh(site.dir, site.base);
  for (const t of wanted) {
    const r = await measurePage(site, t.path);
    if (r.status === 'ok') pages.push({ type: t.type, path: t.path, status: 'ok', weight: r.weight });
    else {
      pages.push({ type: t.type, path: t.path, status: 'missing' });
      notes[`page.${t.type}.gzipTotal`] = `page /${t.path} missing`;
    }
  }
  for (const kind of ['home', 'section', 'search'] as const)
    if (!wanted.some((p) => p.type === kind)) notes[`page.${kind}.gzipTotal`] ??= `the site has no ${kind} page in its sitemap`;
  const terms = options.terms ?? searchTermsFrom(indexedTexts(site.dir));
  if (options.search === false) return { pages, search: null, terms, notes };
  const searchPage = wanted.find((t) => t.type === 'search')?.path;
  const hasForm = searchPage !== undefined && readFileSync(join(site.dir, searchPage, 'index.html'), 'utf8').includes('data-search-form');
  const from = searchPage ?? wanted.find((t) => t.type === 'section')?.path ?? '';
  const search = { ...(await measureSearch(site, from, terms, hasForm ? 'ui' : 'api')), fallback: searchPage === undefined };
  // Without a search page "open /search/ + first query" does not exist yet; the query-only cost is still in the table.
  if (searchPage === undefined) notes['search.first.gzipTotal'] = 'no search/ page';
  return { pages, search, terms, notes };
}

/**
 * A project copy under parent whose archive holds enough copies of the
 * shipped report to make at least n sections (tools/bench/synthetic.ts), made
 * from the copy's own content (never from or into the checkout's content/).
 * Returns the project and the number of sections it really has.
 */
export function syntheticProject(root: string, parent: string, n: number): BenchProject & { sections: number; reports: number } {
  const p = benchProject(root, parent, `scale-${n}`);
  try {
    const shipped = reportDirs(p.dir)[0];
    if (!shipped?.includes(join('content', 'reports'))) throw new Error(`expected a report folder in ${join(p.dir, 'content', 'reports')}`);
    const files = new Map(filesUnder(shipped).map((f) => [f, readFileSync(join(shipped, f), 'utf8')] as const));
    const perReport = [...files.keys()].filter((f) => f.startsWith('sections/') && f.endsWith('.mdx')).length;
    const reports = reportsFor(n, perReport);
    writeContent(p.dir, syntheticArchive(files, reports));
    return { ...p, sections: reports * perReport, reports };
  } catch (error) {
    p.remove();
    throw error;
  }
}
