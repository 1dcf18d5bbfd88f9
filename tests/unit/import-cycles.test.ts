/**
 * The folders of src/lib depend on each other in one direction only: a
 * folder-level import cycle (content ↔ import, metrics ↔ content) makes
 * every change ripple both ways. And the rooms of the project in one
 * direction too: the site (src/) imports no tooling, tests or scripts;
 * tooling (tools/: build, bench, test environment, audit) imports no tests
 * or scripts; tests import tooling, never the reverse. Reads the import
 * statements themselves.
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

const ROOT = resolve('.');

/** Every relative module a file imports (static, re-exported or dynamic), resolved. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s*['"](\.[^'"]+)['"]/g),
    ...text.matchAll(/\bimport\(\s*['"](\.[^'"]+)['"]\s*\)/g),
  ].map((m) => m[1] ?? '');
  return specs.map((s) => resolve(dirname(file), s));
}

/** The top-level folder of the project a path lies in (src, tools, tests, scripts…). */
const roomOf = (path: string) => relative(ROOT, path).split(/[\\/]/)[0] ?? '';

/** "file → imported" for each import from a room in `from` into a room in `forbidden`. */
function crossings(from: string, forbidden: readonly string[]): string[] {
  return filesUnder(resolve(from)).flatMap((file) =>
    importsOf(file)
      .filter((target) => forbidden.includes(roomOf(target)))
      .map((target) => `${relative(ROOT, file)} → ${relative(ROOT, target)}`),
  );
}

describe('the rooms of the project', () => {
  it('the site (src/) imports no tooling, tests or scripts', () => {
    expect(crossings('src', ['tools', 'tests', 'scripts', 'bench'])).toEqual([]);
  });
  it('tooling (tools/) imports no tests or scripts', () => {
    expect(crossings('tools', ['tests', 'scripts'])).toEqual([]);
  });
  it('tests import tooling (the direction the checks above allow, and proof that they see imports)', () => {
    expect(crossings('tests', ['tools'])).toContain('tests/unit/atomic.test.ts → tools/build/atomic.ts');
  });
});

describe('src/lib folders', () => {
  it('import each other without a cycle', () => {
    expect(findCycle(folderGraph())?.join(' → ') ?? null).toBeNull();
  });
  it('the cycle finder finds a planted cycle', () => {
    expect(
      findCycle(
        new Map([
          ['a', new Set(['b'])],
          ['b', new Set(['c'])],
          ['c', new Set(['a'])],
        ]),
      ),
    ).toEqual(['a', 'b', 'c', 'a']);
  });
});
