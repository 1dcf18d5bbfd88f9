import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlErrors } from '../helpers/html-validate.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { siteTexts } from '../helpers/dist.ts';
import { officialNumberedDocx, INVISIBLE_IN_DOCX } from '../helpers/received.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';

// What a clerk receives, imported with npm run import --slug into a copy of
// the project beside the shipped report, checked, built, and read back from
// the built pages: a Word document numbered by Word, and a portal page saved
// in GB2312 with the portal's navigation, metadata table, share bar,
// previous/next links and footer around the report.
const DIR = 'tests/fixtures/received';
const IMPORTS = [
  { slug: 'word-numbered', file: 'official-numbered.docx', original: 'original.docx' },
  { slug: 'portal-gb2312', file: join(process.cwd(), DIR, 'portal-table-gb2312.html'), original: 'original.html' },
];
/** The portal's own words around the article of the GB2312 page (its navigation, tools, neighbours and footer). */
const CHROME = [
  '您当前所在位置',
  '政务公开',
  '办事服务',
  '浏览次数',
  '打印本页】',
  '分享到',
  '微博',
  '上一篇',
  '下一篇',
  '上半年工作总结',
  '关闭窗口',
  '青溪县人民政府办公室',
  '青溪县大数据发展中心',
  '3300000099',
  '浙ICP备',
  '统计代码',
  '公开方式',
];

let copy: ReturnType<typeof projectCopy>;
let out: string;
let texts: Map<string, string>;
let docx: Buffer;
const steps: { what: string; status: number | null; output: string }[] = [];

beforeAll(async () => {
  copy = projectCopy();
  out = join(copy.dir, 'out');
  docx = await officialNumberedDocx();
  writeFileSync(join(copy.dir, 'official-numbered.docx'), docx);
  for (const { file, slug } of IMPORTS)
    steps.push({ what: `import ${file}`, ...runNode(copy.dir, ['scripts/import-report.ts', file, '--slug', slug]) });
  steps.push({ what: 'check:content', ...runNode(copy.dir, ['scripts/check-content.ts']) });
  steps.push({ what: 'build', ...runNode(copy.dir, ['scripts/build.ts', '--out', 'out']) });
  texts = steps.every((s) => s.status === 0) ? siteTexts(out) : new Map();
}, 300_000);
afterAll(() => copy?.remove());

const pagesOf = (slug: string) => [...texts].filter(([path]) => path.startsWith(`${slug}/`)).map(([, text]) => text);
const source = (slug: string) => readFileSync(join(copy.dir, 'content', 'reports', slug, 'source.txt'), 'utf8');
/** Every file of the built site, relative. */
const distFiles = () =>
  readdirSync(out, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(out.length + 1));

describe('a Word document and a saved GB2312 portal page, imported and built', () => {
  it('import, check and build all succeed', () => {
    for (const s of steps) expect(s.status, `${s.what}\n${s.output}`).toBe(0);
  });

  describe.each(IMPORTS)('$slug', ({ slug }) => {
    it('shows every printed line and number of its text on its pages', () => {
      const pages = pagesOf(slug);
      expect(pages.length).toBeGreaterThan(2);
      expect(missingLines(source(slug), pages)).toEqual([]);
      expect(missingNumbers(source(slug), pages)).toEqual([]);
    });
    it('publishes none of the portal’s chrome and no invisible character', () => {
      const all = pagesOf(slug).join('\n');
      for (const c of CHROME) expect(all.includes(c), c).toBe(false);
      for (const c of INVISIBLE_IN_DOCX.filter((c) => c !== '\u00A0'))
        expect(all.includes(c), `U+${c.codePointAt(0)?.toString(16)}`).toBe(false);
    });
  });

  it('puts Word’s generated numbers in the published text, where Word printed them', () => {
    const home = texts.get('word-numbered/index.html') ?? '';
    expect(home).toContain('一、整改工作组织情况');
    expect(home).toContain('（一）在落实全面从严治党责任方面');
    expect(home).toContain('三、下一步工作打算');
    // The third problem, numbered 1. again under its category, with its measures (1) (2).
    const third = texts.get('word-numbered/sections/03/index.html') ?? '';
    expect(third).toMatch(/(?:^|\n)1\.\s*关于“校舍安全隐患排查不彻底”问题的整改。/);
    expect(third).toMatch(/\(1\)\s*对全县58所学校开展校舍安全排查/);
    expect(third).toMatch(/\(2\)\s*建立校舍安全季度巡查制度。/);
  });

  it('shows the page’s 索引号 and the rest of its metadata in a box on the report’s home page, and the report’s own date as its date', () => {
    const html = readFileSync(join(out, 'portal-gb2312', 'index.html'), 'utf8');
    const box = /<section class="report__disclosure"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '';
    expect(box).toContain('<dt>索引号</dt>');
    expect(box).toContain('<dd>002345678/2023-00321</dd>');
    expect(box).toContain('<time datetime="2023-09-20">2023年9月20日</time>');
    expect(box).toContain('青市监党〔2023〕15号');
    expect(/<dl class="report__meta"[\s\S]*?<\/dl>/.exec(html)?.[0]).toContain('<time datetime="2023-09-18">2023年9月18日</time>');
    expect(readFileSync(join(out, 'word-numbered', 'index.html'), 'utf8')).not.toContain('report__disclosure');
  });

  it('offers the Word document for download under the report’s address, its SHA-256 beside the text’s', () => {
    expect(readFileSync(join(out, 'word-numbered', 'original.docx')).equals(docx)).toBe(true);
    const page = readFileSync(join(out, 'word-numbered', 'full-text', 'index.html'), 'utf8');
    expect(page).toContain('href="/word-numbered/original.docx"');
    expect(page).toContain(createHash('sha256').update(docx).digest('hex'));
    expect(page).toContain(
      createHash('sha256')
        .update(readFileSync(join(copy.dir, 'content', 'reports', 'word-numbered', 'source.txt')))
        .digest('hex'),
    );
  });

  it('builds valid pages for them: the metadata box and the originals on the full-text pages (html-validate, the project’s rules)', async () => {
    expect(
      await htmlErrors(out, ['portal-gb2312/index.html', 'portal-gb2312/full-text/index.html', 'word-numbered/full-text/index.html']),
    ).toBe('');
  });

  it('never publishes the saved page, and shows only its SHA-256', () => {
    const saved = readFileSync(join(DIR, 'portal-table-gb2312.html'));
    expect(existsSync(join(copy.dir, 'content', 'reports', 'portal-gb2312', 'original.html'))).toBe(true);
    const files = distFiles();
    expect(files.filter((f) => /original\.html?$/.test(f))).toEqual([]);
    expect(files.filter((f) => readFileSync(join(out, f)).equals(saved))).toEqual([]);
    const page = readFileSync(join(out, 'portal-gb2312', 'full-text', 'index.html'), 'utf8');
    expect(page).toContain(createHash('sha256').update(saved).digest('hex'));
    expect(page).not.toMatch(/href="[^"]*original/);
  });
});
