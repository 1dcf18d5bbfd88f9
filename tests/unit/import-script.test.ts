import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/import-report.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}` };
};
const dirs: string[] = [];
const tmp = () => {
  const d = mkdtempSync(join(tmpdir(), 'import-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

// Each case starts Node; on a busy machine that takes seconds.
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes the entries and ends with a summary of problems, measures and points', () => {
    const out = join(tmp(), 'content');
    const r = run(['tests/fixtures/import/categories-paren.txt', '--out', out]);
    expect(r.status, r.out).toBe(0);
    expect(readdirSync(join(out, 'sections'))).toHaveLength(4);
    expect(existsSync(join(out, 'report.yaml'))).toBe(true);
    expect(existsSync(join(out, 'source', 'categories-paren.txt'))).toBe(true);
    expect(r.out).toContain('问题 / problems: 4');
    expect(r.out).toContain('measures: 8');
    expect(r.out).toContain('organisation points: 3');
    expect(r.out).toContain('could not place');
  });

  it('reads a GBK-encoded report and keeps its source as UTF-8, same text', () => {
    const out = join(tmp(), 'content');
    const r = run(['tests/fixtures/import-encoding/halfwidth-basic-gbk.txt', '--out', out]);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('GB18030');
    expect(readFileSync(join(out, 'source', 'halfwidth-basic-gbk.txt'), 'utf8')).toBe(readFileSync('tests/fixtures/import/halfwidth-basic.txt', 'utf8'));
  });

  it('writes nothing for a text it cannot place, and names the lines', () => {
    const out = join(tmp(), 'content');
    const r = run(['tests/fixtures/import/reject-unplaceable.txt', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('reject-unplaceable.txt:6:');
    expect(r.out).toContain('reject-unplaceable.txt:9:');
    expect(r.out).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('never overwrites an existing entry without --force', () => {
    const out = join(tmp(), 'content');
    expect(run(['tests/fixtures/import/halfwidth-basic.txt', '--out', out]).status).toBe(0);
    const edited = join(out, 'sections', readdirSync(join(out, 'sections'))[0] ?? '');
    writeFileSync(edited, 'an editor’s change');
    const again = run(['tests/fixtures/import/halfwidth-basic.txt', '--out', out]);
    expect(again.status).toBe(1);
    expect(again.out).toContain('not overwritten');
    expect(readFileSync(edited, 'utf8')).toBe('an editor’s change');
    expect(run(['tests/fixtures/import/halfwidth-basic.txt', '--out', out, '--force']).status).toBe(0);
    expect(readFileSync(edited, 'utf8')).toContain('number: 1');
  });
});
