/**
 * A throwaway copy of the project with some content files replaced, for
 * tests that must see a build fail. node_modules is linked, not copied.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const PROJECT_FILES = ['src', 'tools', 'content', 'scripts', 'astro.config.mjs', 'site.config.ts', 'tsconfig.json', 'package.json'];

/** Copies the project into a temp folder and lays the overlay folder's files over it. */
export function projectCopy(overlay?: string): { dir: string; remove: () => void } {
  const root = resolve('.');
  const dir = mkdtempSync(join(tmpdir(), 'xszg-'));
  for (const f of PROJECT_FILES) cpSync(join(root, f), join(dir, f), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  if (overlay) cpSync(overlay, dir, { recursive: true, filter: (src) => !src.endsWith('expected.json') });
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs a node script in dir; returns exit status and everything printed. */
export function runNode(dir: string, args: string[], env: Record<string, string> = {}): { status: number | null; output: string } {
  const r = spawnSync(process.execPath, args, {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, ...env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  return { status: r.status, output: `${r.stdout}\n${r.stderr}` };
}
