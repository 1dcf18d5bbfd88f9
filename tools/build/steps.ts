/**
 * The steps of npm run build (scripts/build.ts lists them), each a name and
 * what it does to the temporary output folder. What a step needs is loaded
 * when it starts, so that while Astro builds in a child process this process
 * holds only what it needs.
 */
import { join } from 'node:path';
import { siteConfig } from '../../site.config.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { CONTENT_DIR, isSectionFile } from '../../src/lib/content/layout.ts';
import type { Step } from './atomic.ts';
import type { SearchService } from './search-index.ts';

/** Above this many section entries, Astro builds in a process of its own (astro.ts). */
export const SEPARATE_ASTRO_ENTRIES = 500;

/** The number of section entries under the project's content/. */
export function sectionEntries(root: string): number {
  return filesUnder(join(root, CONTENT_DIR), isSectionFile).length;
}

/** Pagefind's service, started by the Astro step when it builds in this process, else by the search index step. */
let searchService: Promise<SearchService> | undefined;

/** Astro's build in this process, with the content check inside it; Pagefind's service starts meanwhile. */
export function astroHere(): Step {
  return {
    name: 'astro build (content check first)',
    run: async (tmp) => {
      searchService = import('./search-index.ts').then((m) => m.startSearchService());
      searchService.catch(() => undefined);
      await (await import('./astro.ts')).astroBuildHere(tmp);
    },
  };
}

/** Astro's build (the content check inside it) in a child process that exits before Pagefind starts. */
export function astroSeparately(entries: number, child: import('./astro.ts').AstroChildArgs): Step {
  return {
    name: 'astro build',
    run: async (tmp) => {
      console.log(
        `  ${entries} 个条目：Astro 在单独的进程中运行 / ${entries} entries: Astro runs in its own process, which exits before Pagefind starts`,
      );
      await (await import('./astro.ts')).astroBuildSeparately(tmp, entries, child);
    },
  };
}

/** Pagefind's index of the built pages, fed pre-segmented text (search-index.ts). */
export function searchIndex(): Step {
  return {
    name: 'pagefind',
    run: async (tmp) => {
      await (await import('./search-index.ts')).buildSearchIndex(tmp, (line) => console.log(line), searchService);
    },
  };
}

/** The checks on the finished output (verify.ts): every page there, the sitemap whole, the index complete. */
export function verify(): Step {
  return { name: 'verify', run: async (tmp) => (await import('./verify.ts')).verifyBuild(tmp, siteConfig.base) };
}
