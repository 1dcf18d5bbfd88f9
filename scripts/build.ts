/**
 * npm run build [-- --out <dir>] [--separate-astro]
 * Builds the site and its search index into a temporary folder and replaces
 * the output folder (default dist/) only if everything succeeded.
 *
 * One Node process does it all (Astro's build() API, the content check,
 * Pagefind, verify): no second Node start-up for Astro, and killing this
 * process (or npm above it) stops everything. A lock stops two builds publishing at once; what a
 * killed build left is put right by the next (src/lib/build/atomic.ts).
 *
 * Except for large archives (more than SEPARATE_ASTRO_ENTRIES section
 * entries, or --separate-astro): there Astro (with the content check in its
 * content loaders) runs in a child process that exits before
 * Pagefind starts, so the memory Astro's build keeps (outside V8's heap, not
 * given back) is not added to Pagefind's. The child watches this process and
 * stops if it goes.
 */
import module from 'node:module';
import { parseArgs } from 'node:util';

// As Astro's own command line does: cache compiled modules on disk (Node's
// compile cache), so the next build starts faster. Before the imports below,
// which are most of the start-up.
if (!process.env['CI']) module.enableCompileCache?.();
// Rolldown (Vite's bundler, native code loaded with Astro below) allocates with mimalloc, which
// keeps what it has freed for reuse instead of giving it back: told to give it back at once, Astro's
// build of 2,600 sections peaks at ≈ 640 MB instead of 820–880 MB (the same CPU time, measured).
// Set before Astro is loaded, and inherited by the processes this build starts.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';

const [{ spawn }, { join }, { filesUnder }, { abandonActiveBuild, buildAtomically, BuildStopped, goneAncestor, processStartTime, watchedAncestors }, { formatIssues }, { astroHeapCapMb, diedAtHeapLimit }, { mkdirSync, rmSync }, { siteConfig }] = await Promise.all([
  import('node:child_process'),
  import('node:path'),
  import('../src/lib/fs/files.ts'),
  import('../src/lib/build/atomic.ts'),
  import('../src/lib/issues.ts'),
  import('../src/lib/build/heap.ts'),
  import('node:fs'),
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

/** The content check, as npm run check:content runs it, in this process: warnings printed, errors thrown with file:line. */
async function contentCheck(): Promise<void> {
  const { assertContent } = await import('../src/lib/content/files.ts');
  const warnings = assertContent(process.cwd());
  if (warnings.length > 0) console.warn(formatIssues(warnings));
}

let child: import('node:child_process').ChildProcess | null = null;

/** Runs this Node with args as a child process (stdio shared), killed with this build; resolves with how it ended. */
function runChild(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((ok, fail) => {
    const c = spawn(process.execPath, args, { stdio: 'inherit', env });
    child = c;
    c.on('error', fail);
    c.on('close', (code, signal) => {
      child = null;
      ok({ code, signal });
    });
  });
}

/** A step in a child process of its own, which exits when done; `what` says what failed. */
async function inChild(args: readonly string[], what: string, env?: NodeJS.ProcessEnv): Promise<void> {
  const { code, signal } = await runChild(args, env);
  if (code !== 0) throw new Error(`${what} (${signal ?? `exit ${code}`}; its messages are above)`);
}

/** Pagefind's service, started early by astroBuildWithCheck (small archives), else by the search index step. */
let searchService: ReturnType<typeof import('../src/lib/build/search-index.ts').startSearchService> | undefined;

/**
 * Astro's build (small archives), in this process, with the content check
 * inside it: the content loaders read content/ once and check that reading
 * while Astro syncs content, before it bundles or renders anything
 * (src/data/loaders.ts), so a bad edit fails within a second. No entry's
 * text can run during the build, checked or not (bodies are rendered as
 * text). If Astro fails otherwise, the check runs again here and, if it
 * fails, its message (file, line, field, expected, found) is the one reported.
 */
async function astroBuildWithCheck(dir: string): Promise<void> {
  // Pagefind's service starts meanwhile, so the search index step does not wait for it.
  searchService = import('../src/lib/build/search-index.ts').then((m) => m.startSearchService());
  searchService.catch(() => undefined);
  try {
    await astroBuild(dir);
  } catch (error) {
    await contentCheck();
    throw error;
  }
}

if (values['astro-only'] !== undefined) {
  // The child of a separate Astro build (its content loaders run the content check). Stops when the
  // parent has gone: the parent it was started by, named in the environment, so that a parent
  // killed before this line runs is noticed too (this process then belongs to init).
  const [pid, start] = (process.env['XSZG_BUILD_PARENT'] ?? '').split(':');
  const parent = pid ? [{ pid: Number(pid), start: start || null }] : watchedAncestors().slice(0, 1);
  setInterval(() => goneAncestor(parent) && process.exit(1), 200).unref();
  try {
    await astroBuild(values['astro-only']);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}

/**
 * Astro's build into dir in a child process (this script with --astro-only),
 * which exits when done, with its heap capped near what it needs
 * (src/lib/build/heap.ts); if it dies at the cap, once more without one.
 */
async function astroBuildSeparately(dir: string, entries: number): Promise<void> {
  const env = { ...process.env, XSZG_BUILD_PARENT: `${process.pid}:${processStartTime(process.pid) ?? ''}` };
  const args = [process.argv[1] ?? 'scripts/build.ts', '--astro-only', dir];
  const cap = Number(process.env['XSZG_ASTRO_HEAP_MB'] ?? astroHeapCapMb(entries));
  const capped = cap > 0 ? await runChild([`--max-old-space-size=${cap}`, ...args], env) : { code: 1, signal: 'SIGABRT' as const };
  if (capped.code === 0) return;
  if (cap > 0 && !diedAtHeapLimit(capped.code, capped.signal)) throw new Error(`Astro 构建失败 / the Astro build failed (${capped.signal ?? `exit ${capped.code}`}; its messages are above)`);
  if (cap > 0) console.log(`  Astro 用完了 ${cap} MB 堆内存上限，不设上限重新构建 / Astro reached its ${cap} MB heap cap; building again without one`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await inChild(args, 'Astro 构建失败 / the Astro build failed', env);
}

const failed = (why?: string) => {
  console.error(`✘ 构建失败,${values.out}/ 保持不变 / build failed; ${values.out}/ left unchanged`);
  if (why) console.error(why);
};

// Stopped from outside (Ctrl-C, kill, the terminal closing): nothing is published.
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
    child?.kill('SIGKILL');
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
  child?.kill('SIGKILL');
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
      ...(separate
        ? [
            // Large archives: the content check runs in Astro's child, in its content loaders.
            {
              name: 'astro build',
              run: (tmp: string) => {
                console.log(`  ${entries} 个条目：Astro 在单独的进程中运行 / ${entries} entries: Astro runs in its own process, which exits before Pagefind starts`);
                return astroBuildSeparately(tmp, entries);
              },
            },
          ]
        : [{ name: 'astro build (content check first)', run: astroBuildWithCheck }]),
      // Pagefind's Node API, fed pre-segmented text (see src/lib/build/search-index.ts).
      // Loaded when their steps start, so that while a separate Astro build runs this process holds only what it needs.
      {
        name: 'pagefind',
        run: async (tmp) => {
          const { buildSearchIndex } = await import('../src/lib/build/search-index.ts');
          await buildSearchIndex(tmp, (line) => console.log(line), searchService);
        },
      },
      { name: 'verify', run: async (tmp) => (await import('../src/lib/build/verify.ts')).verifyBuild(tmp, siteConfig.base) },
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
