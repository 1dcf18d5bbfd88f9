/**
 * Astro's build, the first step of npm run build: in the build's own process
 * (small archives), or in a child process that exits before Pagefind starts
 * (large archives), so the memory Astro's build keeps (outside V8's heap, not
 * given back) is not added to Pagefind's. Either way the content check runs
 * inside it: the content loaders read content/ once and check that reading
 * while Astro syncs content, before it bundles or renders anything
 * (src/data/loaders.ts), so a bad edit fails at once. No entry's text can run
 * during the build, checked or not (bodies are rendered as text).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { formatIssues } from '../../src/lib/issues.ts';
import { goneAncestor, processStartTime, watchedAncestors } from './atomic.ts';
import { inChild, runChild } from './child.ts';
import { astroHeapCapMb, diedAtHeapLimit } from './heap.ts';

/** An Astro error as Astro's own command line would show it: message, where, hint. */
export function astroMessage(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const e = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = e.loc?.file ? `\n  at ${e.loc.file}${e.loc.line ? `:${e.loc.line}${e.loc.column ? `:${e.loc.column}` : ''}` : ''}` : '';
  return `${e.message}${where}${e.hint ? `\n  hint: ${e.hint}` : ''}`;
}

/** Astro's build() of the project in the working folder into dir, in this process. */
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
  const { assertContent } = await import('../../src/lib/content/files.ts');
  const warnings = assertContent(process.cwd());
  if (warnings.length > 0) console.warn(formatIssues(warnings));
}

/**
 * Astro's build into dir in this process. If Astro fails for another reason
 * than the check, the check runs again here and, if it fails, its message
 * (file, line, field, expected, found) is the one reported.
 */
export async function astroBuildHere(dir: string): Promise<void> {
  try {
    await astroBuild(dir);
  } catch (error) {
    await contentCheck();
    throw error;
  }
}

/** How the child of a separate build is started: the build script, the folder, the parent to outlive it by. */
export interface AstroChildArgs {
  /** The build script to run again with --astro-only. */
  script: string;
  /** The heap cap in MB; 0 for none. Default: from the number of entries (heap.ts). */
  heapMb?: number | undefined;
}

/**
 * Astro's build into dir in a child process (the build script with
 * --astro-only), which exits when done, with its heap capped near what it
 * needs (heap.ts); if it dies at the cap, once more without one.
 */
export async function astroBuildSeparately(dir: string, entries: number, { script, heapMb }: AstroChildArgs): Promise<void> {
  const args = [script, '--astro-only', dir, '--parent', `${process.pid}:${processStartTime(process.pid) ?? ''}`];
  const cap = heapMb ?? astroHeapCapMb(entries);
  const capped = cap > 0 ? await runChild([`--max-old-space-size=${cap}`, ...args]) : { code: 1, signal: 'SIGABRT' as const };
  if (capped.code === 0) return;
  if (cap > 0 && !diedAtHeapLimit(capped.code, capped.signal))
    throw new Error(`Astro 构建失败 / the Astro build failed (${capped.signal ?? `exit ${capped.code}`}; its messages are above)`);
  if (cap > 0)
    console.log(`  Astro 用完了 ${cap} MB 堆内存上限，不设上限重新构建 / Astro reached its ${cap} MB heap cap; building again without one`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  await inChild(args, 'Astro 构建失败 / the Astro build failed');
}

/**
 * The child of a separate build: Astro's build into dir, then exit. Stops
 * when its parent has gone: the parent named by `parent` ("pid:start", as
 * astroBuildSeparately passes it), so that a parent killed before this runs
 * is noticed too (this process then belongs to init).
 */
export async function astroChild(dir: string, parent: string | undefined): Promise<never> {
  const [pid, start] = (parent ?? '').split(':');
  const watched = pid ? [{ pid: Number(pid), start: start || null }] : watchedAncestors().slice(0, 1);
  setInterval(() => goneAncestor(watched) && process.exit(1), 200).unref();
  try {
    await astroBuild(dir);
    process.exit(0);
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
}
