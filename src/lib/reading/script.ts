/**
 * The reading-settings script as it goes into every page's <head>: the
 * readable source in inline.js with comments and indentation removed.
 */
import source from './inline.js?raw';

/**
 * Removes whole-line comments, trailing " // " comments and indentation.
 * Only meant for inline.js, which keeps to that comment style and ends every
 * statement with a semicolon.
 */
export function compactScript(js: string): string {
  return js
    .split('\n')
    .map((line) => line.replace(/\s+\/\/ .*$/, '').trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}

/** The script to inline in <head>. */
export const READING_SCRIPT = compactScript(source);
