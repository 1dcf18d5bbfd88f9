/**
 * The page script (reading settings and copy buttons) as it goes into every
 * page's <head>: the readable source in inline.js, minified.
 */
import { transformSync } from 'esbuild';
import source from './inline.js?raw';

/** Minifies the page script (ES5 in, ES5 out). */
export function minifyScript(js: string): string {
  return transformSync(js, { minify: true, target: 'es5', legalComments: 'none' }).code.trim();
}

/** The script to inline in <head>. */
export const READING_SCRIPT = minifyScript(source);
