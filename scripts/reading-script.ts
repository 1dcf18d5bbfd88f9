/**
 * node scripts/reading-script.ts
 * Rewrites src/lib/reading/inline.min.js from inline.js (run after editing
 * inline.js; the unit test says so when they differ).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { minifyScript } from '../src/lib/reading/minify.ts';

const dir = new URL('../src/lib/reading/', import.meta.url);
const min = minifyScript(readFileSync(new URL('inline.js', dir), 'utf8'));
writeFileSync(new URL('inline.min.js', dir), `${min}\n`);
console.log(`inline.min.js: ${Buffer.byteLength(min)} bytes`);
