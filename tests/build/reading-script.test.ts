import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { READING_SCRIPT } from '../../src/lib/reading/script.ts';
import { htmlFiles } from '../helpers/dist.ts';

const dir = inject('siteDir');

describe('the reading-settings script', () => {
  it('is inlined once in the <head> of every page, before any stylesheet, so settings apply before first paint', () => {
    for (const f of htmlFiles(dir)) {
      const html = readFileSync(join(dir, f), 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const at = head.indexOf(`<script>${READING_SCRIPT}</script>`);
      expect(at, f).toBeGreaterThan(-1);
      expect(html.split(READING_SCRIPT).length - 1, f).toBe(1);
      const stylesheet = head.indexOf('rel="stylesheet"');
      if (stylesheet !== -1) expect(at, f).toBeLessThan(stylesheet);
    }
  });

  it('is under 1.5 KB', () => {
    expect(Buffer.byteLength(READING_SCRIPT)).toBeLessThan(1536);
  });
});
