import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INVISIBLE_IN_DOCX, officialNumberedDocx } from '../helpers/received.ts';

// npm run import on what clerks receive: a Word document and saved portal pages,
// each checked against importing the same report typed as plain text.
const run = (args: string[]) => {
  const r = spawnSync(process.execPath, ['scripts/import-report.ts', ...args], { encoding: 'utf8' });
  return { status: r.status, out: `${r.stdout}\n${r.stderr}`, stderr: r.stderr };
};
const tmp = mkdtempSync(join(tmpdir(), 'import-received-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
/** Every file under a folder, relative, with its bytes. */
const tree = (d: string): Map<string, Buffer> =>
  new Map(
    existsSync(d)
      ? readdirSync(d, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [join(e.parentPath, e.name).slice(d.length + 1), readFileSync(join(e.parentPath, e.name))] as const)
      : [],
  );
/** report.yaml without its disclosure block: what the text alone decides. */
const withoutDisclosure = (yaml: string) => yaml.replace(/^disclosure:\n(?: {2}.*\n)+/m, '');
const summary = (out: string) => out.split('\n').filter((l) => /^(?:通报|问题|整改措施|部分|报告数据|标题) \//.test(l));

const DIR = 'tests/fixtures/received';
let docx: string;
beforeAll(async () => {
  docx = join(tmp, 'official-numbered.docx');
  writeFileSync(docx, await officialNumberedDocx());
});

// Each case starts Node; on a busy machine that takes seconds.
describe('npm run import on a .docx and on saved portal pages', { timeout: 120_000 }, () => {
  const cases = [
    { what: 'a .docx numbered by Word', file: () => docx, typed: `${DIR}/official-numbered.txt`, original: 'original.docx' },
    {
      what: 'a saved page in GB2312',
      file: () => `${DIR}/portal-table-gb2312.html`,
      typed: `${DIR}/portal-table-gb2312.txt`,
      original: 'original.html',
    },
    {
      what: 'a saved page in UTF-8',
      file: () => `${DIR}/portal-div-utf8.html`,
      typed: `${DIR}/portal-div-utf8.txt`,
      original: 'original.html',
    },
  ];

  describe.each(cases)('$what', ({ file, typed, original }) => {
    it.each([
      ['--slug', ['--slug', 'x']],
      ['the default slug', []],
    ] as const)('imports with --out and %s to the same report as its typed text, and keeps the file as received', (_, slugArgs) => {
      const name = `${typed.split('/').at(-1)}-${slugArgs.length}`;
      const got = run([file(), '--out', join(tmp, name, 'received'), ...slugArgs]);
      const want = run([typed, '--out', join(tmp, name, 'typed'), ...slugArgs]);
      expect(got.status, got.out).toBe(0);
      expect(want.status, want.out).toBe(0);
      expect(summary(got.out)).toEqual(summary(want.out));
      expect(summary(got.out).length).toBeGreaterThan(4);
      const slug = [...tree(join(tmp, name, 'typed', 'reports')).keys()][0]?.split('/')[0] ?? '';
      expect(slug).toMatch(slugArgs.length > 0 ? /^x$/ : /^\d{4}-\d{2}-\d{2}-/);
      const a = tree(join(tmp, name, 'received', 'reports', slug));
      const b = tree(join(tmp, name, 'typed', 'reports', slug));
      expect([...a.keys()].sort()).toEqual([...b.keys(), original].sort());
      for (const [path, bytes] of b) {
        if (path === 'report.yaml') expect(withoutDisclosure(a.get(path)?.toString('utf8') ?? '')).toBe(bytes.toString('utf8'));
        else expect(a.get(path)?.toString('utf8'), path).toBe(bytes.toString('utf8'));
      }
      expect(a.get(original)?.equals(readFileSync(file()))).toBe(true);
    });
  });

  it('writes the page’s 索引号, dates and address into report.yaml, and the date printed at the end of the text as its date', () => {
    const out = join(tmp, 'meta');
    expect(run([`${DIR}/portal-table-gb2312.html`, '--out', out, '--slug', 'm']).status).toBe(0);
    const yaml = readFileSync(join(out, 'reports', 'm', 'report.yaml'), 'utf8');
    expect(yaml).toContain('\ndate: 2023-09-18\n');
    expect(yaml).toContain(
      '\ndisclosure:\n  indexNo: 002345678/2023-00321\n  publisher: 青溪县市场监督管理局\n  issued: 2023-09-20\n  written: 2023-09-18\n  published: 2023-09-20\n',
    );
    expect(yaml).toContain('  url: http://www.qingxi.example.gov.cn/art/2023/9/20/art_1234_56789.html\n');
  });

  it('removes the characters nobody can see from what it writes, lists each with its line, column and code point, and keeps them in the original', async () => {
    const out = join(tmp, 'invisible');
    const r = run([docx, '--out', out, '--slug', 'i']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('第4行第28列 U+200B ZERO WIDTH SPACE');
    expect(r.out).toContain('第9行第21列 U+00AD SOFT HYPHEN');
    expect(r.out).toContain('第11行第17列 U+202E RIGHT-TO-LEFT OVERRIDE');
    expect(r.out).toContain('第11行第21列 U+202C POP DIRECTIONAL FORMATTING');
    expect(r.out).toContain('第2行第1–2列 U+00A0 NO-BREAK SPACE ×2');
    const folder = join(out, 'reports', 'i');
    const written = [...tree(folder)]
      .filter(([p]) => !p.startsWith('original'))
      .map(([, b]) => b.toString('utf8'))
      .join('');
    for (const c of INVISIBLE_IN_DOCX) expect(written.includes(c), `U+${c.codePointAt(0)?.toString(16)}`).toBe(false);
    const kept = await (await JSZip.loadAsync(readFileSync(join(folder, 'original.docx')))).file('word/document.xml')?.async('string');
    for (const c of INVISIBLE_IN_DOCX) expect(kept?.includes(c), `U+${c.codePointAt(0)?.toString(16)}`).toBe(true);
  });

  it.each([
    ['report.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '.doc'],
    ['report.wps', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '.wps'],
    ['report.pdf', Buffer.from('%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n', 'latin1'), 'PDF'],
    ['renamed.docx', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), '.doc'],
    ['report.odt', Buffer.from('PK\u0003\u0004', 'latin1'), '.odt'],
    ['page.mhtml', Buffer.from('MIME-Version: 1.0\r\n', 'latin1'), '.html'],
  ])('refuses %s in one line that says how to go on (.docx or .txt), and writes nothing', (name, bytes, names) => {
    const input = join(tmp, name);
    writeFileSync(input, bytes);
    const out = join(tmp, `refused-${name}`);
    const r = run([input, '--out', out]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(names);
    expect(lines[0]).toMatch(/另存为.*\.(?:docx|html)|\.docx/);
    expect(lines[0]).toContain('.txt');
    expect(lines[0]).toContain('未写入任何文件');
    expect(existsSync(out)).toBe(false);
  });

  it('keeps as original the file a correction (--update) comes from, and no older one', () => {
    const out = join(tmp, 'update');
    expect(run([`${DIR}/portal-table-gb2312.html`, '--out', out, '--slug', 'c']).status).toBe(0);
    const folder = join(out, 'reports', 'c');
    expect(existsSync(join(folder, 'original.html'))).toBe(true);
    const corrected = join(tmp, 'corrected.txt');
    writeFileSync(corrected, readFileSync(`${DIR}/portal-table-gb2312.txt`, 'utf8').replace('检查经营户126家', '检查经营户127家'));
    const r = run([corrected, '--out', out, '--slug', 'c', '--update']);
    expect(r.status, r.out).toBe(0);
    expect(readFileSync(join(folder, 'source.txt'), 'utf8')).toContain('检查经营户127家');
    expect(existsSync(join(folder, 'original.html'))).toBe(false);
  });

  it('reads a UTF-16 text with its byte order mark, as Notepad saves it', () => {
    const input = join(tmp, 'notepad.txt');
    const text = readFileSync(`${DIR}/portal-div-utf8.txt`, 'utf8').replace(/\n/g, '\r\n');
    writeFileSync(input, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const out = join(tmp, 'utf16');
    const r = run([input, '--out', out, '--slug', 'u']);
    expect(r.status, r.out).toBe(0);
    expect(r.out).toContain('UTF-16LE');
    expect(readFileSync(join(out, 'reports', 'u', 'source.txt'), 'utf8')).toBe(text);
  });
});
