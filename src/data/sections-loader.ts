/**
 * The content loader of the sections collection: every
 * content/reports/<slug>/sections/NN-标题.mdx, its id <slug>/NN-标题.
 *
 * Each body is rendered to HTML here, once, when Astro syncs content
 * (src/lib/markdown/render-body.ts: the MDX syntax the content check reads,
 * the plugins of astro.config.mjs, no JavaScript compiled), and Astro's data
 * store keeps the HTML; a section page publishes it (entry.rendered.html).
 * So no entry becomes a Vite module: the build bundles the site's own pages
 * only, however many sections the archive holds, and nothing an editor
 * writes is ever compiled or run.
 *
 * Frontmatter is read with the content check's YAML reader, so a mistake
 * gets the same message with its line, in `astro dev` too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { formatIssues, type Issue } from '../lib/issues.ts';
import { parseYaml, splitFrontmatter } from '../lib/content/yaml.ts';
import { treePolicyIssues } from '../lib/content/body-policy.ts';
import { REPORTS_DIR, SECTIONS_DIR } from '../lib/content/layout.ts';
import { bodyRenderer, processorPlugins, type BodyRenderer } from '../lib/markdown/render-body.ts';
import { sectionSchema } from '../schemas/section.ts';

const CONTENT_DIR = 'content';

/** Every section file of the archive, relative to the project root, in a stable order. */
function sectionFiles(root: string): string[] {
  const reports = join(root, CONTENT_DIR, REPORTS_DIR);
  const list = (dir: string) => {
    try {
      return readdirSync(dir, { withFileTypes: true });
    } catch {
      return [];
    }
  };
  const files: string[] = [];
  for (const slug of list(reports).filter((d) => d.isDirectory() && !d.name.startsWith('.')).map((d) => d.name).sort()) {
    for (const f of list(join(reports, slug, SECTIONS_DIR)).filter((d) => d.isFile() && d.name.endsWith('.mdx')).map((d) => d.name).sort()) {
      files.push(`${CONTENT_DIR}/${REPORTS_DIR}/${slug}/${SECTIONS_DIR}/${f}`);
    }
  }
  return files;
}

/** The entry id of a section file: <slug>/NN-标题. */
function sectionId(file: string): string {
  return file.slice(`${CONTENT_DIR}/${REPORTS_DIR}/`.length).replace(`/${SECTIONS_DIR}/`, '/').replace(/\.mdx$/, '');
}

function fail(issues: readonly Issue[]): never {
  throw new Error(`内容检查未通过 / content check failed:\n${formatIssues(issues)}`);
}

/** Reads, validates and renders one section file into the store. */
async function loadOne(ctx: LoaderContext, root: string, render: BodyRenderer, file: string): Promise<string> {
  const content = readFileSync(join(root, file), 'utf8');
  const id = sectionId(file);
  const split = splitFrontmatter(content);
  if (!split) fail([{ file, line: 1, field: 'frontmatter', message: '文件应以 --- 开头、以 --- 结束的字段块开始，未找到 / expected a frontmatter block between --- lines at the top, found none' }]);
  const issues: Issue[] = [];
  const yaml = parseYaml(file, split.yaml, sectionSchema, issues, 2);
  if (!yaml.data) fail(issues);
  const frontmatter = yaml.data as unknown as Record<string, unknown>;
  const html = await render({ body: split.body, file, line: split.bodyLine, frontmatter });
  const data = await ctx.parseData({ id, data: frontmatter, filePath: file });
  ctx.store.set({ id, data, body: split.body, filePath: file, digest: ctx.generateDigest(content), rendered: { html, metadata: { frontmatter } } });
  return id;
}

/** Every section file into the store; entries whose file has gone are removed. */
async function loadAll(ctx: LoaderContext, root: string, render: BodyRenderer): Promise<void> {
  const seen = new Set<string>();
  for (const file of sectionFiles(root)) seen.add(await loadOne(ctx, root, render, file));
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

/** The sections collection's loader (see the header). */
export function sectionsLoader(): Loader {
  return {
    name: 'xszg-sections',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const render = bodyRenderer(processorPlugins(ctx.config.markdown.processor), (tree, input) => {
        const refused = treePolicyIssues(tree, input.line);
        if (refused.length > 0) fail(refused.map((i) => ({ file: input.file, line: i.line, field: '正文 / body', message: i.message })));
      });
      await loadAll(ctx, root, render);
      // scripts/build.ts asks for the content check here, once the sections are read: while Astro
      // syncs content, before it bundles or renders anything, with the parsers the loader has just
      // warmed (the build also sets XSZG_CONTENT_CHECKED, so src/data/archive.ts does not run it again).
      if (process.env['XSZG_CHECK_IN_LOADER'] === '1') {
        const { assertContent } = await import('../lib/content/files.ts');
        const warnings = assertContent(root);
        if (warnings.length > 0) ctx.logger.warn(formatIssues(warnings));
      }
      // astro dev: an edited section is loaded again; an added or removed one reloads the list.
      ctx.watcher?.on('all', (event: string, path: string) => {
        const rel = path.slice(root.length).replace(/^[\\/]/, '').split('\\').join('/');
        if (!rel.startsWith(`${CONTENT_DIR}/${REPORTS_DIR}/`) || !rel.includes(`/${SECTIONS_DIR}/`) || !rel.endsWith('.mdx')) return;
        const again = event === 'change' ? loadOne(ctx, root, render, rel) : loadAll(ctx, root, render);
        again.catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
      });
    },
  };
}
