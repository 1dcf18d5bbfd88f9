/**
 * npm run audit [-- --dir <built site>] [-- --base /xszg/]
 * Serves a built site on 127.0.0.1 and runs Lighthouse (mobile, simulated
 * throttling) on the home page, the heaviest section page and the search
 * page (taken from the site's sitemap, tools/bench/site.ts) with
 * Debian's chromium, then prints the four category scores for each.
 * Builds dist/ first when it is missing. Not part of npm test.
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import { readScores, scoreTable, type Category, type Lhr } from '../tools/audit/scores.ts';
import { CHROMIUM, INSTALL_HINT, serveSite } from '../tools/bench/harness.ts';
import { pagesToWeigh } from '../tools/bench/site.ts';

const { values } = parseArgs({ options: { dir: { type: 'string', default: 'dist' }, base: { type: 'string', default: '/' } } });
const CHROME_FLAGS =
  '--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync';
const lighthouse = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));

if (!existsSync(CHROMIUM)) {
  console.error(`chromium not found at ${CHROMIUM}; install it with: ${INSTALL_HINT}`);
  process.exit(1);
}
if (!existsSync(join(values.dir, 'index.html'))) {
  console.log(`no built site in ${values.dir}/, building it first`);
  execFileSync(process.execPath, ['scripts/build.ts', '--out', values.dir], {
    stdio: 'inherit',
    env: { ...process.env, SITE_BASE: values.base },
  });
}

const PAGES = pagesToWeigh(values.dir, values.base)
  .filter((p) => p.type === 'home' || p.type === 'section' || p.type === 'search')
  .map((p) => [p.type, p.path] as const);
const server = await serveSite(values.dir, values.base);
const work = mkdtempSync(join(tmpdir(), 'xszg-audit-'));
const rows: { name: string; scores: Record<Category, number | null> | null; note?: string }[] = [];
const failing: string[] = [];
try {
  for (const [name, path] of PAGES) {
    const url = server.root + path;
    const status = (await fetch(url)).status;
    if (status !== 200) {
      rows.push({ name, scores: null, note: `HTTP ${status}, skipped (${url})` });
      continue;
    }
    const out = join(work, `${name}.json`);
    console.log(`lighthouse ${url}`);
    // Asynchronous: the server above runs in this process and must keep answering.
    await promisify(execFile)(
      process.execPath,
      [
        lighthouse,
        url,
        '--quiet',
        '--output=json',
        `--output-path=${out}`,
        '--only-categories=performance,accessibility,best-practices,seo',
        `--chrome-flags=${CHROME_FLAGS}`,
      ],
      { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024 },
    );
    const lhr = JSON.parse(readFileSync(out, 'utf8')) as Lhr;
    const result = readScores(lhr);
    rows.push({ name, scores: result.scores, ...(lhr.runtimeError ? { note: lhr.runtimeError.message } : {}) });
    failing.push(...result.failing.map((f) => `${name} - ${f}`));
  }
} finally {
  await server.close();
  rmSync(work, { recursive: true, force: true });
}
console.log(`\n${scoreTable(rows)}`);
if (failing.length) console.log(`\nbelow 100:\n${failing.map((f) => `  ${f}`).join('\n')}`);
