import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildAtomically, goneAncestor, processAlive, workDirFor, type Phase } from '../../tools/build/atomic.ts';

let root = '';
afterEach(() => rmSync(root, { recursive: true, force: true }));

function setup() {
  root = mkdtempSync(join(tmpdir(), 'atomic-'));
  const out = join(root, 'dist');
  mkdirSync(join(out, 'sections'), { recursive: true });
  writeFileSync(join(out, 'index.html'), 'old');
  writeFileSync(join(out, 'sections', 'a.html'), 'old a');
  return out;
}
const write = (name: string, text: string) => (tmp: string) => {
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, name), text);
};
const failing = {
  name: 'index',
  run: () => {
    throw new Error('index failed');
  },
};
/** Everything in the root and in its .build/ folder except dist/ itself and an empty .build/. */
const leftovers = () => [
  ...readdirSync(root).filter((f) => f !== 'dist' && f !== '.build'),
  ...(existsSync(join(root, '.build')) ? readdirSync(join(root, '.build')) : []),
];
/** The pid of a process that has exited. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(r.stdout);
}

describe('buildAtomically', () => {
  it('keeps the old output and removes the half-built folder when a later step fails', async () => {
    const out = setup();
    await expect(buildAtomically(out, [{ name: 'pages', run: write('index.html', 'new') }, failing])).rejects.toThrow('index failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(readFileSync(join(out, 'sections', 'a.html'), 'utf8')).toBe('old a');
    expect(leftovers()).toEqual([]);
  });

  it('replaces the whole output when every step succeeds', async () => {
    const out = setup();
    await buildAtomically(out, [{ name: 'pages', run: write('index.html', 'new') }]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(out, 'sections'))).toBe(false);
    expect(leftovers()).toEqual([]);
  });

  it('builds in a git-ignored .build/ folder next to the output, not beside it', async () => {
    const out = setup();
    let tmp = '';
    await buildAtomically(out, [{ name: 'pages', run: (t) => void ((tmp = t), write('index.html', 'new')(t)) }]);
    expect(tmp.startsWith(`${join(root, '.build')}/`)).toBe(true);
    const ignored = readFileSync(fileURLToPath(new URL('../../.gitignore', import.meta.url)), 'utf8').split('\n');
    expect(ignored).toContain('.build/');
  });

  it('refuses a second build while the first holds the lock, naming the first one’s pid', async () => {
    const out = setup();
    let release = () => {};
    const held = new Promise<void>((ok) => (release = ok));
    let started = () => {};
    const running = new Promise<void>((ok) => (started = ok));
    const first = buildAtomically(out, [{ name: 'slow', run: async (t) => (started(), await held, write('index.html', 'first')(t)) }]);
    await running;
    await expect(buildAtomically(out, [{ name: 'pages', run: write('index.html', 'second') }])).rejects.toThrow(`pid ${process.pid}`);
    release();
    await first;
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('first');
  });

  it('takes over a lock left by a build that has died', async () => {
    const out = setup();
    mkdirSync(workDirFor(out), { recursive: true });
    writeFileSync(join(workDirFor(out), 'dist.lock'), JSON.stringify({ pid: deadPid(), start: null, since: '2026-01-01T00:00:00Z' }));
    await buildAtomically(out, [{ name: 'pages', run: write('index.html', 'new') }]);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('new');
    expect(leftovers()).toEqual([]);
  });

  it('removes the half-built folder a killed build left', async () => {
    const out = setup();
    const stale = join(workDirFor(out), `dist.${deadPid()}-1.building`);
    mkdirSync(stale, { recursive: true });
    writeFileSync(join(stale, 'index.html'), 'half');
    await expect(buildAtomically(out, [failing])).rejects.toThrow('index failed');
    expect(existsSync(stale)).toBe(false);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
  });

  it('puts back the site a swap had moved aside when it was cut between its two renames', async () => {
    const out = setup();
    const aside = join(workDirFor(out), `dist.${deadPid()}-1.previous`);
    mkdirSync(workDirFor(out), { recursive: true });
    // The state a kill between the renames leaves: no dist/, the old site aside.
    rmSync(aside, { recursive: true, force: true });
    mkdirSync(aside);
    writeFileSync(join(aside, 'index.html'), 'old');
    rmSync(out, { recursive: true });
    await expect(buildAtomically(out, [failing])).rejects.toThrow('index failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('puts back a site moved aside by a build of an older version (.PID-TS.previous beside the output)', async () => {
    const out = setup();
    const aside = join(root, `.${deadPid()}-1.previous`);
    mkdirSync(aside);
    writeFileSync(join(aside, 'index.html'), 'old');
    rmSync(out, { recursive: true });
    await expect(buildAtomically(out, [failing])).rejects.toThrow('index failed');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });

  it('does not publish when told to stop after the steps succeeded', async () => {
    const out = setup();
    let built = false;
    const steps = [{ name: 'pages', run: (t: string) => void ((built = true), write('index.html', 'new')(t)) }];
    await expect(buildAtomically(out, steps, { shouldStop: () => (built ? 'parent gone' : null) })).rejects.toThrow('parent gone');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('old');
    expect(leftovers()).toEqual([]);
  });
});

describe('a build killed at each phase', () => {
  const atomic = fileURLToPath(new URL('../../tools/build/atomic.ts', import.meta.url));
  /** Runs a build in another process that SIGKILLs itself on reaching `phase`. */
  function killedAt(out: string, phase: Phase) {
    const script = join(root, 'driver.ts');
    writeFileSync(
      script,
      `import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAtomically } from ${JSON.stringify(atomic)};
await buildAtomically(${JSON.stringify(out)}, [{ name: 'pages', run: (t) => { mkdirSync(t, { recursive: true }); writeFileSync(join(t, 'index.html'), 'new'); } }], {
  onPhase: (p) => { if (p === ${JSON.stringify(phase)}) process.kill(process.pid, 'SIGKILL'); },
});
`,
    );
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8' });
    expect(r.signal, r.stderr).toBe('SIGKILL');
    rmSync(script);
  }

  for (const [phase, site] of [
    ['locked', 'old'],
    ['built', 'old'],
    ['moved-aside', 'old'],
    ['swapped', 'new'],
  ] as const) {
    it(`leaves a site for the next build when killed at "${phase}"`, async () => {
      const out = setup();
      killedAt(out, phase);
      // The next build fails, so what dist/ holds afterwards is what the killed one left, put right.
      await expect(buildAtomically(out, [failing])).rejects.toThrow('index failed');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe(site);
      expect(leftovers()).toEqual([]);
    });
  }
});

describe('watching the process that started the build', () => {
  it('says which watched process has gone, naming its pid', () => {
    const pid = deadPid();
    expect(processAlive(pid)).toBe(false);
    expect(
      goneAncestor([
        { pid: process.pid, start: null },
        { pid, start: null },
      ]),
    ).toContain(`pid ${pid}`);
  });

  it('has nothing to say while every watched process runs', () => {
    expect(goneAncestor([{ pid: process.pid, start: null }])).toBeNull();
  });
});
