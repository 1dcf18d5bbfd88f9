import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, visibleText } from '../helpers/dist.ts';
import { shipped } from '../helpers/shipped.ts';

const siteDir = inject('siteDir');
const read = (p: string) => readFileSync(join(siteDir, p), 'utf8');
const { slug, data } = shipped();
const sectionPage = new RegExp(`^${slug}/sections/\\d+/index\\.html$`);

describe('built site structure', () => {
  it('has the archive, a home per report, one page per section and a 404 page', () => {
    const files = htmlFiles(siteDir);
    for (const f of [
      'index.html',
      '404.html',
      `${slug}/index.html`,
      `${slug}/full-text/index.html`,
      `${slug}/feedback/index.html`,
      `${slug}/data/index.html`,
    ])
      expect(files).toContain(f);
    expect(files.filter((f) => sectionPage.test(f))).toHaveLength(data.problemCount);
  });

  it('lists the report on the archive page with its issuer, date and number of problems, linking to it', () => {
    const html = read('index.html');
    expect(html).toContain(`href="/${slug}/"`);
    const text = visibleText(html);
    for (const s of [data.title, data.issuer, '2022年12月20日', `${data.problemCount}个问题`]) expect(text).toContain(s);
  });

  it('declares zh-CN on every page', () => {
    for (const f of htmlFiles(siteDir)) expect(read(f), f).toMatch(/<html lang="zh-CN"/);
  });

  it('gives every measure of a section a permalink id', () => {
    const html = read(`${slug}/sections/06/index.html`);
    for (const n of [1, 2, 3, 4]) expect(html).toContain(`id="m${n}"`);
    expect(html).not.toContain('id="m5"');
  });

  it('ships no script on content pages but the one page script (reading settings, copy buttons) under 1.5 KB', () => {
    const contentPages = htmlFiles(siteDir).filter((f) => !/(^|\/)(search|feedback)\//.test(f) && !/^sections\//.test(f));
    expect(contentPages.length).toBeGreaterThan(data.problemCount);
    for (const f of contentPages) {
      const html = read(f);
      expect(html, f).not.toMatch(/<script[^>]*\ssrc=/);
      const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(inline, f).toHaveLength(1);
      expect(Buffer.byteLength(inline[0] ?? '', 'utf8'), f).toBeLessThan(1536);
    }
  });

  it('links previous and next sections within the report', () => {
    const html = read(`${slug}/sections/06/index.html`);
    expect(html).toContain(`href="/${slug}/sections/05/"`);
    expect(html).toContain(`href="/${slug}/sections/07/"`);
  });

  it('gives each section page breadcrumbs: home, the report, the problem', () => {
    const html = read(`${slug}/sections/06/index.html`);
    const crumbs = /<nav class="breadcrumb"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';
    expect(crumbs).toMatch(
      new RegExp(`<a href="/">首页</a> › <a href="/${slug}/">${data.title}</a> › <span aria-current="page">第6项</span>`),
    );
  });

  it('links the report page and every section page to the full text', () => {
    for (const f of [`${slug}/index.html`, ...htmlFiles(siteDir).filter((x) => sectionPage.test(x))])
      expect(read(f), f).toContain(`href="/${slug}/full-text/"`);
  });

  it('offers the source for download byte for byte, with its SHA-256 on the full-text page', async () => {
    const { createHash } = await import('node:crypto');
    const stored = readFileSync(`content/reports/${slug}/source.txt`);
    const served = readFileSync(join(siteDir, slug, 'source.txt'));
    expect(served.equals(stored)).toBe(true);
    expect(read(`${slug}/full-text/index.html`)).toContain(createHash('sha256').update(stored).digest('hex'));
  });

  it("shows the report's text first on the full-text page: its first printed line comes before the checksum, the download and how to check them", async () => {
    const { createHash } = await import('node:crypto');
    const stored = readFileSync(`content/reports/${slug}/source.txt`);
    const text = visibleText(read(`${slug}/full-text/index.html`));
    const firstLine = stored
      .toString('utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .find((l) => l !== '')!;
    const at = text.indexOf(firstLine);
    expect(at, firstLine).toBeGreaterThan(-1);
    for (const later of [createHash('sha256').update(stored).digest('hex'), 'certutil', `${slug}.txt`]) {
      expect(text.indexOf(later), later).toBeGreaterThan(at);
    }
    expect(text).not.toMatch(/CRLF|BOM|macOS/);
  });

  it('keeps the full-text page out of the search index', () => {
    expect(read(`${slug}/full-text/index.html`)).not.toContain('data-pagefind-body');
  });
});

describe('addresses of the first edition', () => {
  it('answer with a page in the site layout that moves to the same section, fragment kept', () => {
    const html = read('sections/06/index.html');
    expect(html).toMatch(/<html lang="zh-CN"/);
    expect(html).toContain(`<meta http-equiv="refresh" content="0;url=/${slug}/sections/06/">`);
    expect(html).toContain(`location.replace("/${slug}/sections/06/"+location.hash)`);
    expect(html).toMatch(/<h1>本页已迁移<\/h1>/);
    expect(html).toContain(`<a href="/${slug}/sections/06/">`);
    expect(visibleText(html)).toContain(shipped().contact.phone ?? '');
  });
  it('keep every section address of the first edition and the feedback page', () => {
    const files = htmlFiles(siteDir);
    expect(files.filter((f) => /^sections\/\d+\/index\.html$/.test(f))).toHaveLength(data.problemCount);
    expect(read('feedback/index.html')).toContain(`url=/${slug}/feedback/`);
  });
});

describe('the Atom feed', () => {
  it('is linked from every page head and lists the report', () => {
    for (const f of htmlFiles(siteDir)) expect(read(f), f).toContain('<link rel="alternate" type="application/atom+xml" href="/feed.xml"');
    const feed = readFileSync(join(siteDir, 'feed.xml'), 'utf8');
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(feed).toContain(`<title>${data.title}</title>`);
    expect(feed).toContain(`/${slug}/</id>`);
    expect(feed).toContain('<updated>2022-12-20T00:00:00Z</updated>');
  });
});
