/**
 * The 朗读 script as the site serves it (/read-aloud.js): read-aloud.client.ts
 * and what it imports, bundled into one classic script and minified. Loaded
 * only when a reader presses 朗读, so it is not part of a page's weight.
 */
import { buildSync } from 'esbuild';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** Where the client entry lives, from the project root (the build runs there). */
export const READ_ALOUD_ENTRY = 'src/lib/reading/read-aloud.client.ts';

/** Bundles the 朗读 client into one minified script. */
export function readAloudScript(root = process.cwd()): string {
  const entry = resolve(root, READ_ALOUD_ENTRY);
  if (!existsSync(entry))
    throw new Error(`朗读脚本入口不存在：${entry} / expected the read-aloud entry at ${entry} (build from the project root)`);
  const out = buildSync({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    target: 'es2019',
    legalComments: 'none',
  });
  return out.outputFiles[0]?.text ?? '';
}
