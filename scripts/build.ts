/**
 * npm run build [-- --out <dir>] [--separate-astro]
 * Builds the site and its search index into a temporary folder and replaces
 * the output folder (default dist/) only if everything succeeded.
 *
 * One Node process does it all (content check, Astro's build() API, Pagefind,
 * verify): no second Node start-up for Astro, and killing this process (or
 * npm above it) stops everything. A lock stops two builds publishing at once;
 * what a killed build left is put right by the next (src/lib/build/atomic.ts).
 *
 * Except for large archives (more than SEPARATE_ASTRO_ENTRIES section
 * entries, or --separate-astro): there the content check and Astro run, in
 * that order, in a child process that exits before Pagefind starts, because
 * Astro's build keeps about a gigabyte of native memory (outside V8's heap,
 * not given back) at 2,600 sections, and Pagefind's own would be added on
 * top. The child watches this process and stops if it goes.
 */
import module from 'node:module';
import { parseArgs } from 'node:util';

// As Astro's own command line does: cache compiled modules on disk (Node's
// compile cache), so the next build starts faster. Before the imports below,
// which are most of the start-up.
if (!process.env['CI']) module.enableCompileCache?.();

const [{ spawn }, { join }, { filesUnder }, { abandonActiveBuild, buildAtomically, BuildStopped, goneAncestor, watchedAncestors }, { verifyBuild }, { assertContent }, { formatIssues }, { buildSearchIndex }, { siteConfig }] =
  await Promise.all([
    import('node:child_process'),
    import('node:path'),
    import('../src/lib/fs/files.ts'),
    import('../src/lib/build/atomic.ts'),
    import('../src/lib/build/verify.ts'),
    import('../src/lib/content/files.ts'),
    import('../src/lib/issues.ts'),
    import('../src/lib/build/search-index.ts'),
    import('../site.config.ts'),
  ]);

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    'separate-astro': { type: 'boolean', default: false },
    // Internal: the child process of a separate Astro build, building into this folder.
    'astro-only': { type: 'string' },
  },
});
/** Above this many section entries, Astro builds in its own process (see the header). */
const SEPARATE_ASTRO_ENTRIES = 500;
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The content check runs as the first step; Astro need not repeat it (src/data/archive.ts).
process.env['XSZG_CONTENT_CHECKED'] = '1';

/** An Astro error as Astro's own command line would show it: message, where, hint. */
function astroMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = e.loc?.file ? `\n  at ${e.loc.file}${e.loc.line ? `:${e.loc.line}${e.loc.column ? `:${e.loc.column}` : ''}` : ''}` : '';
  return `${e.message}${where}${e.hint ? `\n  hint: ${e.hint}` : ''}`;
}

/** Astro's build() into dir, in this process. */
async function astroBuild(dir: string): Promise<void> {
  const { build } = await import('astro');
  try {
    await build({ root: process.cwd(), outDir: dir, mode: 'production' });
  } catch (error) {
    throw new Error(`astro build: ${astroMessage(error)}`);
  }
}

/** The content check, as npm run check:content runs it; warnings printed, errors thrown with file:line. */
function contentCheck(): void {
  const warnings = assertContent(process.cwd());
  if (warnings.length > 0) console.warn(formatIssues(warnings));
}

if (values['astro-only'] !== undefined) {
  // The child of a separate Astro build: the content check (first, as ever), then Astro, so
  // the check's memory is not held by the parent while Astro runs. Stops when the parent has gone.
  const parent = watchedAncestors().slice(0, 1);
  setInterval(() => goneAncestor(parent) && process.exit(1), 200).unref();
  process.env['XSZG_CONTENT_CHECKED'] = '1';
  try {
    contentCheck();
    console.log('▶ astro build');
    await astroBuild(values['astro-only']);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

let astroChild: import('node:child_process').ChildProcess | null = null;

/** Astro's build into dir in a child process (this script with --astro-only), which exits when done. */
function astroBuildSeparately(dir: string): Promise<void> {
  return new Promise((ok, fail) => {
    const child = spawn(process.execPath, [process.argv[1] ?? 'scripts/build.ts', '--astro-only', dir], { stdio: 'inherit', env: process.env });
    astroChild = child;
    child.on('error', fail);
    child.on('close', (code, signal) => {
      astroChild = null;
      if (code === 0) ok();
      else fail(new Error(`内容检查或 Astro 构建失败 / the content check or Astro build failed (${signal ?? `exit ${code}`}; its messages are above)`));
    });
  });
}

const failed = (why?: string) => {
  console.error(`✘ 构建失败,${values.out}/ 保持不变 / build failed; ${values.out}/ left unchanged`);
  if (why) console.error(why);
};

// Stopped from outside (Ctrl-C, kill, the terminal closing): nothing is published.
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
    astroChild?.kill('SIGKILL');
    abandonActiveBuild();
    failed(`收到 ${signal},构建停止 / stopped by ${signal}`);
    process.exit(128 + number);
  });
}
// npm killed outright (SIGKILL) sends no signal on: watch it, and stop rather than publish as an orphan.
const watched = watchedAncestors();
const watch = setInterval(() => {
  const why = goneAncestor(watched);
  if (!why) return;
  astroChild?.kill('SIGKILL');
  abandonActiveBuild();
  failed(why);
  process.exit(1);
}, 200);
watch.unref();

if (!process.env['SITE_URL']) {
  // Printed permalinks and the sitemap carry absolute addresses.
  console.warn(`⚠ 未设置 SITE_URL,打印的条目链接和站点地图将使用 ${siteConfig.url} / SITE_URL is not set: printed permalinks and the sitemap will use ${siteConfig.url}; set it to the public address before publishing`);
}

const entries = filesUnder(join(process.cwd(), 'content'), (p) => /(^|\/)sections\/[^/]+\.mdx$/.test(p)).length;
const separate = values['separate-astro'] || entries > SEPARATE_ASTRO_ENTRIES;

try {
  const out = await buildAtomically(
    values.out,
    [
      // The same check as npm run check:content, first: a bad edit fails in a second with file:line, before Astro starts.
      ...(separate
        ? [
            {
              name: 'content check',
              run: (tmp: string) => {
                console.log(`  ${entries} 个条目:内容检查和 Astro 在单独的进程中运行 / ${entries} entries: the content check and Astro run in their own process, which exits before Pagefind starts`);
                return astroBuildSeparately(tmp);
              },
            },
          ]
        : [
            { name: 'content check', run: contentCheck },
            { name: 'astro build', run: astroBuild },
          ]),
      // Pagefind's Node API, fed pre-segmented text (see src/lib/build/search-index.ts).
      { name: 'pagefind', run: async (tmp) => void (await buildSearchIndex(tmp, (line) => console.log(line))) },
      { name: 'verify', run: (tmp) => verifyBuild(tmp, siteConfig.base) },
    ],
    { log: (line) => console.log(line), shouldStop: () => goneAncestor(watched) },
  );
  console.log(`✔ 已发布到 / published to ${out}`);
  // Astro's build can leave handles (file watchers, workers) open; the build is done.
  process.exit(0);
} catch (error) {
  failed(error instanceof BuildStopped || error instanceof Error ? error.message : String(error));
  process.exit(error instanceof BuildStopped ? 75 : 1);
}
