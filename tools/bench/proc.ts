/**
 * Peak memory of a process tree, read from Linux's /proc. A build is several
 * processes (the build script, astro, pagefind's runner and its Rust binary),
 * so the peak is the largest sum of their resident memory seen in any one
 * sample. Sampling can miss a spike shorter than the interval; each process's
 * own high-water mark (VmHWM, exact) is kept as well, and the larger of the
 * two is a lower bound on the true peak. Parsing, and one reading of /proc (procSnapshot); sampling in run.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';

export interface ProcRow {
  pid: number;
  ppid: number;
  /** Resident memory now, bytes. */
  rss: number;
  /** The process's own peak resident memory so far, bytes. */
  hwm: number;
}

/** Parses /proc/<pid>/status. Returns null for a kernel thread or a malformed file. */
export function parseProcStatus(pid: number, text: string): ProcRow | null {
  const field = (name: string) => {
    const m = new RegExp(`^${name}:\\s+(\\d+)`, 'm').exec(text);
    return m ? Number(m[1]) : null;
  };
  const ppid = field('PPid');
  const rss = field('VmRSS');
  if (ppid === null || rss === null) return null;
  return { pid, ppid, rss: rss * 1024, hwm: (field('VmHWM') ?? rss) * 1024 };
}

/** The root and every process descended from it. */
export function descendants(rows: readonly ProcRow[], root: number): ProcRow[] {
  const children = new Map<number, ProcRow[]>();
  for (const r of rows) children.set(r.ppid, [...(children.get(r.ppid) ?? []), r]);
  const out: ProcRow[] = [];
  const self = rows.find((r) => r.pid === root);
  const queue = self ? [self] : (children.get(root) ?? []).slice();
  const seen = new Set<number>();
  while (queue.length > 0) {
    const r = queue.shift() as ProcRow;
    if (seen.has(r.pid)) continue;
    seen.add(r.pid);
    out.push(r);
    queue.push(...(children.get(r.pid) ?? []));
  }
  return out;
}

/** Summed resident memory of the tree under root, bytes. */
export function treeRss(rows: readonly ProcRow[], root: number): number {
  return descendants(rows, root).reduce((n, r) => n + r.rss, 0);
}

/** Every process on the machine now, read from /proc (Linux; empty elsewhere): one row per readable status file. */
export function procSnapshot(): ProcRow[] {
  const rows: ProcRow[] = [];
  let names: string[];
  try {
    names = readdirSync('/proc');
  } catch {
    return rows;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const row = parseProcStatus(Number(name), readFileSync(`/proc/${name}/status`, 'utf8'));
      if (row) rows.push(row);
    } catch {
      // The process ended between listing and reading.
    }
  }
  return rows;
}
