import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

const dir = inject('baseSiteDir');
const base = inject('basePath');

describe('under a base path', () => {
  it('prefixes every internal link and asset with the base path', () => {
    for (const f of htmlFiles(dir)) {
      const html = readFileSync(join(dir, f), 'utf8');
      const refs = [...html.matchAll(/(?:href|src|action)="(\/[^"]*)"/g)].map((m) => m[1] ?? '');
      for (const r of refs) expect(r.startsWith(base), `${f}: ${r}`).toBe(true);
    }
  });
});
