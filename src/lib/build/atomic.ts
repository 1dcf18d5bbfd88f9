/**
 * Atomic publishing: build into a fresh temporary folder, and only when every
 * step has succeeded swap it in for the output folder. A failed build leaves
 * the previous output exactly as it was.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

export interface Step {
  name: string;
  /** Runs the step against the temporary folder; throws on failure. */
  run: (tmpDir: string) => void | Promise<void>;
}

/** Runs the steps into a sibling temp folder of outDir, then swaps it in. Returns the final folder. */
export async function buildAtomically(outDir: string, steps: readonly Step[], log: (line: string) => void = () => {}): Promise<string> {
  const out = resolve(outDir);
  const stamp = `${process.pid}-${Date.now()}`;
  const tmp = join(dirname(out), `.${stamp}.building`);
  const old = join(dirname(out), `.${stamp}.previous`);
  try {
    for (const step of steps) {
      log(`▶ ${step.name}`);
      await step.run(tmp);
    }
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
  if (existsSync(out)) renameSync(out, old);
  renameSync(tmp, out);
  rmSync(old, { recursive: true, force: true });
  return out;
}
