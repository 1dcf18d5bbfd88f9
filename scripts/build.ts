/**
 * npm run build [-- --out <dir>] [--separate-astro] [--astro-heap-mb <MB>]
 * Builds the site and its search index into a temporary folder and replaces
 * the output folder (default dist/) only if every step succeeded
 * (tools/build/publish.ts). One Node process does it all, so killing it (or
 * npm above it) stops everything; above SEPARATE_ASTRO_ENTRIES section
 * entries, or with --separate-astro, Astro builds in a child process of its
 * own (tools/build/astro.ts), its V8 heap capped at --astro-heap-mb (default
 * from the number of entries; 0 for none).
 */
import module from 'node:module';
import { parseArgs } from 'node:util';

// As Astro's own command line does: cache compiled modules on disk, so the
// next build starts faster. Before the imports below, which are most of the start-up.
if (!process.env['CI']) module.enableCompileCache?.();
// Rolldown (Vite's bundler, native code loaded with Astro) allocates with mimalloc, which keeps what
// it has freed for reuse: told to give it back at once, a large build's peak memory is much lower for
// the same CPU time (CHANGELOG). Set before Astro is loaded, and inherited by the child processes.
process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
// What this script publishes is always the production site: Vite keeps a caller's NODE_ENV (vitest
// sets "test"), and any value but "production" builds pages as `astro dev` serves them
// (import.meta.env.DEV: the preview's script, a looser style-src).
process.env['NODE_ENV'] = 'production';

const { values } = parseArgs({
  options: {
    out: { type: 'string', default: 'dist' },
    'separate-astro': { type: 'boolean', default: false },
    'astro-heap-mb': { type: 'string' },
    // Internal: the child process of a separate Astro build, building into this folder for this parent.
    'astro-only': { type: 'string' },
    parent: { type: 'string' },
  },
});

if (values['astro-only'] !== undefined) {
  await (await import('../tools/build/astro.ts')).astroChild(values['astro-only'], values.parent);
}

const [{ publish }, { astroHere, astroSeparately, searchIndex, sectionEntries, SEPARATE_ASTRO_ENTRIES, verify }] = await Promise.all([
  import('../tools/build/publish.ts'),
  import('../tools/build/steps.ts'),
]);
const heapMb = values['astro-heap-mb'] === undefined ? undefined : Number(values['astro-heap-mb']);
if (heapMb !== undefined && !(heapMb >= 0)) {
  console.error(
    `--astro-heap-mb 应为不小于 0 的数（MB），实为 ${values['astro-heap-mb']} / --astro-heap-mb expects a number of MB, 0 or more; found ${values['astro-heap-mb']}`,
  );
  process.exit(2);
}
const entries = sectionEntries(process.cwd());
const separate = values['separate-astro'] || entries > SEPARATE_ASTRO_ENTRIES;

await publish(values.out, [
  separate ? astroSeparately(entries, { script: process.argv[1] ?? 'scripts/build.ts', heapMb }) : astroHere(),
  searchIndex(),
  verify(),
]);
