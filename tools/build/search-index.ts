/**
 * Builds the Pagefind index for a built site through Pagefind's Node API,
 * feeding it each page with its text as index words (src/lib/search/tokens.ts:
 * one code per character), so that a quoted query is an exact phrase decided
 * by the index. Readers get the pages as built; only the index sees the words.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../../src/lib/search/index-html.ts';
import { htmlFilesUnder } from '../../src/lib/fs/files.ts';
import { asksToBeIndexed } from './verify.ts';

/** Pagefind's prebuilt UIs, which this site does not load. */
export const UNUSED_BUNDLE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** The language the index is built as (see buildSearchIndex). */
export const INDEX_LANGUAGE = 'und';

/**
 * Pagefind's index chunk size (its unit: postings plus word positions, 20,000
 * by default), read by Pagefind from this variable. A query downloads every
 * chunk holding one of its words; with the default, the shipped report's
 * whole index is a couple of chunks, so any first search paid for most of
 * the index. Smaller chunks let a first search fetch only its own words'
 * chunks, at the price of a metadata file every search loads, which grows as
 * the chunks shrink; 250 is where the bench found a first search lightest on
 * the shipped report while staying well within the 2,600-section budget (the
 * figures for each size tried are in CHANGELOG). The name says "unstable": if
 * a Pagefind release drops it, the default still works, only heavier, and
 * the bench's first-search budget says so.
 */
export const INDEX_CHUNK_SIZE = '250';

/**
 * Settings for the memory allocator of Pagefind's binary (jemalloc in its
 * Linux builds, which reads them from _RJEM_MALLOC_CONF, the name its Rust
 * crate gives the variable): memory freed for longer than 200 ms goes back to
 * the system instead of being kept for reuse for jemalloc's default 10 s.
 * Pagefind holds every page's words twice while it builds the index (its
 * pages and a copy of them per language), and frees much of it while it
 * still allocates the index, so giving freed memory back soon lowers a large
 * archive's peak for little more CPU; giving it back at once costs much more
 * CPU for hardly less memory (tools/bench/search-index-rss.ts measures it;
 * the figures are in CHANGELOG). Where Pagefind uses another allocator the
 * variable is ignored and only the memory differs.
 */
export const PAGEFIND_MALLOC_CONF = 'dirty_decay_ms:200';

/** Pages sent to Pagefind before waiting for its answers (bounds the memory of a large archive). */
const IN_FLIGHT = 16;

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

/**
 * Pages per fragment file. A result's text (its fragment) is fetched when the
 * result is shown; Pagefind writes one file per page unless told to write at
 * most `maxFragments` files, when it bundles consecutive pages into shared
 * files. Shared files paid off while results came in printed order (a
 * report's first ten sections in three requests); results now come most
 * relevant first (src/lib/search/rank.ts), rarely neighbours, so a shared
 * file costs its neighbours' text without saving a request: one page a file
 * (CHANGELOG has the bytes of both).
 */
export const PAGES_PER_FRAGMENT_FILE = 1;

/** Pagefind's maxFragments for an index of `pages` pages: about PAGES_PER_FRAGMENT_FILE pages per file. */
export function fragmentFileLimit(pages: number): number {
  return Math.max(1, Math.ceil(pages / PAGES_PER_FRAGMENT_FILE));
}

/** Pagefind's service, started early (while Astro builds) so that the search index step does not wait for it. */
export interface SearchService {
  /** The index for this many pages (see fragmentFileLimit). */
  createIndex: (pages: number) => Promise<Index>;
}

/**
 * Starts Pagefind's service, in which buildSearchIndex then creates and fills
 * the index: called early (while Astro builds), the service's start-up is
 * not waited for afterwards; the index itself is created once the number of
 * pages to index is known. The service inherits the environment set here.
 */
export async function startSearchService(): Promise<SearchService> {
  process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'] ??= INDEX_CHUNK_SIZE;
  process.env['_RJEM_MALLOC_CONF'] ??= PAGEFIND_MALLOC_CONF;
  // The words are codes, not Chinese: no language's word splitting or
  // stemming may touch them. "und" (undetermined) has neither; the browser
  // still picks this index, the only one, for the zh-CN pages.
  const create = async (maxFragments?: number) => {
    const { index, errors } = await pagefind.createIndex({
      forceLanguage: INDEX_LANGUAGE,
      ...(maxFragments === undefined ? {} : { maxFragments }),
    });
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    return index;
  };
  // Pagefind's service process starts with its first index; this one only starts it.
  await (await create()).deleteIndex();
  return { createIndex: (pages) => create(fragmentFileLimit(pages)) };
}

/**
 * Writes dir/pagefind/ (index, pagefind.js) for the HTML pages under dir,
 * in the service startSearchService started (started here when none is
 * given); returns the number of files read. Closes Pagefind's service.
 */
export async function buildSearchIndex(
  dir: string,
  log: (line: string) => void = () => {},
  started?: Promise<SearchService>,
): Promise<number> {
  const output = join(dir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  // Pagefind's service process inherits the environment when it starts (on the first createIndex).
  const previous = { chunkSize: process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'], mallocConf: process.env['_RJEM_MALLOC_CONF'] };
  try {
    const service = started ?? startSearchService();
    const files = htmlFilesUnder(dir);
    // Once any page has a data-pagefind-body element, Pagefind leaves every
    // page without one out of the index, so such pages are neither parsed nor
    // sent (the same index, checked byte for byte; half the site's pages are
    // redirects and lists). With none, Pagefind would index every page whole:
    // an archive whose reports are all withdrawn has none, and gets an empty
    // index (no pagefind.js; the search page says there is nothing to search).
    // Told by the test the verify step counts with, so the two agree. Found
    // first, so the index knows how many pages it will hold.
    const indexed = files.filter((file) => asksToBeIndexed(readFileSync(join(dir, file))));
    const index = await (await service).createIndex(indexed.length);
    // Sent without waiting for each answer (up to IN_FLIGHT at a time):
    // Pagefind indexes one page while this thread prepares the next.
    const inFlight = new Set<Promise<void>>();
    const failures: string[] = [];
    const send = async (file: string, html: string) => {
      while (inFlight.size >= IN_FLIGHT) await Promise.race(inFlight);
      const sent: Promise<void> = index
        .addHTMLFile({ sourcePath: file, content: htmlForIndex(html) })
        .then(
          (added) => void (added.errors.length > 0 && failures.push(`Pagefind ${file}: ${added.errors.join('; ')}`)),
          (error: unknown) => void failures.push(`Pagefind ${file}: ${error instanceof Error ? error.message : String(error)}`),
        )
        .then(() => void inFlight.delete(sent));
      inFlight.add(sent);
    };
    for (const file of indexed) await send(file, readFileSync(join(dir, file), 'utf8'));
    await Promise.all(inFlight);
    if (failures.length > 0) throw new Error(failures.join('\n'));
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The search page uses pagefind.js directly; Pagefind's own UI bundles
    // would only be dead weight on the server.
    for (const f of readdirSync(output)) if (UNUSED_BUNDLE.test(f)) rmSync(join(output, f));
    log(`  search index: ${files.length} HTML files read → ${relative(process.cwd(), output) || output}`);
    return files.length;
  } finally {
    await pagefind.close();
    if (previous.chunkSize === undefined) delete process.env['PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE'];
    if (previous.mallocConf === undefined) delete process.env['_RJEM_MALLOC_CONF'];
  }
}
