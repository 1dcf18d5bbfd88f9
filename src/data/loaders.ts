/**
 * The content loaders of the site's collections: thin adapters over the
 * content check's reader (src/lib/content/files.ts readContent), the only
 * code that reads content/. One reading of the tree, checked once, feeds
 * every collection (src/lib/content/shared-reading.ts):
 * - reports: one entry per report folder, its id the slug, with its source
 *   text, the text's SHA-256 and its allowlist (src/lib/content/entries.ts);
 * - sections: one entry per sections/NN-标题.mdx, its id <slug>/NN-标题, with
 *   its paragraphs and its body rendered to HTML here, from the tree the
 *   reader parsed (src/lib/markdown/render-body.ts: the plugins of
 *   astro.config.mjs, no JavaScript compiled), with the places of its
 *   figures (src/lib/metrics/figure-places.ts) as offsets in that HTML; a
 *   section page publishes it (entry.rendered), its figures at their places;
 * - contentCheck: one entry, what the check found in that reading.
 * So no entry becomes a Vite module, and nothing an editor writes is ever
 * compiled or run.
 *
 * A build (no watcher) stops at a failed check with its message (file:line,
 * field, expected, found) before Astro bundles or renders anything. In
 * `astro dev` a change under content/ is read and checked once; a failed
 * check leaves the reports and sections as they were and is recorded, so
 * every page shows its message (src/data/archive.ts) until it is fixed.
 *
 * The project's own modules are loaded with Node's require (Node strips
 * their types), not through Vite's module runner, which would transform each
 * of them again on every build: the loaders and the check are plain Node
 * code, like scripts/check-content.ts. (An edit to src/lib reaches a running
 * `astro dev` after its restart.)
 */
import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Issue } from '../lib/issues.ts';
import type { ContentCheckData, ContentEntry, ReportEntryData, SectionEntryInput } from '../lib/content/entries.ts';
import type { Numbered } from '../lib/content/shared-reading.ts';

const native = createRequire(import.meta.url);
const { formatIssues, RefusalError } = native('../lib/issues.ts') as typeof import('../lib/issues.ts');
const { readContent, contentFailure } = native('../lib/content/files.ts') as typeof import('../lib/content/files.ts');
const { CHECK_ENTRY, reportEntries, sectionEntries } = native('../lib/content/entries.ts') as typeof import('../lib/content/entries.ts');
const { sharedReading } = native('../lib/content/shared-reading.ts') as typeof import('../lib/content/shared-reading.ts');
const { treePolicyIssues } = native('../lib/content/body-policy.ts') as typeof import('../lib/content/body-policy.ts');
const { CONTENT_DIR } = native('../lib/content/layout.ts') as typeof import('../lib/content/layout.ts');
const { bodyRenderer, processorPlugins } = native('../lib/markdown/render-body.ts') as typeof import('../lib/markdown/render-body.ts');
const { figurePlaces, frontmatterFigures } = native('../lib/metrics/figure-places.ts') as typeof import('../lib/metrics/figure-places.ts');
const { postVerdict } = native('../lib/dev/verdict.ts') as typeof import('../lib/dev/verdict.ts');

/** What the collections publish of one reading, and what the check found in it. */
interface Published {
  reports: ContentEntry<ReportEntryData>[];
  sections: SectionEntryInput[];
  errors: Issue[];
  warnings: Issue[];
}

/**
 * The tree under root read and checked, kept as the entries it gives: the
 * report folders (their YAML documents, kept for the check's line numbers)
 * are let go as soon as the check is done.
 */
function readPublished(root: string): Published {
  const { folders, errors, warnings } = readContent(root);
  return { reports: reportEntries(folders), sections: sectionEntries(folders), errors, warnings };
}

type Reading = Numbered<Published>;
type Apply = (ctx: LoaderContext, r: Reading) => Promise<void>;

/** Puts entries into a collection's store; entries no longer read are removed. */
function replaceAll(
  ctx: LoaderContext,
  entries: readonly { id: string; filePath?: string; data: object; rendered?: { html: string; metadata: Record<string, unknown> } }[],
): void {
  const seen = new Set<string>();
  for (const e of entries) {
    seen.add(e.id);
    const data = e.data as Record<string, unknown>;
    ctx.store.set({ ...e, data, digest: ctx.generateDigest(JSON.stringify([data, e.rendered])) });
  }
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

const applyReports: Apply = async (ctx, { value }) => replaceAll(ctx, value.reports);

const applySections: Apply = async (ctx, { value }) => {
  const guard = (tree: Parameters<typeof treePolicyIssues>[0], input: { file: string; line: number }) => {
    const refused = treePolicyIssues(tree, input.line);
    if (refused.length > 0)
      throw new RefusalError(
        contentFailure(refused.map((i) => ({ file: input.file, line: i.line, field: '正文 / body', message: i.message }))),
      );
  };
  const render = bodyRenderer(processorPlugins(ctx.config.markdown.processor), guard, (tree, input) =>
    figurePlaces(tree, frontmatterFigures(input.frontmatter)),
  );
  const entries = [];
  for (const s of value.sections) {
    const { paragraphs: _, subProblems: _s, ...frontmatter } = s.data;
    const { html, places } = await render({ tree: s.tree, file: s.filePath, line: s.bodyLine, frontmatter });
    entries.push({ id: s.id, filePath: s.filePath, data: s.data, rendered: { html, metadata: { places } } });
  }
  replaceAll(ctx, entries);
};

/** The loaders of the reports, sections and contentCheck collections, sharing one reading of content/. */
export function contentLoaders(): { reports: Loader; sections: Loader; contentCheck: Loader } {
  const session = randomUUID();
  let root = '';
  const reading = sharedReading(() => readPublished(root), ['reports', 'sections', 'contentCheck']);

  const applyCheck: Apply = async (ctx, { value, reading: n }) => {
    if (value.warnings.length > 0) ctx.logger.warn(formatIssues(value.warnings));
    const data: ContentCheckData = { errors: value.errors.length > 0 ? contentFailure(value.errors) : null, reading: `${session}:${n}` };
    // Only a watched load gets here with errors (a build stops at them): say so in the terminal too.
    if (data.errors) ctx.logger.error(data.errors);
    replaceAll(ctx, [{ id: CHECK_ENTRY, data }]);
    // The preview's gate (astro dev) answers with this verdict: src/integrations/dev-preview.ts.
    postVerdict(value.errors);
  };

  const loader = (collection: string, apply: Apply): Loader => ({
    name: `xszg-${collection}`,
    load: async (ctx) => {
      root = fileURLToPath(ctx.config.root);
      const r = reading.take(collection);
      const failed = r.value.errors.length > 0;
      if (!ctx.watcher) {
        if (failed) throw new RefusalError(contentFailure(r.value.errors));
        return apply(ctx, r);
      }
      // Watched: a failed check is recorded (contentCheck) and the rest keeps its last good reading.
      const update = (u: Reading) => (u.value.errors.length > 0 && apply !== applyCheck ? Promise.resolve() : apply(ctx, u));
      await update(r);
      const dir = join(root, CONTENT_DIR) + sep;
      reading.watch(
        collection,
        ctx.watcher,
        (path) => path.startsWith(dir),
        update,
        (e) => ctx.logger.error(e instanceof Error ? e.message : String(e)),
      );
    },
  });

  return {
    reports: loader('reports', applyReports),
    sections: loader('sections', applySections),
    contentCheck: loader('contentCheck', applyCheck),
  };
}
