/**
 * The page script (reading settings and copy buttons) as it goes into every
 * page's <head>: the readable source is inline.js; inline.min.js is its
 * minified form (minify.ts), committed so the build neither loads esbuild nor
 * minifies on every build (the time it took is in the changelog). tests/unit/reading-settings.test.ts
 * fails if inline.min.js is not exactly minifyScript(inline.js).
 */
import minified from './inline.min.js?raw';

/** The script to inline in <head>. */
export const READING_SCRIPT = minified.trim();
