/**
 * Reports in one archive, end to end: the shipped 巡视 report; a second
 * report of the shipped layout added the way an editor adds one
 * (`npm run import -- <text> --slug <slug>`); a hand-made 巡察 report and a
 * withdrawn copy of it (tests/fixtures/archive). Built with the real build
 * script into a project copy, then read from disk and in chromium. Each
 * report's pages must show its own contact block and words, the archive and
 * the feed every live report, and search a term of a report on its pages only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlErrors } from '../helpers/html-validate.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { htmlFiles, visibleText } from '../helpers/dist.ts';
import { SHIPPED_SLUG, shipped } from '../helpers/shipped.ts';
import { sourceLines } from '../../src/lib/fidelity/reconstruct.ts';
import { chromiumAvailable, formatViolations, runAxe, siteInBrowser } from './harness.ts';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { Element, Root } from 'hast';
import { decodeQr } from '../helpers/qr.ts';

/** The first element under node for which test holds. */
function first(node: Root | Element, test: (e: Element) => boolean): Element | undefined {
  let found: Element | undefined;
  visit(node, 'element', (e: Element) => {
    if (!found && test(e)) found = e;
  });
  return found;
}

const SECOND = '2023-10-09-xiaoxi-xc';
/** An earlier copy of SECOND, withdrawn; SECOND follows it up. */
const WITHDRAWN = '2023-07-15-xiaoxi-draft';
const secondSource = readFileSync(`tests/fixtures/archive/content/reports/${SECOND}/source.txt`, 'utf8');
let copy: { dir: string; remove: () => void };
let out: string;
const read = (p: string) => readFileSync(join(out, p), 'utf8');

/** The public address the archive is built for: with it, each report's home carries a QR code of its address. */
const SITE_URL = 'https://xszg.example.gov.cn';

/** A report of the shipped layout from another district, imported with --slug. */
const IMPORTED = '2022-03-15-hailing';
const IMPORTED_TEXT = 'tests/fixtures/import/halfwidth-basic.txt';

beforeAll(() => {
  copy = projectCopy('tests/fixtures/archive');
  out = join(copy.dir, 'out');
  const imported = runNode(copy.dir, ['scripts/import-report.ts', join(process.cwd(), IMPORTED_TEXT), '--slug', IMPORTED]);
  if (imported.status !== 0) throw new Error(imported.output);
  const built = runNode(copy.dir, ['scripts/build.ts', '--out', 'out'], { SITE_URL });
  if (built.status !== 0) throw new Error(built.output);
}, 240_000);
afterAll(() => copy?.remove());

