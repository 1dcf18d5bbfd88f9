import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/content/run.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';

// The base fixture with its source saved as GBK (made with iconv -f UTF-8 -t GBK).
describe('a source that is not UTF-8', () => {
  it('gets one "not UTF-8 (looks like GBK)" error with the fix, not mojibake fidelity errors', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-enc-'));
    try {
      cpSync('tests/fixtures/check/base', dir, { recursive: true });
      cpSync('tests/fixtures/check/not-utf8', dir, { recursive: true });
      const { errors } = checkContent(readContentFiles(dir));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toMatchObject({ file: 'content/reports/hailing/source.txt', line: 1, field: '编码 / encoding' });
      expect(errors[0]?.message).toContain('not UTF-8 (looks like GBK): convert it with `npm run import` or iconv');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
