/**
 * The content loaders of the two collections, over the report folders
 * content/reports/<slug>/ (src/lib/content/layout.ts):
 * - reports: each report.yaml, its id the slug;
 * - sections: each sections/NN-标题.mdx, its id <slug>/NN-标题, its body
 *   rendered to HTML here, once, when Astro syncs content
 *   (src/lib/markdown/render-body.ts: the MDX syntax the content check reads,
 *   the plugins of astro.config.mjs, no JavaScript compiled); Astro's data
 *   store keeps the HTML and a section page publishes it (entry.rendered.html).
 * So no entry becomes a Vite module: the build bundles the site's own pages
 * only, however many sections the archive holds, and nothing an editor
 * writes is ever compiled or run.
 *
 * Each file is read with the content check's YAML reader, so a mistake gets
 * the same message with its file and line, in `astro dev` too.
 *
 * The project's own modules are loaded with Node's require (Node strips
 * their types), not through Vite's module runner, which would transform each
 * of them again on every build: the loaders and the content check they run
 * are plain Node code, like scripts/check-content.ts. So is Astro's own glob
 * loader left out: importing astro/loaders would bring ≈ 40 of Astro's
 * modules through that runner for one folder listing. Measured with
 * src/content.config.ts's import of defineCollection: 114 modules transformed
 * at each content sync before, 10 now; the shipped build 1.96 → 1.82 s median
 * wall (6 alternated cold builds each); ≈ 80 ms of it by the require alone.
 * (An edit to src/lib reaches a running `astro dev` after its restart.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { Issue } from '../lib/issues.ts';
import type { BodyRenderer } from '../lib/markdown/render-body.ts';

const native = createRequire(import.meta.url);
const { formatIssues } = native('../lib/issues.ts') as typeof import('../lib/issues.ts');
const { parseYaml, splitFrontmatter } = native('../lib/content/yaml.ts') as typeof import('../lib/content/yaml.ts');
const { treePolicyIssues } = native('../lib/content/body-policy.ts') as typeof import('../lib/content/body-policy.ts');
const { REPORTS_DIR, REPORT_FILE, SECTIONS_DIR } = native('../lib/content/layout.ts') as typeof import('../lib/content/layout.ts');
const { bodyRenderer, processorPlugins } = native('../lib/markdown/render-body.ts') as typeof import('../lib/markdown/render-body.ts');
const { reportSchema } = native('../schemas/report.ts') as typeof import('../schemas/report.ts');
const { sectionSchema } = native('../schemas/section.ts') as typeof import('../schemas/section.ts');

const CONTENT_DIR = 'content';
const REPORTS = `${CONTENT_DIR}/${REPORTS_DIR}`;

function list(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

/** The report folders' names, in a stable order (hidden folders left out). */
function reportSlugs(root: string): string[] {
  return list(join(root, REPORTS))
    .filter((d) => d.isDirectory() && !d.name.startsWith('.'))
    .map((d) => d.name)
    .sort();
}

/** Every report.yaml of the archive, relative to the project root. */
function reportFiles(root: string): string[] {
  return reportSlugs(root)
    .filter((slug) => list(join(root, REPORTS, slug)).some((d) => d.isFile() && d.name === REPORT_FILE))
    .map((slug) => `${REPORTS}/${slug}/${REPORT_FILE}`);
}

/** Every section file of the archive, relative to the project root, in a stable order. */
function sectionFiles(root: string): string[] {
  const files: string[] = [];
  for (const slug of reportSlugs(root)) {
    for (const f of list(join(root, REPORTS, slug, SECTIONS_DIR)).filter((d) => d.isFile() && d.name.endsWith('.mdx')).map((d) => d.name).sort()) {
      files.push(`${REPORTS}/${slug}/${SECTIONS_DIR}/${f}`);
    }
  }
  return files;
}

/** The entry id of a section file: <slug>/NN-标题. */
function sectionId(file: string): string {
  return file.slice(`${REPORTS}/`.length).replace(`/${SECTIONS_DIR}/`, '/').replace(/\.mdx$/, '');
}

