/**
 * Before the build and browser tests: make sure chromium and the CJK fonts
 * are there. Installs them when it can (root with apt-get), otherwise stops
 * the run with the exact command (tools/testenv/browser.ts decides). The
 * browser tests are never skipped silently.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { browserPlan, chromiumPath, type BrowserEnv } from '../../tools/testenv/browser.ts';

const CHROMIUM = chromiumPath();

function detect(): BrowserEnv {
  const fonts = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  return {
    chromium: existsSync(CHROMIUM),
    chromiumPath: CHROMIUM,
    cjkFonts: fonts.status === 0 && fonts.stdout.trim() !== '',
    root: process.getuid?.() === 0,
    aptGet: existsSync('/usr/bin/apt-get'),
  };
}

function apt(args: string[]): void {
  const r = spawnSync('apt-get', args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} exited with ${r.status}`);
}

export default function setup(): void {
  let plan = browserPlan(detect());
  if (plan.kind === 'install') {
    console.log(`[e2e] installing ${plan.packages.join(' ')} for the browser tests (apt-get)…`);
    apt(['update', '-qq']);
    apt(['install', '-y', '-qq', ...plan.packages]);
    plan = browserPlan(detect(), true);
  }
  if (plan.kind === 'fail') throw new Error(plan.message);
}
