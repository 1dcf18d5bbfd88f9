import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/import-report.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, stderr: r.stderr };
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
/** Every file under a folder, relative. */
const tree = (d: string): string[] =>
  existsSync(d)
    ? readdirSync(d, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(d.length + 1))
        .sort()
    : [];

const GENRE = 'tests/fixtures/genre';
const BUREAU = `${GENRE}/xuncha-bureau-categories-no-parts.txt`;

// Each case starts Node; on a busy machine that takes seconds.
// Each test starts Node on a script (and compiles it): slow on a busy machine, so a limit that only stops a hang.
describe('npm run import', { timeout: 300_000 }, () => {
  it('adds the report as reports/<slug>/ with a default slug from its date and file name, and a summary', () => {
    const out = join(tmp(), 'content');
    const r = run([BUREAU, '--out', out]);
    expect(r.status, r.out).toBe(0);
    const folder = join(out, 'reports', '2023-08-15-xuncha-bureau-categories-no-parts');
    expect(tree(folder)).toEqual([
      'metrics-allowlist.yaml',
      'report.yaml',
      'sections/01-政治理论学习不深入.mdx',
      'sections/02-意识形态工作责任制落实不到位.mdx',
      'sections/03-高标准农田建设监管不力.mdx',
      'source.txt',
    ]);
    expect(r.out).toContain('problems: 3; 分类 / categories: 2');
    expect(r.out).toContain('measures: 6');
  });

  it('takes --slug for the folder and refuses a slug that is not a readable address', () => {
    const out = join(tmp(), 'content');
    expect(run([BUREAU, '--out', out, '--slug', '2023-qingshan-nyj']).status).toBe(0);
    expect(existsSync(join(out, 'reports', '2023-qingshan-nyj', 'report.yaml'))).toBe(true);
    const bad = run([BUREAU, '--out', out, '--slug', '青山']);
    expect(bad.status).toBe(1);
    expect(bad.out).toContain('found "青山"');
  });

  it('never overwrites an existing report without --force', () => {
    const out = join(tmp(), 'content');
    expect(run([BUREAU, '--out', out, '--slug', 'x']).status).toBe(0);
    const edited = join(out, 'reports', 'x', 'report.yaml');
    writeFileSync(edited, 'an editor’s change');
    const again = run([BUREAU, '--out', out, '--slug', 'x']);
    expect(again.status).toBe(1);
    expect(again.out).toContain('not overwritten');
    expect(readFileSync(edited, 'utf8')).toBe('an editor’s change');
    expect(run([BUREAU, '--out', out, '--slug', 'x', '--force']).status).toBe(0);
    expect(readFileSync(edited, 'utf8')).toContain('problemCount: 3');
  });

  it('writes nothing for a text without problems, and says what it looked for', () => {
    const out = join(tmp(), 'content');
    const r = run([`${GENRE}/refuse-news-item.txt`, '--out', out]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('refuse-news-item.txt:1:');
    expect(r.out).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a source with a NUL byte, naming its line, and writes nothing', () => {
    const d = tmp();
    const src = join(d, 'nul.txt');
    writeFileSync(src, readFileSync(BUREAU, 'utf8').replace('(2)建立学习台账', '(2)建立\u0000学习台账'));
    const r = run([src, '--out', join(d, 'content')]);
    expect(r.status).toBe(1);
    expect(r.out).toContain('nul.txt:7:');
    expect(r.out).toContain('U+0000');
    expect(existsSync(join(d, 'content'))).toBe(false);
  });

  it.each([
    ['--out is a file', (d: string) => writeFileSync(join(d, 'content'), 'x'), 'expected a folder, found a file'],
    [
      'reports is a file',
      (d: string) => (mkdirSync(join(d, 'content')), writeFileSync(join(d, 'content', 'reports'), 'x')),
      'expected a folder, found a file',
    ],
    [
      'the report folder is a file',
      (d: string) => (
        mkdirSync(join(d, 'content', 'reports'), { recursive: true }), writeFileSync(join(d, 'content', 'reports', 'x'), 'x')
      ),
      'expected a report folder, found a file',
    ],
    [
      'sections is a file (with --force)',
      (d: string) => (
        mkdirSync(join(d, 'content', 'reports', 'x'), { recursive: true }),
        writeFileSync(join(d, 'content', 'reports', 'x', 'sections'), 'x')
      ),
      'expected a folder, found a file',
    ],
    [
      'report.yaml is a folder (with --force)',
      (d: string) => mkdirSync(join(d, 'content', 'reports', 'x', 'report.yaml'), { recursive: true }),
      'expected a file, found a folder',
    ],
  ])('gives one line and writes nothing when %s', (_, make, says) => {
    const d = tmp();
    make(d);
    const before = tree(d);
    const r = run([BUREAU, '--out', join(d, 'content'), '--slug', 'x', '--force']);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(says);
    expect(r.stderr).not.toContain('    at ');
    expect(tree(d)).toEqual(before);
  });

  describe('--update', () => {
    /** BUREAU imported as reports/x/, with an editor's figure on problem 1 and one on problem 3. */
    const setUp = () => {
      const d = tmp();
      const out = join(d, 'content');
      expect(run([BUREAU, '--out', out, '--slug', 'x']).status).toBe(0);
      const sections = join(out, 'reports', 'x', 'sections');
      const add = (prefix: string, yaml: string) => {
        const f = join(sections, readdirSync(sections).find((n) => n.startsWith(prefix)) ?? '');
        const s = readFileSync(f, 'utf8');
        // First in the metrics, before the importer's proposals (or a metrics list of its own).
        writeFileSync(f, s.includes('\nmetrics:\n') ? s.replace('\nmetrics:\n', `\n${yaml}`) : s.replace(/\n---\n/, `\n${yaml}---\n`));
      };
      add(
        '01-',
        'metrics:\n  - kind: count\n    id: study\n    label: 集中学习\n    unit: 次\n    quote: 全年开展集中学习12次\n    value: 12\n',
      );
      add(
        '03-',
        'metrics:\n  - kind: amount\n    id: recovered\n    label: 追回资金\n    unit: 万元\n    quote: 追回资金12.5万元\n    value: 12.5\n',
      );
      const corrected = join(d, 'corrected.txt');
      writeFileSync(corrected, readFileSync(BUREAU, 'utf8').replace('追回资金12.5万元', '追回资金12.8万元'));
      return { d, out, corrected, folder: join(out, 'reports', 'x') };
    };
    const snapshot = (dir: string) => tree(dir).map((f) => `${f}\n${readFileSync(join(dir, f), 'utf8')}`);

    it('with --dry-run prints what would change and writes nothing', () => {
      const { out, corrected, d } = setUp();
      const before = snapshot(d);
      const r = run([corrected, '--out', out, '--slug', 'x', '--update', '--dry-run']);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain('line 13 altered: …单位3家，追回资金12.〔5→8〕万元。');
      expect(r.out).toContain('第3项 recovered“追回资金”');
      expect(r.out).toContain('dry run: nothing written');
      expect(snapshot(d)).toEqual(before);
    });

    it("puts the corrected text in without asking, keeps the editor's figure that stands, removes and names the one that does not", () => {
      const { out, corrected, folder } = setUp();
      const oldSha = createHash('sha256')
        .update(readFileSync(join(folder, 'source.txt')))
        .digest('hex');
      const r = run([corrected, '--out', out, '--slug', 'x', '--update', '--note', '金额更正']);
      expect(r.status, r.out).toBe(0);
      expect(r.out).toContain('figure removed: 第3项 recovered“追回资金”');
      expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toContain('追回资金12.8万元');
      expect(readFileSync(join(folder, `source-${oldSha.slice(0, 12)}.txt`), 'utf8')).toBe(readFileSync(BUREAU, 'utf8'));
      const sections = join(folder, 'sections');
      const entry = (prefix: string) => readFileSync(join(sections, readdirSync(sections).find((n) => n.startsWith(prefix)) ?? ''), 'utf8');
      expect(entry('01-')).toContain('id: study');
      expect(entry('03-')).not.toContain('id: recovered');
      const report = readFileSync(join(folder, 'report.yaml'), 'utf8');
      expect(report).toContain(`replacedSha256: ${oldSha}`);
      expect(report).toContain('note: 金额更正');
      expect(run([corrected, '--out', out, '--slug', 'x', '--update']).out).toContain('nothing to correct');
    });

    it('refuses a report that does not exist, and --force with it, writing nothing', () => {
      const { out, corrected, d } = setUp();
      const before = snapshot(d);
      const missing = run([corrected, '--out', out, '--slug', 'y', '--update']);
      expect(missing.status).toBe(1);
      expect(missing.out).toContain('drop --update to add it');
      expect(run([corrected, '--out', out, '--slug', 'x', '--update', '--force']).status).toBe(2);
      expect(snapshot(d)).toEqual(before);
    });
  });

  it('reads a GBK-encoded report and keeps its source as UTF-8, same text', () => {
    const out = join(tmp(), 'content');
    const r = run(['tests/fixtures/import-encoding/halfwidth-basic-gbk.txt', '--out', out, '--slug', 'gbk']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('GB18030');
    expect(readFileSync(join(out, 'reports', 'gbk', 'source.txt'), 'utf8')).toBe(
      readFileSync('tests/fixtures/import/halfwidth-basic.txt', 'utf8'),
    );
  });
});
