/**
 * Atomic publishing: build into a fresh temporary folder, and only when every
 * step has succeeded swap it in for the output folder. A failed build leaves
 * the previous output exactly as it was.
 *
 * A build may also be killed at any moment, or started twice. So:
 * - a lock file (with the holder's pid) lets one build at a time publish to
 *   an output folder; a second one stops with a message naming the first;
 * - temporary folders live in a `.build/` folder next to the output (git
 *   ignored), named after the output, so the next build can find what a dead
 *   one left: half-built folders are removed, and a site moved aside by a swap
 *   that was cut between its two renames is put back before anything else;
 * - a build whose parent (npm, and the shell npm runs it in) has gone stops
 *   instead of publishing later as an orphan.
 */
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';

export interface Step {
  name: string;
  /** Runs the step against the temporary folder; throws on failure. */
  run: (tmpDir: string) => void | Promise<void>;
}

/** Points of a build where a test can stop it (to prove each is recoverable). */
export type Phase = 'locked' | 'built' | 'moved-aside' | 'swapped';

export interface AtomicOptions {
  log?: (line: string) => void;
  /** Checked before every step and just before the swap: a reason to stop, or null to go on. */
  shouldStop?: () => string | null;
  /** Called at each phase; for tests only. */
  onPhase?: (phase: Phase) => void;
}

/** The folder next to outDir that holds its lock and temporary folders. */
export const workDirFor = (out: string) => join(dirname(resolve(out)), '.build');

/** A build that was stopped on purpose (signal, parent gone, another build holds the lock). */
export class BuildStopped extends Error {}

interface LockInfo {
  pid: number;
  /** The process's start time (Linux /proc), so a reused pid is not taken for the holder. */
  start: string | null;
  since: string;
}

/** The start time of a process from /proc/<pid>/stat, or null (no /proc, or no such process). */
export function processStartTime(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Field 22; the command name (field 2) may contain spaces, so count from its closing parenthesis.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** True when pid names a running process (and, when known, the one that started at `start`). */
export function processAlive(pid: number, start: string | null = null): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  try {
    // A process that has ended but not yet been waited for (a zombie) still answers kill(pid, 0).
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    if (stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z')) return false;
  } catch {
    // No /proc: kill(pid, 0) is all there is.
  }
  if (start === null) return true;
  const now = processStartTime(pid);
  return now === null || now === start;
}

function readLock(file: string): LockInfo | null {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, start: info.start ?? null, since: info.since ?? '?' } : null;
  } catch {
    return null;
  }
}

/**
 * Takes the lock of an output folder, or throws BuildStopped naming the
 * build that holds it. A lock left by a dead build is taken over. Returns
 * the function that releases it.
 */