describe('an archive of several reports', () => {
  it('lists the imported report on the archive page and in the feed, with its own contact block on its pages', () => {
    expect(read('index.html')).toContain(`href="/${IMPORTED}/"`);
    expect(visibleText(read('index.html'))).toContain('中共泰州市海陵区委');
    expect(read('feed.xml')).toContain(`/${IMPORTED}/</id>`);
    const own = htmlFiles(out).filter((f) => f.startsWith(`${IMPORTED}/`));
    expect(own.length).toBeGreaterThanOrEqual(3 + 4);
    for (const f of own) {
      const text = visibleText(read(f));
      expect(text, f).toContain('0523-86661234');
      expect(text, f).not.toContain(shipped().contact.phone ?? '');
    }
  });

  it('lists both on the archive page, newest first, each with issuer, date and kind', () => {
    const html = read('index.html');
    const a = html.indexOf(`href="/${SECOND}/"`);
    const b = html.indexOf(`href="/${SHIPPED_SLUG}/"`);
    expect(a).toBeGreaterThan(-1);
    expect(b).toBeGreaterThan(a);
    const text = visibleText(html);
    for (const s of ['中共小溪县水务局党组', '2023年10月9日', '巡察进展情况', '3个问题', '巡视通报', '26个问题']) expect(text).toContain(s);
  });

  it("shows each report's own contact block on its pages, never the other's", () => {
    const jiangyan = shipped().contact;
    for (const f of htmlFiles(out)) {
      const text = visibleText(read(f));
      if (f.startsWith(`${SECOND}/`)) {
        expect(text, f).toContain('0599-7654321');
        expect(text, f).not.toContain(jiangyan.phone ?? '');
        expect(text, f).not.toContain(jiangyan.email ?? '');
      } else if (f.startsWith(`${SHIPPED_SLUG}/`)) {
        expect(text, f).toContain(jiangyan.phone ?? '');
        expect(text, f).not.toContain('0599-7654321');
      }
    }
  });

  it('prints only the contact items the report prints', () => {
    const text = visibleText(read(`${SECOND}/index.html`));
    for (const absent of ['邮政信箱', '信封请注明', '邮编']) expect(text).not.toContain(absent);
  });

  it("never says 巡视 on the 巡察 report's pages, outside the report's own text", () => {
    const own = sourceLines(secondSource);
    for (const f of htmlFiles(out).filter((x) => x.startsWith(`${SECOND}/`))) {
      let text = visibleText(read(f));
      for (const line of own) text = text.split(line).join('');
      expect(text.includes('巡视'), `${f}: ${text.slice(Math.max(0, text.indexOf('巡视') - 30), text.indexOf('巡视') + 30)}`).toBe(false);
      expect(read(f)).not.toMatch(/巡视整改监督意见/);
    }
  });

  it('words the mailto subject from the report: 巡察整改意见', () => {
    expect(read(`${SECOND}/index.html`)).toContain(`mailto:xxslj_xc@example.cn?subject=${encodeURIComponent('巡察整改意见')}`);
  });

  it('groups the problems under the categories the report prints, and shows them on the section page', () => {
    const home = visibleText(read(`${SECOND}/index.html`));
    expect(home.indexOf('（一）在落实主体责任方面')).toBeLessThan(home.indexOf('河道清障推进迟缓'));
    expect(home.indexOf('（二）在作风建设方面')).toBeLessThan(home.indexOf('工程款拨付审核不严'));
    expect(visibleText(read(`${SECOND}/sections/03/index.html`))).toContain('（二）在作风建设方面');
  });

  it('keeps every address of a withdrawn report answering with a page that says when it was withdrawn, and nothing of its text', () => {
    const pages = htmlFiles(out).filter((f) => f.startsWith(`${WITHDRAWN}/`));
    expect(pages.length).toBeGreaterThanOrEqual(4 + 3);
    for (const f of pages) {
      const html = read(f);
      const text = visibleText(html);
      expect(text, f).toContain('本通报已撤回');
      expect(text, f).toContain('2023年10月10日');
      expect(text, f).toContain('已由2023年10月9日发布的进展情况通报替代。');
      expect(text, f).not.toContain('凤栖渠');
      expect(html, f).not.toContain('data-pagefind-body');
      // Its notice links the report named by withdrawn.replacedBy.
      expect(html, f).toMatch(new RegExp(`<a href="/${SECOND}/">替代本通报的是：《[^<]+》</a>`));
    }
    expect(visibleText(read('index.html'))).toContain('本通报已撤回');
    expect(htmlFiles(out).some((f) => f.startsWith(`${WITHDRAWN}/`) && f.endsWith('.txt'))).toBe(false);
    expect(() => read(`${WITHDRAWN}/source.txt`)).toThrow();
  });

  it('links a report and the report it follows up', () => {
    expect(read(`${SECOND}/index.html`)).toContain(`href="/${WITHDRAWN}/"`);
    // The withdrawn page says only that it was withdrawn and what replaces it (above); a live earlier report links forward.
  });

  it('counts a withdrawn report nowhere on the archive page, and lists it apart with its replacement', () => {
    const html = read('index.html');
    const text = visibleText(html);
    expect(text).toContain('共3份');
    expect(text).toContain('2023年（1）');
    expect(text).toContain('中共小溪县水务局党组（1）');
    // The withdrawn report states a completion of 66.7%; the archive shows no figure of it.
    expect(text).not.toContain('66.7%');
    const apart = html.slice(html.indexOf('id="withdrawn"'));
    expect(apart).toContain(`href="/${WITHDRAWN}/"`);
    expect(apart).toContain(`href="/${SECOND}/"`);
    expect(html.slice(0, html.indexOf('id="withdrawn"'))).not.toContain(`href="/${WITHDRAWN}/"`);
    expect(visibleText(read('by-issuer/index.html'))).toContain('中共小溪县水务局党组（1）');
  });

  it('gives valid HTML on the archive page and the withdrawn report’s notice', async () => {
    expect(await htmlErrors(out, ['index.html', 'by-issuer/index.html', `${WITHDRAWN}/index.html`])).toBe('');
  });

  it('lists both reports in the feed, newest first', () => {
    const feed = read('feed.xml');
    const a = feed.indexOf(`/${SECOND}/</id>`);
    expect(a).toBeGreaterThan(-1);
    expect(feed.indexOf(`/${SHIPPED_SLUG}/</id>`)).toBeGreaterThan(a);
  });

  it("puts both reports' figures in the site-wide data, each row naming its report", () => {
    const csv = read('data/metrics.csv');
    expect(csv.split('\r\n')[0]).toMatch(/^\uFEFF?report,/);
    expect(
      JSON.parse(read('data/metrics.json'))
        .reports.map((r: { slug: string }) => r.slug)
        .sort(),
    ).toEqual([SHIPPED_SLUG, SECOND, IMPORTED].sort());
    expect(read('feed.xml')).not.toContain(`/${WITHDRAWN}/`);
  });
});

