import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';

// npm run build must replace dist/ only when everything succeeded: a failed
// build leaves the previous dist/ byte for byte as it was.

/** One hash over every path, file mode and file content under dir. */
function treeHash(dir: string): string {
  const h = createHash('sha256');
  for (const rel of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const abs = join(dir, rel);
    const st = statSync(abs);
    h.update(`${rel}\0${st.mode}\0`);
    if (st.isFile()) h.update(readFileSync(abs));
  }
  return h.digest('hex');
}

/** A previous published site: a few files in nested folders. */
function previousDist(root: string): string {
  const dist = join(root, 'dist');
  const files: Record<string, string> = {
    'index.html': '<!doctype html><title>last good site</title>',
    'sections/06/index.html': '<p>第6项</p>',
    '_astro/site.abc123.css': 'body{color:#111}',
    'pagefind/pagefind.js': 'export const v=1;',
    'pagefind/index/zh-cn_1.pf_index': '\u0000\u0001binary',
    'old-only.txt': 'only in the previous build',
  };
  for (const [rel, content] of Object.entries(files)) {
    mkdirSync(join(dist, rel, '..'), { recursive: true });
    writeFileSync(join(dist, rel), content);
  }
  return dist;
}

/** A section entry of the shipped report (the first report folder). */
function sectionFile(root: string, prefix: string): string {
  const reports = join(root, 'content', 'reports');
  const slug = readdirSync(reports).sort()[0] ?? '';
  const dir = join(reports, slug, 'sections');
  const name = readdirSync(dir).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no section ${prefix}`);
  return join(dir, name);
}

const leftovers = (root: string) =>
  [...readdirSync(root), ...(existsSync(join(root, '.build')) ? readdirSync(join(root, '.build')) : [])].filter(
    (f) => f.endsWith('.building') || f.endsWith('.previous') || f.endsWith('.lock'),
  );

describe('atomic build', () => {
  it('leaves dist/ byte for byte unchanged when the content check fails', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      const file = sectionFile(copy.dir, '06-');
      writeFileSync(file, readFileSync(file, 'utf8').replace('55.6%', '55.8%'));
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).not.toBe(0);
      expect(output).toMatch(/content\/reports\/[^/]+\/sections\/06-/);
      expect(output).toContain('55.6%');
      expect(treeHash(dist)).toBe(before);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  });

  it('leaves dist/ byte for byte unchanged when Astro itself fails mid-build', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      // Content passes the check; a page of the site's own cannot be built.
      writeFileSync(
        join(copy.dir, 'src', 'pages', 'broken-for-test.astro'),
        "---\nimport Missing from '../components/DoesNotExist.astro';\n---\n<Missing />\n",
      );
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).not.toBe(0);
      expect(output).toContain('astro build');
      expect(treeHash(dist)).toBe(before);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  });

  it('with Astro in its own process, a build that reaches its heap cap is built again without one and published', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      // A cap no build fits in: the first Astro process dies at it.
      const { status, output } = runNode(copy.dir, ['scripts/build.ts', '--separate-astro', '--astro-heap-mb', '24']);
      expect(status, output).toBe(0);
      expect(output).toContain('heap out of memory');
      expect(output).toContain('building again without one');
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('last good site');
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);

  it('swaps in the new site when every step succeeds', () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).toBe(0);
      expect(existsSync(join(dist, 'old-only.txt'))).toBe(false);
      expect(readFileSync(join(dist, 'index.html'), 'utf8')).not.toContain('last good site');
      expect(existsSync(join(dist, 'pagefind', 'pagefind.js'))).toBe(true);
      expect(readdirSync(dist).length).toBeGreaterThan(3);
      expect(leftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);
});

/** Waits until check() is true; fails (it does not time anything) only if that never happens within a generous bound. */
async function until(what: string, check: () => boolean, boundMs = 120_000): Promise<void> {
  const end = Date.now() + boundMs;
  while (!check()) {
    if (Date.now() > end) throw new Error(`gave up waiting: ${what}`);
    await new Promise((ok) => setTimeout(ok, 50));
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return !readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.startsWith('Z');
  } catch {
    return false;
  }
};
const lockFile = (dir: string) => join(dir, '.build', 'dist.lock');
const lockPid = (dir: string) => (JSON.parse(readFileSync(lockFile(dir), 'utf8')) as { pid: number }).pid;
/** Temporary folders and locks left in .build/ (the workspace of dist/). */
const workLeftovers = (dir: string) => (existsSync(join(dir, '.build')) ? readdirSync(join(dir, '.build')) : []);
const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; output: string }>((ok) => {
    let output = '';
    child.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.on('close', (code) => ok({ code, output }));
  });
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };

describe('builds that are stopped or run twice', () => {
  it('refuses a second build while one is publishing, naming the first one’s pid', async () => {
    const copy = projectCopy();
    try {
      const first = spawn(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const firstDone = exitOf(first);
      await until('the first build to take the lock', () => existsSync(lockFile(copy.dir)));
      // Paused while holding the lock, so the second build meets it whatever the machine's speed.
      first.kill('SIGSTOP');
      const second = runNode(copy.dir, ['scripts/build.ts']);
      first.kill('SIGCONT');
      expect(second.status, second.output).not.toBe(0);
      expect(second.output).toContain(`pid ${first.pid}`);
      const { code, output } = await firstDone;
      expect(code, output).toBe(0);
      expect(existsSync(join(copy.dir, 'dist', 'index.html'))).toBe(true);
    } finally {
      copy.remove();
    }
  }, 300_000);

  it('stops without publishing when npm is killed (no orphan publishes later)', async () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      const npm = spawn('npm', ['run', 'build'], { cwd: copy.dir, env, stdio: 'ignore' });
      const npmDone = exitOf(npm);
      await until('the build to take the lock', () => existsSync(lockFile(copy.dir)));
      const build = lockPid(copy.dir);
      // Hold the build still while npm dies, so it cannot finish first.
      process.kill(build, 'SIGSTOP');
      npm.kill('SIGKILL');
      await npmDone;
      process.kill(build, 'SIGCONT');
      await until('the orphaned build to end', () => !alive(build));
      expect(treeHash(dist)).toBe(before);
      expect(workLeftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);

  it('stops without publishing on SIGTERM, and cleans up after itself', async () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env, stdio: ['ignore', 'pipe', 'pipe'] });
      const done = exitOf(child);
      await until('the build to take the lock', () => existsSync(lockFile(copy.dir)));
      child.kill('SIGTERM');
      const { code, output } = await done;
      expect(code, output).toBe(143);
      expect(output).toContain('SIGTERM');
      expect(treeHash(dist)).toBe(before);
      expect(workLeftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);

  it('after a build was killed outright, the next one cleans up and publishes', async () => {
    const copy = projectCopy();
    try {
      previousDist(copy.dir);
      const child = spawn(process.execPath, ['scripts/build.ts'], { cwd: copy.dir, env, stdio: 'ignore' });
      const done = exitOf(child);
      await until('the build to write its temporary folder', () => workLeftovers(copy.dir).some((f) => f.endsWith('.building')));
      child.kill('SIGKILL');
      await done;
      const { status, output } = runNode(copy.dir, ['scripts/build.ts']);
      expect(status, output).toBe(0);
      expect(readFileSync(join(copy.dir, 'dist', 'index.html'), 'utf8')).not.toContain('last good site');
      expect(workLeftovers(copy.dir)).toEqual([]);
    } finally {
      copy.remove();
    }
  }, 300_000);

  it('with Astro in its own process (large archives), a killed build takes that process down too', async () => {
    const copy = projectCopy();
    try {
      const dist = previousDist(copy.dir);
      const before = treeHash(dist);
      const build = spawn(process.execPath, ['scripts/build.ts', '--separate-astro'], {
        cwd: copy.dir,
        env,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      build.stdout?.on('data', (b: Buffer) => (output += b.toString()));
      // 'exit', not 'close': the stopped Astro process still holds the inherited output pipe.
      const done = new Promise((ok) => build.on('exit', ok));
      // The build announces Astro's step and then spawns it: wait for both, then find it as the process whose parent is the build.
      const childOfBuild = () =>
        readdirSync('/proc')
          .filter((d) => /^\d+$/.test(d))
          .map(Number)
          .find((pid) => {
            try {
              return readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ')[1] === String(build.pid);
            } catch {
              return false;
            }
          });
      let child: number | undefined;
      await until('Astro to start in its own process', () => output.includes('▶ astro build') && (child = childOfBuild()) !== undefined);
      expect(child, output).toBeDefined();
      // Hold Astro still while its parent dies, so it cannot finish first; then let it run on.
      process.kill(child as number, 'SIGSTOP');
      build.kill('SIGKILL');
      await done;
      process.kill(child as number, 'SIGCONT');
      await until('the Astro process to end', () => !alive(child as number));
      // It stopped instead of building the site as an orphan: no page in the half-built folder.
      const halfBuilt = workLeftovers(copy.dir).filter((f) => f.endsWith('.building'));
      expect(halfBuilt.filter((f) => existsSync(join(copy.dir, '.build', f, 'index.html')))).toEqual([]);
      expect(treeHash(dist)).toBe(before);
    } finally {
      copy.remove();
    }
  }, 300_000);
});
