/**
 * npm run build [-- --out <dir>]
 * Builds the site and its search index into a temporary folder and replaces
 * the output folder (default dist/) only if everything succeeded.
 */
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildAtomically } from '../src/lib/build/atomic.ts';
import { verifyBuild } from '../src/lib/build/verify.ts';
import { assertContent } from '../src/lib/content/files.ts';
import { formatIssues } from '../src/lib/issues.ts';
import { buildSearchIndex } from '../src/lib/build/search-index.ts';
import { siteConfig } from '../site.config.ts';

const { values } = parseArgs({ options: { out: { type: 'string', default: 'dist' } } });
const bin = (path: string) => fileURLToPath(new URL(`../node_modules/${path}`, import.meta.url));
const astroBin = bin('astro/bin/astro.mjs');
// The content check runs as the first step; Astro need not repeat it (src/data/site.ts).
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', XSZG_CONTENT_CHECKED: '1' };
const run = (args: string[]) => execFileSync(process.execPath, args, { stdio: 'inherit', env });

if (!process.env['SITE_URL']) {
  // Printed permalinks and the sitemap carry absolute addresses.
  console.warn(`⚠ 未设置 SITE_URL,打印的条目链接和站点地图将使用 ${siteConfig.url} / SITE_URL is not set: printed permalinks and the sitemap will use ${siteConfig.url}; set it to the public address before publishing`);
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
      { name: 'astro build', run: (tmp) => run([astroBin, 'build', '--outDir', tmp]) },
      // Pagefind's Node API, fed pre-segmented text (see src/lib/build/search-index.ts).
      { name: 'pagefind', run: async (tmp) => void (await buildSearchIndex(tmp, (line) => console.log(line))) },
      { name: 'verify', run: (tmp) => verifyBuild(tmp) },
    ],
    (line) => console.log(line),
  );
  console.log(`✔ 已发布到 / published to ${out}`);
} catch (error) {
  console.error(`✘ 构建失败,${values.out}/ 保持不变 / build failed; ${values.out}/ left unchanged`);
  if (error instanceof Error && !('status' in error)) console.error(error.message);
  process.exit(1);
}