describe.runIf(chromiumAvailable())('searching the archive in a browser', () => {
  const site = siteInBrowser(() => out);

  it('has no axe violation on the archive and on report homes with their QR code, at phone size', async () => {
    const { page } = await site.session.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    for (const path of ['', `${SHIPPED_SLUG}/`, `${IMPORTED}/`, `${SECOND}/`]) {
      await page.goto(`${site.server.root}${path}`);
      problems.push(...formatViolations(path || '/', await runAxe(page)));
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  /** The result links the search page shows for a query given in its address. */
  async function resultLinks(query: string, extra = ''): Promise<string[]> {
    const { page, external } = await site.session.newPage();
    await page.goto(`${site.server.root}search/?q=${encodeURIComponent(query)}${extra}`);
    await expect.poll(() => page.locator('[role="status"]').first().innerText()).toContain(query);
    const links = await page
      .locator('[data-search-results] a[href]')
      .evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(external).toEqual([]);
    await page.context().close();
    return links;
  }

  it("finds a term of the second report only on that report's pages", async () => {
    const links = await resultLinks('凤栖渠');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`/${SECOND}/`), l).toBe(true);
  });

  it("finds a term of the imported report only on that report's pages", async () => {
    const links = await resultLinks('软弱涣散');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`/${IMPORTED}/`), l).toBe(true);
  });

  it("finds a term of the shipped report only on the shipped report's pages", async () => {
    const links = await resultLinks('高企');
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.startsWith(`/${SHIPPED_SLUG}/`), l).toBe(true);
  });
});

describe('who published what, and a way to the phone', () => {
  it('never says the site’s publisher issued a report another body issued', () => {
    const lead = visibleText(read('index.html'));
    expect(lead).not.toContain('公开中共泰州市姜堰区委发布的');
    expect(lead).toContain('本站由中共泰州市姜堰区委主办');
  });

  it('names each report’s own issuer in the footer of its pages', () => {
    expect(visibleText(read(`${IMPORTED}/index.html`))).toContain('由中共泰州市海陵区委发布');
    expect(visibleText(read(`${SHIPPED_SLUG}/index.html`))).toContain('由中共泰州市姜堰区委发布');
  });

  it('offers on each report’s home a QR code (二维码) of its own address, printed beside it, that a reader decodes to that address', () => {
    for (const slug of [SHIPPED_SLUG, IMPORTED]) {
      const address = `${SITE_URL}/${slug}/`;
      const tree = fromHtml(read(`${slug}/index.html`));
      const svg = first(
        tree,
        (e) => e.tagName === 'svg' && e.properties['role'] === 'img' && String(e.properties['className'] ?? '').includes('page-qr'),
      );
      expect(svg, slug).toBeDefined();
      const labelledBy = String(svg!.properties['ariaLabelledBy']);
      const caption = first(tree, (e) => e.properties['id'] === labelledBy);
      expect(toText(caption!)).toContain('二维码');
      expect(toText(caption!)).toContain(address);
      const size = Number(String(svg!.properties['viewBox']).split(' ')[2]);
      const path = String(first(svg!, (e) => e.tagName === 'path')?.properties['d']);
      expect(decodeQr({ size, path })).toBe(address);
    }
  });
});
