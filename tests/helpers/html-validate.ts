/**
 * html-validate on built pages with the project's own rules (.htmlvalidate.mjs):
 * each page is validated as if it lay in this project's dist/, so a project
 * copy's build is held to the same rules. The errors as text, "" when valid.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, formatterFactory, HtmlValidate } from 'html-validate';

/** html-validate's findings on the given pages of a built site, formatted; "" when every page is valid. */
export async function htmlErrors(dir: string, pages: readonly string[]): Promise<string> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const reports = await Promise.all(
    pages.map((p) => validator.validateString(readFileSync(join(dir, p), 'utf8'), join(process.cwd(), 'dist', p))),
  );
  return reports
    .filter((r) => !r.valid)
    .map((r) => formatterFactory('text')(r.results))
    .join('\n');
}
