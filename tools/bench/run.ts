/**
 * Runs a command and measures it: wall time, and peak memory of its whole
 * process tree sampled from /proc (see proc.ts). Linux only for memory; on
 * other systems memory is reported as null and the time is still measured.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { descendants, procSnapshot } from './proc.ts';

export interface RssSample {
  /** performance.now() of the sample. */
  at: number;
  /** Summed RSS of the tree, bytes. */
  rss: number;
}

export interface MeasuredRun {
  exitCode: number | null;
  /** performance.now() when the command was started. */
  start: number;
  wallMs: number;
  /** Largest summed RSS of the tree in any sample (bytes), or null without /proc. */
  peakTreeRss: number | null;
  /** Largest single-process VmHWM seen (bytes), or null without /proc. */
  maxProcessHwm: number | null;
  /** The tree's summed RSS at every sample, to tell which step needed the memory. */
  samples: RssSample[];
  /** Every line the command printed (stdout and stderr). */
  output: string[];
  /**
   * CPU time (user + system) of the whole process tree, ms, or null without
   * /proc: less sensitive to other work on the machine than wall time.
   */
  cpuMs: number | null;
}

/** User + system CPU time of this process's waited-for children so far (cutime + cstime), ms; null without /proc. */
export function childrenCpuMs(stat: string | null = readStat()): number | null {
  if (stat === null) return null;
  // Fields 16 and 17 (cutime, cstime), counted after the command name's closing parenthesis; in clock ticks (100 per second on Linux).
  const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ticks = Number(f[13]) + Number(f[14]);
  return Number.isFinite(ticks) ? ticks * 10 : null;
}

function readStat(): string | null {
  try {
    return readFileSync('/proc/self/stat', 'utf8');
  } catch {
    return null;
  }
}

export const SAMPLE_MS = 50;

/** Spawns command with args, streams its lines to onLine, and measures time and memory. */
export function runMeasured(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; onLine?: (line: string) => void },
): Promise<MeasuredRun> {
  const haveProc = existsSync('/proc/self/status');
  const start = performance.now();
  const cpuBefore = childrenCpuMs();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const output: string[] = [];
  const take = (buf: Buffer, rest: { s: string }) => {
    rest.s += buf.toString('utf8');
    const lines = rest.s.split('\n');
    rest.s = lines.pop() ?? '';
    for (const l of lines) {
      output.push(l);
      options.onLine?.(l);
    }
  };
  const out = { s: '' };
  const err = { s: '' };
  child.stdout.on('data', (b: Buffer) => take(b, out));
  child.stderr.on('data', (b: Buffer) => take(b, err));
  let peakTreeRss = 0;
  let maxHwm = 0;
  const samples: RssSample[] = [];
  const sample = () => {
    if (!haveProc || child.pid === undefined) return;
    const tree = descendants(procSnapshot(), child.pid);
    const rss = tree.reduce((n, r) => n + r.rss, 0);
    samples.push({ at: performance.now(), rss });
    peakTreeRss = Math.max(peakTreeRss, rss);
    for (const r of tree) maxHwm = Math.max(maxHwm, r.hwm);
  };
  const timer = setInterval(sample, SAMPLE_MS);
  return new Promise((resolve, reject) => {
    child.on('error', (e) => {
      clearInterval(timer);
      reject(e);
    });
    child.on('close', (code) => {
      const wallMs = performance.now() - start;
      clearInterval(timer);
      // The child has been waited for by now, so its tree's CPU time is in our cutime/cstime.
      const cpuAfter = childrenCpuMs();
      for (const rest of [out, err]) if (rest.s) output.push(rest.s);
      resolve({
        exitCode: code,
        start,
        wallMs,
        peakTreeRss: haveProc ? peakTreeRss : null,
        maxProcessHwm: haveProc ? maxHwm : null,
        samples,
        output,
        cpuMs: cpuBefore === null || cpuAfter === null ? null : cpuAfter - cpuBefore,
      });
    });
  });
}
