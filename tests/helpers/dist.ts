/** Reading a built site from disk: its HTML pages and their visible text. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlFilesUnder } from '../../src/lib/fs/files.ts';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** Every .html file under dir, as paths relative to dir. */
export const htmlFiles = htmlFilesUnder;

/** The text a reader sees on a page (innerText rules: no script, style or hidden content). */
export function visibleText(html: string): string {
  return toText(fromHtml(html), { whitespace: 'normal' });
}

/** The visible text of every page under dir, keyed by relative path. */
export function siteTexts(dir: string): Map<string, string> {
  return new Map(htmlFiles(dir).map((f) => [f, visibleText(readFileSync(join(dir, f), 'utf8'))]));
}
