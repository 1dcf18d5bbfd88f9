import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCRIPT_KEYS } from '../../src/lib/search/strings.ts';

// The modules the search page's script runs that translate (page.ts wires, view.ts words).
const sources = ['src/lib/search/page.ts', 'src/lib/search/view.ts'].map((f) => readFileSync(f, 'utf8'));

describe('the search script strings', () => {
  it('list every key the page script translates, and no other', () => {
    const used = new Set(sources.flatMap((s) => [...s.matchAll(/\bt\(\s*'([^']+)'/g)].map((m) => m[1])));
    expect([...used].sort()).toEqual([...SCRIPT_KEYS].sort());
  });
  it('are translated only with literal keys there, so the list above sees them all', () => {
    for (const s of sources) expect(s).not.toMatch(/\bt\(\s*[^'\s)]/);
  });
});
