/** Reading a built site from disk: its HTML pages and their visible text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';

/** Every .html file under dir, as paths relative to dir. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

/** The text a reader sees on a page (innerText rules: no script, style or hidden content). */
export function visibleText(html: string): string {
  return toText(fromHtml(html), { whitespace: 'normal' });
}

/** The visible text of every page under dir, keyed by relative path. */
export function siteTexts(dir: string): Map<string, string> {
  return new Map(htmlFiles(dir).map((f) => [f, visibleText(readFileSync(join(dir, f), 'utf8'))]));
}
