import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { htmlFiles } from '../helpers/dist.ts';

const dir = inject('baseSiteDir');
const base = inject('basePath');
const ORIGIN = 'http://site.test';

/** The URL a page is served at: sections/06/index.html → /xszg/sections/06/. */
const pageUrl = (file: string) => new URL(base + file.replace(/(^|\/)index\.html$/, '$1'), ORIGIN);

/** Every same-origin URL a text refers to (href, src, action, srcset-free CSS url()), resolved against from. */
function internalRefs(text: string, from: URL): URL[] {
  const raw = [...text.matchAll(/(?:href|src|action)="([^"]*)"|url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
  return raw
    .filter((r) => r !== '' && !r.startsWith('#') && !/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(r))
    .map((r) => new URL(r.replace(/&amp;/g, '&'), from))
    .filter((u) => u.origin === ORIGIN);
}

describe('under a base path', () => {
  it('keeps every internal link, asset and form target of every page inside the base path, relative ones included', () => {
    let checked = 0;
    for (const f of htmlFiles(dir)) {
      for (const u of internalRefs(readFileSync(join(dir, f), 'utf8'), pageUrl(f))) {
        expect(u.pathname.startsWith(base), `${f}: ${u.pathname}`).toBe(true);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('keeps url() references in the built stylesheets inside the base path', () => {
    for (const f of filesUnder(dir, (p) => p.endsWith('.css'))) {
      for (const u of internalRefs(readFileSync(join(dir, f), 'utf8'), new URL(base + f, ORIGIN))) {
        expect(u.pathname.startsWith(base), `${f}: ${u.pathname}`).toBe(true);
      }
    }
  });
});
