/**
 * `npm run dev` in a project copy, as an editor starts it, on a free port
 * of 127.0.0.1; stopped with its whole process group. Waits for the server
 * by asking it, never by sleeping.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface DevServer {
  origin: string;
  /** Everything the server printed so far. */
  output: () => string;
  close: () => Promise<void>;
}

/** A port nothing listens on right now. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((ok) => server.close(() => ok()));
  return port;
}

/** Polls `probe` every 250 ms until it returns true, failing after `timeoutMs` or when `failed` says why. */
export async function until(
  probe: () => Promise<boolean>,
  timeoutMs: number,
  failed: () => string | undefined = () => undefined,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const why = failed();
    if (why) throw new Error(why);
    if (await probe().catch(() => false)) return;
    if (Date.now() > end) throw new Error(`not ready after ${timeoutMs} ms`);
    await new Promise((ok) => setTimeout(ok, 250));
  }
}

/**
 * Starts `npm run dev -- --host 127.0.0.1 --port N --ignore-lock` in dir
 * and waits until it answers at `base`.
 * --ignore-lock: Astro runs a dev server in the background, detached from
 * this process, when it believes an AI agent started it; --ignore-lock
 * keeps it in the foreground, where the test can stop it.
 */
export async function startDevServer(dir: string, env: NodeJS.ProcessEnv, timeoutMs = 120_000, base = '/'): Promise<DevServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  let out = '';
  const child: ChildProcess = spawn('npm', ['run', 'dev', '--', '--host', '127.0.0.1', '--port', String(port), '--ignore-lock'], {
    cwd: dir,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  let exited: number | null | undefined;
  child.on('exit', (code) => (exited = code));
  const close = async () => {
    if (exited !== undefined || child.pid === undefined) return;
    const gone = new Promise<void>((ok) => child.once('exit', () => ok()));
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      return;
    }
    await gone;
  };
  try {
    await until(
      async () => (await fetch(`${origin}${base}`, { headers: { accept: 'text/html' } })).status > 0,
      timeoutMs,
      () => (exited !== undefined ? `npm run dev exited (${exited}):\n${out}` : undefined),
    );
  } catch (e) {
    await close();
    throw e;
  }
  return { origin, output: () => out, close };
}
