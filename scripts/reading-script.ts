/**
 * node scripts/reading-script.ts
 * Rewrites the two committed page scripts the build serves as they are:
 * src/lib/reading/inline.min.js from inline.js, and read-aloud.min.js (the
 * 朗读 bundle of read-aloud.client.ts, read-aloud.ts and the dictionary).
 * Run after editing any of them or a UI string; the unit tests say so when
 * a committed copy differs from its sources.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { minifyScript } from '../src/lib/reading/minify.ts';
import { readAloudScript } from '../src/lib/reading/bundle.ts';

const dir = new URL('../src/lib/reading/', import.meta.url);
const min = minifyScript(readFileSync(new URL('inline.js', dir), 'utf8'));
writeFileSync(new URL('inline.min.js', dir), `${min}\n`);
console.log(`inline.min.js: ${Buffer.byteLength(min)} bytes`);
const bundle = readAloudScript();
writeFileSync(new URL('read-aloud.min.js', dir), bundle.endsWith('\n') ? bundle : `${bundle}\n`);
console.log(`read-aloud.min.js: ${Buffer.byteLength(bundle)} bytes`);