function fail(issues: readonly Issue[]): never {
  throw new Error(`内容检查未通过 / content check failed:\n${formatIssues(issues)}`);
}

/** A file path from the watcher, relative to the project root with forward slashes. */
function relativeTo(root: string, path: string): string {
  return path.slice(root.length).replace(/^[\\/]/, '').split('\\').join('/');
}

type LoadOne = (file: string) => Promise<string>;

/** Every file into the store; entries whose file has gone are removed. */
async function loadAll(ctx: LoaderContext, files: readonly string[], loadOne: LoadOne): Promise<void> {
  const seen = new Set<string>();
  for (const file of files) seen.add(await loadOne(file));
  for (const id of ctx.store.keys()) if (!seen.has(id)) ctx.store.delete(id);
}

/**
 * astro dev: an edited file of the collection is loaded again; an added or
 * removed one reloads the list. One load at a time, in the order of the
 * events, so a load that read the file before a second save cannot finish
 * after that save's load and put the older text back.
 */
function watch(ctx: LoaderContext, root: string, mine: (rel: string) => boolean, loadOne: LoadOne, reload: () => Promise<void>): void {
  let queue: Promise<void> = Promise.resolve();
  ctx.watcher?.on('all', (event: string, path: string) => {
    const rel = relativeTo(root, path);
    if (!mine(rel)) return;
    queue = queue
      .then(() => (event === 'change' ? loadOne(rel).then(() => undefined) : reload()))
      .catch((e: unknown) => ctx.logger.error(e instanceof Error ? e.message : String(e)));
  });
}

/** The reports collection's loader: content/reports/<slug>/report.yaml, its id the slug. */
export function reportsLoader(): Loader {
  return {
    name: 'xszg-reports',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const loadOne = async (file: string): Promise<string> => {
        const content = readFileSync(join(root, file), 'utf8');
        const id = file.slice(`${REPORTS}/`.length).split('/')[0] ?? file;
        const issues: Issue[] = [];
        const yaml = parseYaml(file, content, reportSchema, issues, 1);
        if (!yaml.data) fail(issues);
        const data = await ctx.parseData({ id, data: yaml.data as unknown as Record<string, unknown>, filePath: file });
        ctx.store.set({ id, data, filePath: file, digest: ctx.generateDigest(content) });
        return id;
      };
      const reload = () => loadAll(ctx, reportFiles(root), loadOne);
      await reload();
      const parts = (rel: string) => rel.slice(`${REPORTS}/`.length).split('/');
      watch(ctx, root, (rel) => rel.startsWith(`${REPORTS}/`) && parts(rel).length === 2 && parts(rel)[1] === REPORT_FILE, loadOne, reload);
    },
  };
}

/** The sections collection's loader (see the header). */
export function sectionsLoader(): Loader {
  return {
    name: 'xszg-sections',
    load: async (ctx) => {
      const root = fileURLToPath(ctx.config.root);
      const render: BodyRenderer = bodyRenderer(processorPlugins(ctx.config.markdown.processor), (tree, input) => {
        const refused = treePolicyIssues(tree, input.line);
        if (refused.length > 0) fail(refused.map((i) => ({ file: input.file, line: i.line, field: '正文 / body', message: i.message })));
      });
      const loadOne = async (file: string): Promise<string> => {
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
      };
      const reload = () => loadAll(ctx, sectionFiles(root), loadOne);
      await reload();
      // scripts/build.ts asks for the content check here, once the sections are read: while Astro
      // syncs content, before it bundles or renders anything, with the parsers the loader has just
      // warmed (the build also sets XSZG_CONTENT_CHECKED, so src/data/archive.ts does not run it again).
      if (process.env['XSZG_CHECK_IN_LOADER'] === '1') {
        const { assertContent } = native('../lib/content/files.ts') as typeof import('../lib/content/files.ts');
        const warnings = assertContent(root);
        if (warnings.length > 0) ctx.logger.warn(formatIssues(warnings));
      }
      watch(ctx, root, (rel) => rel.startsWith(`${REPORTS}/`) && rel.includes(`/${SECTIONS_DIR}/`) && rel.endsWith('.mdx'), loadOne, reload);
    },
  };
}
