import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles } from '../helpers/dist.ts';

// Rules come from .htmlvalidate.mjs at the project root (html-validate:recommended).
const htmlvalidate = new HtmlValidate(new FileSystemConfigLoader());
const text = formatterFactory('text');

describe.each([
  { name: 'at the root', dir: inject('siteDir') },
  { name: 'under the base path', dir: inject('baseSiteDir') },
])('html-validate $name', ({ dir }) => {
  it('finds no error on any built page', async () => {
    const files = htmlFiles(dir);
    expect(files.length).toBeGreaterThan(26);
    const reports = await Promise.all(files.map((f) => htmlvalidate.validateFile(join(dir, f))));
    const failed = reports.filter((r) => !r.valid);
    expect(failed.map((r) => text(r.results)).join('\n')).toBe('');
  });
});