export function acquireLock(out: string): () => void {
  const work = workDirFor(out);
  mkdirSync(work, { recursive: true });
  const lock = join(work, `${basename(out)}.lock`);
  const mine: LockInfo = { pid: process.pid, start: processStartTime(process.pid), since: new Date().toISOString() };
  const draft = join(work, `${basename(out)}.lock.${process.pid}`);
  writeFileSync(draft, JSON.stringify(mine));
  try {
    for (let attempt = 0; attempt < 5; attempt++) {
      try {
        // link() fails if the lock exists: exactly one build gets it.
        linkSync(draft, lock);
        return () => {
          if (readLock(lock)?.pid === process.pid) rmSync(lock, { force: true });
        };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      }
      const holder = readLock(lock);
      if (holder && processAlive(holder.pid, holder.start)) {
        throw new BuildStopped(
          `另一个构建(进程 ${holder.pid},始于 ${holder.since})正在发布到 ${out},请等它结束或停止它 / another build (pid ${holder.pid}, started ${holder.since}) is publishing to ${out}; wait for it to finish or stop it`,
        );
      }
      // The holder is dead (or the lock unreadable): move its lock aside and try again.
      const stale = join(work, `${basename(out)}.lock.stale-${process.pid}`);
      try {
        renameSync(lock, stale);
        const moved = readLock(stale);
        // Another build took the stale lock over between our read and the rename: give it back.
        if (moved && moved.pid !== holder?.pid && processAlive(moved.pid, moved.start)) {
          try {
            linkSync(stale, lock);
          } catch {
            // It has re-locked already; either way the next attempt reads the live holder.
          }
        }
        rmSync(stale, { force: true });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    throw new BuildStopped(`无法取得 ${lock} / could not take the build lock ${lock}`);
  } finally {
    unlinkSync(draft);
  }
}

const TEMP = /^(.+)\.(\d+)-(\d+)\.(building|previous)$/;
/** Names the builds before this version left next to the output (".PID-TS.building"). */
const LEGACY = /^\.(\d+)-(\d+)\.(building|previous)$/;

/**
 * What a dead build left for this output folder, put right (call it holding
 * the lock): half-built folders removed; if the output is missing and a swap
 * had moved the previous site aside, the newest such site is put back.
 * Returns what it did, one line each.
 */
export function recover(out: string): string[] {
  const done: string[] = [];
  const name = basename(out);
  const found: { path: string; kind: string; ts: number }[] = [];
  const work = workDirFor(out);
  if (existsSync(work)) {
    for (const f of readdirSync(work)) {
      const m = TEMP.exec(f);
      if (m && m[1] === name) found.push({ path: join(work, f), kind: m[4] ?? '', ts: Number(m[3]) });
    }
  }
  // Older builds left ".PID-TS.*" folders beside the output; only a dead build's are touched.
  const parent = dirname(out);
  if (existsSync(parent)) {
    for (const f of readdirSync(parent)) {
      const m = LEGACY.exec(f);
      if (m && Number(m[1]) !== process.pid && !processAlive(Number(m[1])))
        found.push({ path: join(parent, f), kind: m[3] ?? '', ts: Number(m[2]) });
    }
  }
  const previous = found.filter((f) => f.kind === 'previous').sort((a, b) => b.ts - a.ts);
  const newest = previous[0];
  if (!existsSync(out) && newest) {
    renameSync(newest.path, out);
    done.push(`恢复了被中断的发布前的网站 / restored the site an interrupted swap had moved aside (${newest.path} → ${out})`);
  }
  for (const f of found) {
    if (f === newest && !existsSync(f.path)) continue;
    rmSync(f.path, { recursive: true, force: true });
    done.push(`删除了中断的构建留下的临时文件夹 / removed a dead build's temporary folder ${f.path}`);
  }
  return done;
}

/**
 * Takes the lock, puts right what a dead build left, runs the steps into a
 * temporary folder and swaps it in for outDir. Returns the final folder.
 */
export async function buildAtomically(
  outDir: string,
  steps: readonly Step[],
  options: AtomicOptions | ((line: string) => void) = {},
): Promise<string> {
  const { log = () => {}, shouldStop = () => null, onPhase = () => {} } = typeof options === 'function' ? { log: options } : options;
  const out = resolve(outDir);
  const release = acquireLock(out);
  const work = workDirFor(out);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(work, `${basename(out)}.${stamp}.building`);
  const old = join(work, `${basename(out)}.${stamp}.previous`);
  active = { tmp, release };
  const stop = () => {
    const why = shouldStop();
    if (why) throw new BuildStopped(why);
  };
  try {
    for (const line of recover(out)) log(line);
    onPhase('locked');
    try {
      for (const step of steps) {
        stop();
        log(`▶ ${step.name}`);
        await step.run(tmp);
      }
      stop();
    } catch (error) {
      rmSync(tmp, { recursive: true, force: true });
      throw error;
    }
    onPhase('built');
    // From here to the end nothing yields to the event loop: no signal handler can run between the renames.
    if (existsSync(out)) renameSync(out, old);
    onPhase('moved-aside');
    renameSync(tmp, out);
    onPhase('swapped');
    rmSync(old, { recursive: true, force: true });
    return out;
  } finally {
    active = null;
    release();
  }
}

let active: { tmp: string; release: () => void } | null = null;

/**
 * For a signal handler about to exit: removes the running build's temporary
 * folder and releases its lock (the swap never yields, so it is never cut
 * by this). Does nothing when no build is running.
 */
export function abandonActiveBuild(): void {
  if (!active) return;
  rmSync(active.tmp, { recursive: true, force: true });
  active.release();
  active = null;
}

/**
 * The processes to watch so a build stops when the command that started it
 * is gone: the parent, and, through any shells in between (npm runs scripts
 * in `sh -c`), the first ancestor that is not a shell (npm itself). Linux
 * only; elsewhere just the parent.
 */
export function watchedAncestors(ppid = process.ppid): { pid: number; start: string | null }[] {
  const chain: { pid: number; start: string | null }[] = [];
  let current = ppid;
  for (let depth = 0; depth < 4 && current > 1; depth++) {
    chain.push({ pid: current, start: processStartTime(current) });
    let comm = '';
    let next = 0;
    try {
      const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
      comm = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      next = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      break;
    }
    if (!/^(sh|dash|bash|zsh|ash)$/.test(comm)) break;
    current = next;
  }
  return chain;
}

/** The first watched ancestor that has gone, as a reason to stop; null while all live. */
export function goneAncestor(watched: readonly { pid: number; start: string | null }[]): string | null {
  const gone = watched.find((w) => !processAlive(w.pid, w.start));
  return gone
    ? `启动构建的进程(${gone.pid})已退出,构建停止,不发布 / the process that started the build (pid ${gone.pid}) has gone; stopping without publishing`
    : null;
}
