/**
 * npm run build [-- --out <dir>]
 * Builds the site and its search index into a temporary folder and replaces
 * the output folder (default dist/) only if everything succeeded.
 *
 * One Node process does it all (content check, Astro's build() API, Pagefind,
 * verify): no second Node start-up for Astro, and killing this process (or
 * npm above it) stops everything. A lock stops two builds publishing at once;
 * what a killed build left is put right by the next (src/lib/build/atomic.ts).
 */
import module from 'node:module';
import { parseArgs } from 'node:util';

// As Astro's own command line does: cache compiled modules on disk (Node's
// compile cache), so the next build starts faster. Before the imports below,
// which are most of the start-up.
if (!process.env['CI']) module.enableCompileCache?.();

const [{ build }, { abandonActiveBuild, buildAtomically, BuildStopped, goneAncestor, watchedAncestors }, { verifyBuild }, { assertContent }, { formatIssues }, { buildSearchIndex }, { siteConfig }] =
  await Promise.all([
    import('astro'),
    import('../src/lib/build/atomic.ts'),
    import('../src/lib/build/verify.ts'),
    import('../src/lib/content/files.ts'),
    import('../src/lib/issues.ts'),
    import('../src/lib/build/search-index.ts'),
    import('../site.config.ts'),
  ]);

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// The content check runs as the first step; Astro need not repeat it (src/data/site.ts).
process.env['XSZG_CONTENT_CHECKED'] = '1';

const failed = (why?: string) => {
  console.error(`✘ 构建失败,${values.out}/ 保持不变 / build failed; ${values.out}/ left unchanged`);
  if (why) console.error(why);
};

// Stopped from outside (Ctrl-C, kill, the terminal closing): nothing is published.
const SIGNALS = { SIGINT: 2, SIGTERM: 15, SIGHUP: 1 } as const;
for (const [signal, number] of Object.entries(SIGNALS)) {
  process.once(signal, () => {
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
  abandonActiveBuild();
  failed(why);
  process.exit(1);
}, 200);
watch.unref();

if (!process.env['SITE_URL']) {
  // Printed permalinks and the sitemap carry absolute addresses.
  console.warn(`⚠ 未设置 SITE_URL,打印的条目链接和站点地图将使用 ${siteConfig.url} / SITE_URL is not set: printed permalinks and the sitemap will use ${siteConfig.url}; set it to the public address before publishing`);
}

/** An Astro error as Astro's own command line would show it: message, where, hint. */
function astroMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = e.loc?.file ? `\n  at ${e.loc.file}${e.loc.line ? `:${e.loc.line}${e.loc.column ? `:${e.loc.column}` : ''}` : ''}` : '';
  return `${e.message}${where}${e.hint ? `\n  hint: ${e.hint}` : ''}`;
}

try {
  const out = await buildAtomically(
    values.out,
    [
      // The same check as npm run check:content, first: a bad edit fails in a second with file:line, before Astro starts.
      {
        name: 'content check',
        run: () => {
          const warnings = assertContent(process.cwd());
          if (warnings.length > 0) console.warn(formatIssues(warnings));
        },
      },
      {
        name: 'astro build',
        run: async (tmp) => {
          try {
            await build({ root: process.cwd(), outDir: tmp, mode: 'production' });
          } catch (error) {
            throw new Error(`astro build: ${astroMessage(error)}`);
          }
        },
      },
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
