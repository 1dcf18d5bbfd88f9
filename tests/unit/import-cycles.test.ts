/**
 * The folders of src/lib depend on each other in one direction only: a
 * folder-level import cycle (content ↔ import, metrics ↔ content) makes
 * every change ripple both ways. Reads the import statements themselves.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve('src/lib');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : /\.(ts|js)$/.test(n) ? [p] : [];
  });
}

/** The folder of src/lib a file belongs to (its first path segment), or null outside src/lib. */
const folderOf = (file: string) => {
  const rel = relative(LIB, file);
  return rel.startsWith('..') ? null : (rel.split(/[\\/]/)[0] ?? null);
};

/** Edges folder → folder from every relative import in src/lib. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const file of filesUnder(LIB)) {
    const from = folderOf(file);
    if (!from || !file.slice(LIB.length + 1).includes('/')) continue;
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g)) {
      const to = folderOf(resolve(dirname(file), m[1] ?? ''));
      if (to && to !== from && !/\.(ts|js)$/.test(to)) graph.set(from, new Set([...(graph.get(from) ?? []), to]));
    }
  }
  return graph;
}

/** One cycle in the graph as a path a → … → a, or null. */
function findCycle(graph: Map<string, Set<string>>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (n: string): string[] | null => {
    if (state.get(n) === 'done') return null;
    if (state.get(n) === 'open') return [...stack.slice(stack.indexOf(n)), n];
    state.set(n, 'open');
    stack.push(n);
    for (const m of graph.get(n) ?? []) {
      const c = visit(m);
      if (c) return c;
    }
    stack.pop();
    state.set(n, 'done');
    return null;
  };
  for (const n of graph.keys()) {
    const c = visit(n);
    if (c) return c;
  }
  return null;
}

describe('src/lib folders', () => {
  it('import each other without a cycle', () => {
    expect(findCycle(folderGraph())?.join(' → ') ?? null).toBeNull();
  });
  it('the cycle finder finds a planted cycle', () => {
    expect(findCycle(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]]))).toEqual(['a', 'b', 'c', 'a']);
  });
});
