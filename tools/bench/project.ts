/**
 * Throwaway copies of the project for benchmark builds. Unlike the test
 * helper's copy, node_modules is a real folder of its own, so Astro's and
 * Vite's caches (node_modules/.astro, .vite) belong to the copy: one build's
 * cache can neither speed up nor break another's, and the bench never
 * touches the checkout's caches, dist/ or content/.
 *
 * Its packages are hard links to the installed files (cp -al), not symbolic
 * links to the package folders: then every module resolves as in a checkout
 * after npm ci. Through symbolic links Node and Vite resolve the real path
 * of every file they load, which made the shipped build measurably slower
 * than the same build in the checkout (CHANGELOG), a handicap Starlight's own
 * installed project does not carry. Where hard links cannot be made (another
 * file system), symbolic ones.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { execFileSync } from 'node:child_process';
import type { ContentFile } from './synthetic.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';

/** What a build reads from the project root. */
export const PROJECT_FILES = [
  'src',
  'tools',
  'content',
  'scripts',
  'public',
  'astro.config.mjs',
  'site.config.ts',
  'tsconfig.json',
  'package.json',
];

/** Caches a build writes; removed before every measured build so each starts cold, like a fresh clone. */
export const BUILD_CACHES = ['node_modules/.astro', 'node_modules/.vite', 'node_modules/.vite-temp', '.astro'];

const NOT_LINKED = new Set(['.astro', '.vite', '.vite-temp', '.vitest-cache', '.cache']);

export interface BenchProject {
  dir: string;
  remove: () => void;
}

/** Copies the project at root into a new folder under parent, linking each installed package. */
export function benchProject(root: string, parent: string, label: string): BenchProject {
  mkdirSync(parent, { recursive: true });
  const dir = mkdtempSync(join(parent, `${label}-`));
  for (const f of PROJECT_FILES) if (existsSync(join(root, f))) cpSync(join(root, f), join(dir, f), { recursive: true });
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) throw new Error(`${modules} not found: run npm ci first`);
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(modules)) {
    if (NOT_LINKED.has(name)) continue;
    try {
      execFileSync('cp', ['-al', join(modules, name), join(dir, 'node_modules', name)], { stdio: 'ignore' });
    } catch {
      rmSync(join(dir, 'node_modules', name), { recursive: true, force: true });
      symlinkSync(join(modules, name), join(dir, 'node_modules', name));
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Removes the build caches of a bench project so the next build is cold. */
export function clearBuildCaches(dir: string): void {
  for (const c of BUILD_CACHES) rmSync(join(dir, c), { recursive: true, force: true });
}

/** Writes content files (paths relative to content/) into a project copy. */
export function writeContent(dir: string, files: readonly ContentFile[]): void {
  for (const f of files) {
    const path = join(dir, 'content', f.path);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, f.content);
  }
}

/** Total bytes and file count of a folder on disk (of the files include accepts). */
export function folderSize(dir: string, include: (path: string) => boolean = () => true): { bytes: number; files: number } {
  const files = filesUnder(dir)
    .map((f) => join(dir, f))
    .filter(include);
  return { bytes: files.reduce((sum, p) => sum + statSync(p).size, 0), files: files.length };
}

/**
 * The report folders of a project, shipped report first: content/reports/<slug>/
 * (one per report, each with report.yaml and sections/), or content/ itself
 * in the one-report layout.
 */
export function reportDirs(projectDir: string): string[] {
  const reports = join(projectDir, 'content', 'reports');
  if (!existsSync(reports)) return existsSync(join(projectDir, 'content', 'report.yaml')) ? [join(projectDir, 'content')] : [];
  return readdirSync(reports)
    .sort()
    .map((slug) => join(reports, slug))
    .filter((dir) => existsSync(join(dir, 'report.yaml')));
}
