import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { checkContent } from '../../src/lib/content/run.ts';
import { formatIssues } from '../../src/lib/issues.ts';
import { REPORT_FOLDER_FILES } from '../../src/lib/content/layout.ts';

// A made-up key outside the project: no message may ever print a line of it.
const SECRET = Array.from({ length: 60 }, (_, i) => `KEY-${i}-c2VjcmV0LWtleS1tYXRlcmlhbC1mb3ItYS10ZXN0`).join('\n');
const REPORT = 'content/reports/hailing';

let dir = '';
let outside = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'content-files-'));
  cpSync('tests/fixtures/check/base', dir, { recursive: true });
  outside = mkdtempSync(join(tmpdir(), 'outside-'));
  writeFileSync(join(outside, 'id_key'), SECRET);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const check = () => {
  const files = readContentFiles(dir);
  return { files, errors: checkContent(files).errors, out: formatIssues(checkContent(files).errors) };
};

describe('only regular content files inside content/ are read', () => {
  it('reads the fixture as it is: no issue, every file opened', () => {
    const { files, errors } = check();
    expect(formatIssues(errors)).toBe('');
    expect(files.every((f) => f.unread === undefined && f.content.length > 0)).toBe(true);
  });

  it('refuses source.txt as a symbolic link by name, never opening or printing what it points to', () => {
    rmSync(join(dir, REPORT, 'source.txt'));
    symlinkSync(join(outside, 'id_key'), join(dir, REPORT, 'source.txt'));
    const { files, errors, out } = check();
    expect(files.find((f) => f.path === `${REPORT}/source.txt`)).toEqual({ path: `${REPORT}/source.txt`, content: '', unread: 'symlink' });
    expect(errors.map((e) => e.file)).toEqual([`${REPORT}/source.txt`]);
    expect(out).toContain('found a symbolic link');
    expect(out).not.toContain('KEY-');
  });

  it('refuses a hidden file and a linked entry among the sections, and a hidden file in content/, by name', () => {
    writeFileSync(join(dir, REPORT, 'sections', '.04-隐藏的条目.mdx'), '---\nnumber: 4\n---\n隐藏的正文。\n');
    symlinkSync(join(outside, 'id_key'), join(dir, REPORT, 'sections', '04-链接.mdx'));
    writeFileSync(join(dir, 'content', '.DS_Store'), 'x');
    mkdirSync(join(dir, REPORT, '.git'));
    writeFileSync(join(dir, REPORT, '.git', 'config'), SECRET);
    const { files, errors, out } = check();
    expect(files.filter((f) => f.unread && f.unread !== 'other').map((f) => [f.path, f.unread])).toEqual([
      ['content/.DS_Store', 'hidden'],
      [`${REPORT}/.git/`, 'hidden'],
      [`${REPORT}/sections/.04-隐藏的条目.mdx`, 'hidden'],
      [`${REPORT}/sections/04-链接.mdx`, 'symlink'],
    ]);
    expect(errors.map((e) => e.file).sort()).toEqual(
      ['content/.DS_Store', `${REPORT}/.git/`, `${REPORT}/sections/.04-隐藏的条目.mdx`, `${REPORT}/sections/04-链接.mdx`].sort(),
    );
    expect(out).toContain('.04-隐藏的条目.mdx');
    expect(out).toContain('expected no hidden file');
    // Not a fidelity difference blamed on source.txt: the entries' own files are named.
    expect(out).not.toContain('source.txt');
    expect(out).not.toContain('KEY-');
  });

  it('refuses a named pipe without opening it (a reader of one waits for a writer, and reads whatever it writes)', () => {
    const fifo = join(dir, REPORT, 'sections', '04-管道.mdx');
    const made = spawnSync('mkfifo', [fifo]);
    expect(made.status, String(made.stderr)).toBe(0);
    // A writer on the other end: a check that opened the pipe would read the key instead of waiting forever.
    const writer = spawn('sh', ['-c', 'exec cat "$0" > "$1"', join(outside, 'id_key'), fifo], { stdio: 'ignore' });
    try {
      const { files, errors, out } = check();
      expect(files.find((f) => f.path.endsWith('04-管道.mdx'))).toEqual({
        path: `${REPORT}/sections/04-管道.mdx`,
        content: '',
        unread: 'special',
      });
      expect(errors.map((e) => [e.file, e.message.includes('found a device, pipe or socket')])).toEqual([
        [`${REPORT}/sections/04-管道.mdx`, true],
      ]);
      expect(out).not.toContain('KEY-');
    } finally {
      writer.kill('SIGKILL');
    }
  });

  it('reports a file the report folder does not know, with a hint when it is named like a field', () => {
    writeFileSync(join(dir, REPORT, 'withdrawn.yaml'), 'date: 2024-05-01\n');
    writeFileSync(join(dir, REPORT, 'notes.docx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00]));
    writeFileSync(join(dir, REPORT, 'Report.yml'), 'title: x\n');
    const { files, errors } = check();
    expect(files.find((f) => f.path.endsWith('notes.docx'))?.unread).toBe('other');
    const byFile = new Map(errors.map((e) => [e.file.slice(REPORT.length + 1), e.message]));
    expect([...byFile.keys()].sort()).toEqual(['Report.yml', 'notes.docx', 'withdrawn.yaml']);
    expect(byFile.get('withdrawn.yaml')).toContain(`write it under withdrawn: in ${REPORT}/report.yaml`);
    expect(byFile.get('Report.yml')).toContain('did you mean report.yaml?');
    expect(byFile.get('notes.docx')).toContain('neither read nor published');
  });

  it('accepts every file REPORT_FOLDER_FILES lists (the one list other parts extend)', () => {
    expect(REPORT_FOLDER_FILES).toContain('metrics-allowlist.yaml');
    renameSync(join(dir, REPORT, 'metrics-allowlist.yaml'), join(dir, 'allow.yaml'));
    // Without its allowlist the base fixture reports uncovered percentages, not an unknown file.
    expect(check().errors.some((e) => e.message.includes('neither read nor published'))).toBe(false);
  });

  it('says a source that is not this report is the wrong file, once, without printing its lines', () => {
    writeFileSync(join(dir, REPORT, 'source.txt'), SECRET);
    const { errors, out } = check();
    const fidelity = errors.filter((e) => e.file === `${REPORT}/source.txt`);
    expect(fidelity).toHaveLength(1);
    expect(fidelity[0]?.message).toContain('does not look like this report');
    expect(out).not.toContain('KEY-');
  });
});
