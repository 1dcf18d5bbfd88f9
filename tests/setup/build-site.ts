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

function build(out: string, base: string): void {
  execFileSync(process.execPath, ['scripts/build.ts', '--out', out], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, SITE_BASE: base, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

export default function setup(project: TestProject): void {
  const siteDir = resolve(process.env['TEST_SITE_DIR'] ?? '.build/test-site');
  const baseSiteDir = resolve(process.env['TEST_SITE_BASE_DIR'] ?? '.build/test-site-base');
  if (!process.env['TEST_SITE_DIR']) build(siteDir, '/');
  if (!process.env['TEST_SITE_BASE_DIR']) build(baseSiteDir, BASE_PATH);
  project.provide('siteDir', siteDir);
  project.provide('baseSiteDir', baseSiteDir);
  project.provide('basePath', BASE_PATH);
}
