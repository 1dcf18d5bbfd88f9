/**
 * Where an import writes: content/reports/<slug>/ under the content folder
 * (or under --out). Checks every path before anything is written, so a bad
 * target (a file where a folder must be, a folder where a file must be, an
 * existing report without --force) gets one line and nothing is written.
 */
import { cpSync, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { REPORTS_DIR } from '../content/layout.ts';
import type { ContentFile } from './write.ts';

const kind = (p: string): 'dir' | 'file' | 'none' => {
  try {
    return lstatSync(p).isDirectory() ? 'dir' : 'file';
  } catch {
    return 'none';
  }
};

/** Why the target cannot take the import, in one line; null when it can. */
export function targetProblem(contentDir: string, slug: string, files: readonly { path: string }[], force: boolean): string | null {
  const folder = join(contentDir, REPORTS_DIR, slug);
  for (const dir of [contentDir, join(contentDir, REPORTS_DIR)]) {
    if (kind(dir) === 'file') return `${dir}: 应为文件夹，实为文件；未写入任何文件 / expected a folder, found a file; nothing written`;
  }
  const at = kind(folder);
  if (at === 'file') return `${folder}: 应为通报文件夹，实为文件；未写入任何文件 / expected a report folder, found a file; nothing written`;
  if (at === 'dir' && !force && readdirSync(folder).length > 0)
    return `${folder}: 该通报已存在，未覆盖（原文有更正请加 --update，保留已补充的数据；确需整体替换请加 --force）；未写入任何文件 / the report exists; not overwritten (use --update for a corrected source, keeping what editors added; --force to replace it); nothing written`;
  if (at === 'dir') {
    for (const f of files) {
      const path = join(folder, f.path);
      if (kind(path) === 'dir') return `${path}: 应为文件，实为文件夹；未写入任何文件 / expected a file, found a folder; nothing written`;
      const parent = dirname(path);
      if (parent !== folder && kind(parent) === 'file')
        return `${parent}: 应为文件夹，实为文件；未写入任何文件 / expected a folder, found a file; nothing written`;
    }
  }
  return null;
}

/** What an update keeps of the existing folder: every file but those it removes; the rest it overwrites. */
export interface KeepExisting {
  /** Paths relative to the report folder to leave out. */
  remove: readonly string[];
}

/**
 * Writes the report folder: into a staging folder beside it first, then one
 * rename puts it in place (an existing folder, replaced with --force, is moved
 * aside and removed only after). With `keep` (--update) the staging folder
 * starts as a copy of the existing one, so files the import does not write
 * (replaced sources, an editor's own files) stay. A failure leaves the target as it was.
 */
export function writeReport(
  contentDir: string,
  slug: string,
  files: readonly (ContentFile | { path: string; content: Uint8Array })[],
  keep?: KeepExisting,
): string {
  const root = join(contentDir, REPORTS_DIR);
  const folder = join(root, slug);
  const stage = join(root, `.${slug}.importing-${process.pid}`);
  const old = join(root, `.${slug}.replaced-${process.pid}`);
  mkdirSync(root, { recursive: true });
  rmSync(stage, { recursive: true, force: true });
  try {
    if (keep) {
      cpSync(folder, stage, { recursive: true });
      for (const r of keep.remove) rmSync(join(stage, r), { force: true });
    }
    for (const f of files) {
      const path = join(stage, f.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.content);
    }
    if (existsSync(folder)) renameSync(folder, old);
    renameSync(stage, folder);
  } catch (e) {
    rmSync(stage, { recursive: true, force: true });
    if (existsSync(old) && !existsSync(folder)) renameSync(old, folder);
    throw e;
  }
  rmSync(old, { recursive: true, force: true });
  return folder;
}
