/**
 * Measured builds: runs `npm run build -- --out <dir>` (what staff type:
 * npm, then scripts/build.ts: astro build (content check inside) → pagefind →
 * verify → swap) in a bench project copy, cold caches every run, and records
 * wall time, peak memory, time and memory per step, pages and index size.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { clearBuildCaches, folderSize } from './project.ts';
import { htmlFilesUnder } from '../../src/lib/fs/files.ts';
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

/** A build the bench can time: a project folder, the command that builds it and where the site lands. */
export interface BuildTarget {
  /** "ours" or the peer's name, for the printed lines. */
  label: string;
  dir: string;
  /** Folder holding the built site after the command. */
  out: string;
  sections: number;
  command: string;
  args: string[];
}

/** Our build as staff run it: npm run build -- --out <bench-out>. */
export function ourTarget(projectDir: string, sections: number): BuildTarget {
  const out = outDir(projectDir);
  return { label: 'ours', dir: projectDir, out, sections, command: NPM, args: ['run', 'build', '--', '--out', out] };
}

/** The Starlight peer (tools/bench/peer.ts): npm run build, site in dist/. */
export function peerTarget(peerDir: string, sections: number): BuildTarget {
  return { label: 'Starlight', dir: peerDir, out: join(peerDir, 'dist'), sections, command: NPM, args: ['run', 'build'] };
}

type DoneRun = MeasuredRun & { steps: StepTime[]; load1: number };

/** One cold build of target: caches and output removed first. Throws with the output's error lines when it fails. */
async function buildOnce(target: BuildTarget, log: (line: string) => void, progressMs: number): Promise<DoneRun> {
  clearBuildCaches(target.dir);
  rmSync(target.out, { recursive: true, force: true });
  let pages = 0;
  let step = '';
  const marks: StepMark[] = [];
  const started = performance.now();
  const timer = setInterval(
    () => log(`    … ${((performance.now() - started) / 1000).toFixed(0)} s: ${step || 'starting'}, ${pages} pages written`),
    progressMs,
  );
  const run = await runMeasured(target.command, target.args, {
    cwd: target.dir,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SITE_BASE: '/', NO_COLOR: '1', FORCE_COLOR: '0' },
    onLine: (line) => {
      if (/index\.html/.test(line)) pages++;
      const m = /^▶ (.+)$/.exec(stripAnsi(line).trim());
      if (m) {
        step = m[1] ?? step;
        marks.push({ name: step, at: performance.now() });
      }
    },
  }).finally(() => clearInterval(timer));
  const steps = stepDurations(marks, run.start, run.start + run.wallMs, run.samples);
  if (run.exitCode !== 0) {
    const logFile = join(target.dir, '..', `failed-build-${target.label}-${target.sections}.log`);
    writeFileSync(logFile, run.output.join('\n'));
    const tail = run.output.map(stripAnsi).filter((l) => /error|✘|failed|not found|expected/i.test(l));
    throw new Error(
      `${target.label} build of ${target.sections} sections failed (exit ${run.exitCode}); full output in ${logFile}:\n${tail.slice(-20).join('\n')}`,
    );
  }
  return { ...run, samples: [], steps, load1: loadavg()[0] ?? 0 };
}

/** The summary of a target's runs: median time, peak memory of the median run, pages and index size of the last build. */
function summarise(target: BuildTarget, done: readonly DoneRun[]): BuildSummary {
  const mid = medianRun(done);
  const index = folderSize(join(target.out, 'pagefind'));
  const indexData = folderSize(join(target.out, 'pagefind'), isIndexData);
  const peaks = [mid.peakTreeRss, mid.maxProcessHwm].filter((v): v is number => v !== null);
  return {
    sections: target.sections,
    pages: countPages(target.out),
    runs: done.map((r) => ({
      wallMs: r.wallMs,
      peakTreeRss: r.peakTreeRss,
      maxProcessHwm: r.maxProcessHwm,
      cpuMs: r.cpuMs,
      steps: r.steps,
      load1: r.load1,
    })),
    medianWallMs: median(done.map((r) => r.wallMs)),
    medianCpuMs: done.every((r) => r.cpuMs !== null) ? median(done.map((r) => r.cpuMs as number)) : null,
    peakRss: peaks.length > 0 ? Math.max(...peaks) : null,
    indexBytes: index.bytes,
    indexFiles: index.files,
    indexDataBytes: indexData.bytes,
  };
}

const runLine = (label: string, i: number, runs: number, r: DoneRun) =>
  `    ${label} run ${i}/${runs}: ${(r.wallMs / 1000).toFixed(2)} s${r.cpuMs !== null ? ` (CPU ${(r.cpuMs / 1000).toFixed(2)} s)` : ''}${r.steps.length > 1 ? ` (${r.steps.map((st) => `${st.name} ${(st.ms / 1000).toFixed(2)} s`).join(', ')})` : ''}; load ${r.load1.toFixed(2)}`;

/**
 * Builds target `runs` times and summarises. Progress (pages written so far)
 * goes to log every progressMs while a build runs.
 */
export async function measureBuild(
  target: BuildTarget,
  runs: number,
  log: (line: string) => void,
  progressMs = 15_000,
): Promise<BuildSummary> {
  const done: DoneRun[] = [];
  for (let i = 1; i <= runs; i++) {
    const r = await buildOnce(target, log, progressMs);
    done.push(r);
    log(runLine(target.label, i, runs, r));
  }
  return summarise(target, done);
}

/**
 * Builds the targets in turn, `runs` rounds (A B, A B, …), so a change in
 * the machine's load falls on every target alike; one summary per target.
 */
export async function measureAlternating(
  targets: readonly BuildTarget[],
  runs: number,
  log: (line: string) => void,
  progressMs = 15_000,
): Promise<BuildSummary[]> {
  const done = targets.map(() => [] as DoneRun[]);
  for (let i = 1; i <= runs; i++) {
    for (const [k, target] of targets.entries()) {
      const r = await buildOnce(target, log, progressMs);
      done[k]?.push(r);
      log(runLine(target.label, i, runs, r));
    }
  }
  return targets.map((t, k) => summarise(t, done[k] ?? []));
}
