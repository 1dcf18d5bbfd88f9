/**
 * The V8 heap cap of the separate Astro build (large archives only, see
 * tools/build/astro.ts). Without a cap V8 lets the heap grow to about twice
 * what is live before collecting, and the process's memory with it; a cap
 * near the live size makes it collect sooner (measured at 2,600 sections,
 * CHANGELOG). It is only a hint: a build that dies at the cap is run again
 * without one, so no archive fails for it.
 */

/** MB of live heap the Astro build needs at a fixed base, and per section entry (fitted to a 2,600-section build, CHANGELOG). */
const BASE_MB = 192;
const PER_ENTRY_MB = 0.06;

/** The cap, in MB, for an archive of `entries` sections (2,600 → 348). */
export function astroHeapCapMb(entries: number): number {
  return Math.round(BASE_MB + PER_ENTRY_MB * Math.max(0, entries));
}

/** True when a child process ended the way V8 ends at its heap limit (abort: SIGABRT, or exit code 134 through a shell). */
export function diedAtHeapLimit(code: number | null, signal: NodeJS.Signals | null): boolean {
  return signal === 'SIGABRT' || code === 134;
}
