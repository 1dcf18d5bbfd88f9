/**
 * A build step in a child process of this Node: stdio shared, and killed
 * with the build (publish.ts kills the running one when the build stops).
 */
import { type ChildProcess, spawn } from 'node:child_process';

let running: ChildProcess | null = null;

/** Runs this Node with args as a child process; resolves with how it ended. */
export function runChild(args: readonly string[]): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((ok, fail) => {
    const c = spawn(process.execPath, args, { stdio: 'inherit' });
    running = c;
    c.on('error', fail);
    c.on('close', (code, signal) => {
      running = null;
      ok({ code, signal });
    });
  });
}

/** As runChild, failing with `what` (and how it ended) unless the child exits 0. */
export async function inChild(args: readonly string[], what: string): Promise<void> {
  const { code, signal } = await runChild(args);
  if (code !== 0) throw new Error(`${what} (${signal ?? `exit ${code}`}; its messages are above)`);
}

/** Kills the running child, if any: the build is stopping. */
export function killChild(): void {
  running?.kill('SIGKILL');
}
