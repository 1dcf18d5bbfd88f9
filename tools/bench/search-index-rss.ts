/**
 * node tools/bench/search-index-rss.ts <built-dir> [--runs N] [--timeline] [--module <file>]
 *
 * The Pagefind step alone (tools/build/search-index.ts, buildSearchIndex)
 * on an already built site (e.g. tools/bench/scale-site.ts's), run N times, each in
 * a fresh Node process, measured from outside: every 50 ms this process reads
 * /proc for the child Node process (the parent of the step) and for each of
 * its descendants (Pagefind's binary), and prints per run the wall time, the
 * Node process's peak RSS and VmHWM, the binary's peak RSS, VmHWM and CPU
 * time (as last sampled, so up to 50 ms short), and the
 * largest summed RSS of the tree in one sample; --timeline also prints
 * both every 500 ms; --module <file> measures that file's buildSearchIndex
 * instead of this checkout's (e.g. another worktree's, for before and after). It rewrites <built-dir>/pagefind/.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { descendants, procSnapshot } from './proc.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: 'string', default: '1' },
    child: { type: 'boolean', default: false },
    timeline: { type: 'boolean', default: false },
    module: { type: 'string' },
  },
});
const dir = resolve(positionals[0] ?? '');

if (values.child) {
  const { buildSearchIndex } = (await import(
    values.module ? resolve(values.module) : '../build/search-index.ts'
  )) as typeof import('../build/search-index.ts');
  const t = performance.now();
  await buildSearchIndex(dir, (line) => console.log(line));
  const m = process.memoryUsage();
  const f = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;
  console.log(
    `  in-process: ${Math.round(performance.now() - t)} ms; at the end rss ${f(m.rss)}, heap used ${f(m.heapUsed)} of ${f(m.heapTotal)}, external ${f(m.external)}`,
  );
  process.exit(0);
}

/** User + system CPU time of a process so far, ms (fields 14 and 15 of /proc/<pid>/stat, in clock ticks of 10 ms). */
const cpuMs = (pid: number) => {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
};
const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MB`;

for (let run = 1; run <= Number(values.runs); run++) {
  const start = performance.now();
  const child = spawn(process.execPath, [import.meta.filename, dir, '--child', ...(values.module ? ['--module', values.module] : [])], {
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const peak = { node: 0, nodeHwm: 0, bin: 0, binHwm: 0, tree: 0, binCpuMs: 0 };
  const sample = () => {
    const tree = descendants(procSnapshot(), child.pid!);
    let sum = 0;
    for (const r of tree) {
      sum += r.rss;
      if (r.pid === child.pid) {
        peak.node = Math.max(peak.node, r.rss);
        peak.nodeHwm = Math.max(peak.nodeHwm, r.hwm);
      } else {
        peak.bin = Math.max(peak.bin, r.rss);
        peak.binHwm = Math.max(peak.binHwm, r.hwm);
        peak.binCpuMs = Math.max(peak.binCpuMs, cpuMs(r.pid));
      }
    }
    peak.tree = Math.max(peak.tree, sum);
    if (values.timeline && ++ticks % 10 === 0)
      console.log(
        `    ${Math.round(performance.now() - start)} ms: node ${mb(tree.find((r) => r.pid === child.pid)?.rss ?? 0)}, pagefind ${mb(sum - (tree.find((r) => r.pid === child.pid)?.rss ?? 0))}`,
      );
  };
  let ticks = 0;
  const timer = setInterval(sample, 50);
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  clearInterval(timer);
  console.log(
    `run ${run}: exit ${code}, wall ${Math.round(performance.now() - start)} ms; node RSS peak ${mb(peak.node)} (HWM ${mb(peak.nodeHwm)}); pagefind RSS peak ${mb(peak.bin)} (HWM ${mb(peak.binHwm)}, CPU ≥ ${peak.binCpuMs} ms); tree peak ${mb(peak.tree)}`,
  );
}
