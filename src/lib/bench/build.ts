/**
 * Measured builds: runs the project's own `npm run build` entry point
 * (scripts/build.ts: astro build → pagefind → verify → swap) in a bench
 * project copy, cold caches every run, and records wall time, peak memory,
 * pages and index size.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { clearBuildCaches, folderSize } from './project.ts';
import { runMeasured, type MeasuredRun } from './run.ts';
import { median } from './stats.ts';
import type { BuildSummary } from './report.ts';

/** Counts the .html pages of a built site. */
export function countPages(dir: string): number {
  let n = 0;
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

/** The run whose wall time is the median (the lower middle one for an even count). */
export function medianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

/** The output folder of a bench project's builds. */
export const outDir = (projectDir: string) => join(projectDir, 'bench-out');

/**
 * Builds the project in projectDir `runs` times and summarises. Progress
 * (pages written so far) goes to log every progressMs while a build runs.
 */
export async function measureBuild(
  projectDir: string,
  sections: number,
  runs: number,
  log: (line: string) => void,
  progressMs = 15_000,
): Promise<BuildSummary> {
  const out = outDir(projectDir);
  const done: MeasuredRun[] = [];
  for (let i = 1; i <= runs; i++) {
    clearBuildCaches(projectDir);
    rmSync(out, { recursive: true, force: true });
    let pages = 0;
    let step = '';
    const started = performance.now();
    const timer = setInterval(
      () => log(`    … ${((performance.now() - started) / 1000).toFixed(0)} s: ${step || 'starting'}, ${pages} pages written`),
      progressMs,
    );
    const run = await runMeasured(process.execPath, ['scripts/build.ts', '--out', out], {
      cwd: projectDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/' },
      onLine: (line) => {
        if (/index\.html/.test(line)) pages++;
        const m = /^▶ (.+)$/.exec(line.trim());
        if (m) step = m[1] ?? step;
      },
    }).finally(() => clearInterval(timer));
    if (run.exitCode !== 0)
      throw new Error(`build of ${sections} sections failed (exit ${run.exitCode}):\n${run.output.slice(-40).join('\n')}`);
    done.push(run);
    log(`    run ${i}/${runs}: ${(run.wallMs / 1000).toFixed(2)} s`);
  }
  const mid = medianRun(done);
  const index = folderSize(join(out, 'pagefind'));
  const peaks = [mid.peakTreeRss, mid.maxProcessHwm].filter((v): v is number => v !== null);
  return {
    sections,
    pages: countPages(out),
    runs: done.map((r) => ({ wallMs: r.wallMs, peakTreeRss: r.peakTreeRss, maxProcessHwm: r.maxProcessHwm })),
    medianWallMs: median(done.map((r) => r.wallMs)),
    peakRss: peaks.length > 0 ? Math.max(...peaks) : null,
    indexBytes: index.bytes,
    indexFiles: index.files,
  };
}
