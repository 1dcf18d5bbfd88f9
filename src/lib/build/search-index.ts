/**
 * Builds the Pagefind index for a built site through Pagefind's Node API,
 * feeding it each page with its text pre-segmented (src/lib/search/segment.ts)
 * so index and query split Chinese the same way. Readers get the pages as
 * built; only the index sees the segmented text.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import * as pagefind from 'pagefind';
import { htmlForIndex } from '../search/index-html.ts';
import { htmlFilesUnder } from '../fs/files.ts';

/** Pagefind's prebuilt UIs, which this site does not load. */
export const UNUSED_BUNDLE = /^pagefind-(ui|component-ui|modular-ui|highlight)\.(js|css)$/;

/** Writes dir/pagefind/ (index, pagefind.js) for the HTML pages under dir; returns the number of files read. */
export async function buildSearchIndex(dir: string, log: (line: string) => void = () => {}): Promise<number> {
  const output = join(dir, 'pagefind');
  rmSync(output, { recursive: true, force: true });
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const files = htmlFilesUnder(dir);
    for (const file of files) {
      const html = readFileSync(join(dir, file), 'utf8');
      const added = await index.addHTMLFile({ sourcePath: file, content: htmlForIndex(html) });
      if (added.errors.length > 0) throw new Error(`Pagefind ${file}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    // The search page uses pagefind.js directly; Pagefind's own UI bundles
    // (≈ 430 KB) would only be dead weight on the server.
    for (const f of readdirSync(output)) if (UNUSED_BUNDLE.test(f)) rmSync(join(output, f));
    log(`  search index: ${files.length} HTML files read → ${relative(process.cwd(), output) || output}`);
    return files.length;
  } finally {
    await pagefind.close();
  }
}
