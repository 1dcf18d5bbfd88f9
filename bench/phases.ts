/**
 * The bench's phases that need more than one module: weighing every page
 * type and the search of a served build, and making a project copy with a
 * synthetic report. scripts/bench.ts only sequences them and prints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { measurePage, measureSearch, type SiteUnderTest } from './browser.ts';
import { benchProject, replaceContent, type BenchProject } from './project.ts';
import { PAGE_TYPES, type PageSummary, type SearchSummary } from './report.ts';
import { splitFrontmatter, syntheticReport } from './synthetic.ts';

/** A common term of the report for the first query, another for the warm one. */
export const SEARCH_TERMS = { first: '信访', warm: '安全生产' };

/** Where the search runs when the site has no search page yet. */
export const SEARCH_FALLBACK_PATH = 'sections/06/';

/**
 * Opens every page type on a fresh page, then searches: through the search
 * page's form when it has one, else through the Pagefind API from a section
 * page. Returns the pages, the search, and why any metric is missing.
 */
export async function weighSite(
  site: SiteUnderTest,
): Promise<{ pages: PageSummary[]; search: SearchSummary; notes: Record<string, string> }> {
  const pages: PageSummary[] = [];
  const notes: Record<string, string> = {};
  for (const t of PAGE_TYPES) {
    const r = await measurePage(site, t.path);
    if (r.status === 'ok') pages.push({ type: t.type, path: t.path, status: 'ok', weight: r.weight });
    else {
      pages.push({ type: t.type, path: t.path, status: 'missing' });
      notes[`page.${t.type}.gzipTotal`] = `page /${t.path} missing`;
    }
  }
  const searchPage = PAGE_TYPES.find((t) => t.type === 'search')?.path ?? 'search/';
  const hasSearch = pages.some((p) => p.type === 'search' && p.status === 'ok');
  const hasForm = hasSearch && readFileSync(join(site.dir, searchPage, 'index.html'), 'utf8').includes('data-search-form');
  const from = hasSearch ? searchPage : SEARCH_FALLBACK_PATH;
  const search = { ...(await measureSearch(site, from, SEARCH_TERMS, hasForm ? 'ui' : 'api')), fallback: !hasSearch };
  // Without a search page "open /search/ + first query" does not exist yet; the query-only cost is still in the table.
  if (!hasSearch) notes['search.first.gzipTotal'] = `no /${searchPage} page yet`;
  return { pages, search, notes };
}

/**
 * A project copy under parent whose content is a synthetic report of n
 * sections made from the copy's own real sections (never from or into the
 * checkout's content/).
 */
export function syntheticProject(root: string, parent: string, n: number): BenchProject {
  const p = benchProject(root, parent, `scale-${n}`);
  try {
    const sectionsDir = join(p.dir, 'content', 'sections');
    const real = readdirSync(sectionsDir)
      .filter((f) => f.endsWith('.mdx'))
      .map((f) => splitFrontmatter(readFileSync(join(sectionsDir, f), 'utf8'), f));
    const report = parse(readFileSync(join(p.dir, 'content', 'report.yaml'), 'utf8')) as Record<string, unknown>;
    replaceContent(p.dir, syntheticReport(report, real, n));
    return p;
  } catch (error) {
    p.remove();
    throw error;
  }
}
