/**
 * Builds the site once for the build and browser tests: at the root path and
 * under a sub-path (/xszg/), each into its own folder under .build/.
 * TEST_SITE_DIR / TEST_SITE_BASE_DIR reuse existing builds instead.
 */
import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    baseSiteDir: string;
    basePath: string;
  }
}

export const BASE_PATH = '/xszg/';

/**
 * Government footer items: the root build leaves the optional ones unset, the
 * base-path build sets all four, so tests see both "shown when set" and "left
 * out when not". Build by hand with these to reuse a build (TEST_SITE_*_DIR).
 */
export const FOOTER_ENV = {
  root: { SITE_SPONSOR: '', SITE_CODE: '', SITE_ICP: '', SITE_PUBLIC_SECURITY: '' },
  base: {
    SITE_SPONSOR: '泰州市姜堰区测试主办单位',
    SITE_CODE: '3212040001',
    SITE_ICP: '苏ICP备00000000号',
    SITE_PUBLIC_SECURITY: '苏公网安备 32120402000000号',
  },
};

function build(out: string, base: string, extraEnv: Record<string, string>): void {
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ...extraEnv, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

export default function setup(project: TestProject): void {
  const siteDir = resolve(process.env['TEST_SITE_DIR'] ?? '.build/test-site');
  const baseSiteDir = resolve(process.env['TEST_SITE_BASE_DIR'] ?? '.build/test-site-base');
  if (!process.env['TEST_SITE_DIR']) build(siteDir, '/', FOOTER_ENV.root);
  if (!process.env['TEST_SITE_BASE_DIR']) build(baseSiteDir, BASE_PATH, FOOTER_ENV.base);
  project.provide('siteDir', siteDir);
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('basePath', BASE_PATH);
}
