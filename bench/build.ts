/**
 * Measured builds: runs `npm run build -- --out <dir>` (what staff type:
 * npm, then scripts/build.ts: content check → astro build → pagefind →
 * verify → swap) in a bench project copy, cold caches every run, and records
 * wall time, peak memory, time and memory per step, pages and index size.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { clearBuildCaches, folderSize } from './project.ts';
import { htmlFilesUnder } from '../src/lib/fs/files.ts';
import { runMeasured, type MeasuredRun, type RssSample } from './run.ts';
import { median } from './stats.ts';
import type { BuildSummary, StepTime } from './report.ts';

/** npm itself, as the user runs it (on Windows the .cmd shim). */
export const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Removes terminal colour codes from a line of output. */
export const stripAnsi = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '');

export interface StepMark {
  name: string;
  /** performance.now() when the build printed "▶ name". */
  at: number;
}

/**
 * How long each step of a build took, from the times it printed "▶ step";
 * the time before the first step (Node start-up, imports) is "start-up".
 */
export function stepDurations(marks: readonly StepMark[], start: number, end: number, samples: readonly RssSample[] = []): StepTime[] {
  const all = [{ name: 'start-up', at: start }, ...marks];
  return all
    .map((m, i) => {
      const until = all[i + 1]?.at ?? end;
      const inStep = samples.filter((x) => x.at >= m.at && x.at < until).map((x) => x.rss);
      return { name: m.name, ms: until - m.at, ...(inStep.length > 0 ? { peakRss: Math.max(...inStep) } : {}) };
    })
    .filter((st, i) => i > 0 || st.ms > 0);
}

/** Counts the .html pages of a built site. */
export function countPages(dir: string): number {
  return htmlFilesUnder(dir).length;
}

/** The run whose wall time is the median (the lower middle one for an even count). */
export function medianRun<T extends { wallMs: number }>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.wallMs - b.wallMs);
  return sorted[Math.floor((sorted.length - 1) / 2)] as T;
}

/** The search index proper (index, fragments, filters, metadata, wasm), without Pagefind's JS and CSS bundles. */
export const isIndexData = (path: string) => !/\.(js|css)$/.test(path);

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
  const done: (MeasuredRun & { steps: StepTime[]; load1: number })[] = [];
  for (let i = 1; i <= runs; i++) {
    clearBuildCaches(projectDir);
    rmSync(out, { recursive: true, force: true });
    let pages = 0;
    let step = '';
    const marks: StepMark[] = [];
    const started = performance.now();
    const timer = setInterval(
      () => log(`    … ${((performance.now() - started) / 1000).toFixed(0)} s: ${step || 'starting'}, ${pages} pages written`),
      progressMs,
    );
    const run = await runMeasured(NPM, ['run', 'build', '--', '--out', out], {
      cwd: projectDir,
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/', NO_COLOR: '1', FORCE_COLOR: '0' },
      onLine: (line) => {
        if (/index\.html/.test(line)) pages++;
        const m = /^▶ (.+)$/.exec(line.trim());
        if (m) {
          step = m[1] ?? step;
          marks.push({ name: step, at: performance.now() });
        }
      },
    }).finally(() => clearInterval(timer));
    const steps = stepDurations(marks, run.start, run.start + run.wallMs, run.samples);
    if (run.exitCode !== 0) {
      const logFile = join(projectDir, '..', `failed-build-${sections}.log`);
      writeFileSync(logFile, run.output.join('\n'));
      const tail = run.output.map(stripAnsi).filter((l) => /error|✘|failed|not found|expected/i.test(l));
      throw new Error(
        `build of ${sections} sections failed (exit ${run.exitCode}); full output in ${logFile}:\n${tail.slice(-20).join('\n')}`,
      );
    }
    const load1 = loadavg()[0] ?? 0;
    done.push({ ...run, samples: [], steps, load1 });
    log(
      `    run ${i}/${runs}: ${(run.wallMs / 1000).toFixed(2)} s (${steps.map((st) => `${st.name} ${(st.ms / 1000).toFixed(2)} s`).join(', ')}; load ${load1.toFixed(2)})`,
    );
  }
  const mid = medianRun(done);
  const index = folderSize(join(out, 'pagefind'));
  const indexData = folderSize(join(out, 'pagefind'), isIndexData);
  const peaks = [mid.peakTreeRss, mid.maxProcessHwm].filter((v): v is number => v !== null);
  return {
    sections,
    pages: countPages(out),
    runs: done.map((r) => ({
      wallMs: r.wallMs,
      peakTreeRss: r.peakTreeRss,
      maxProcessHwm: r.maxProcessHwm,
      steps: r.steps,
      load1: r.load1,
    })),
    medianWallMs: median(done.map((r) => r.wallMs)),
    peakRss: peaks.length > 0 ? Math.max(...peaks) : null,
    indexBytes: index.bytes,
    indexFiles: index.files,
    indexDataBytes: indexData.bytes,
  };
}
