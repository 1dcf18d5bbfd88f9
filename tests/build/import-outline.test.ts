/**
 * Layouts read from a report's outline, end to end (issue 20): invented
 * texts of each layout imported with npm run import into a project copy,
 * checked and built with the real scripts, then read from the built pages.
 * Every printed line must land verbatim; sub-problem lines (and an area's
 * numbered sub-headings) must be heading elements with their own anchors, in
 * heading order, and searchable; every report home must list its problems in
 * printed order; a report's stated count must be what its page and the
 * archive show.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root, RootContent } from 'hast';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { siteTexts } from '../helpers/dist.ts';
import { indexedText } from '../helpers/search-text.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';

interface Expected {
  titles: string[];
  subHeadings?: string[][];
  problemsStated?: string;
  empty?: number[];
}

const DIR = 'tests/fixtures/genre';
const IMPORTS = [
  // Areas of work (a central inspection): each area a problem page, its numbered headings sub-headings; 5个方面14大项问题 stated.
  { name: 'areas-of-work-central-inspection-stated-counts', slug: 'areas' },
  // A 报告: 1.关于…问题的整改 with 一是台账管理不规范 sub-problem lines; 3项7个问题 stated.
  { name: 'report-items-shi-subproblem-lines-stated-items', slug: 'items' },
  // No categories: the site's keyword themes would list the problems 3, 4, 2, 5, 1.
  { name: 'no-categories-keyword-themes-keep-printed-order', slug: 'printed-order' },
  // The text stops right after its first problem's heading.
  { name: 'cut-off-after-first-problem-heading', slug: 'cut-off' },
  // (一)<problem stated>。, a sub-problem line, then 整改情况：一是…；二是….
  { name: 'stated-problem-then-subproblem-line-then-label-shi', slug: 'stated' },
].map((i) => ({ ...i, expected: JSON.parse(readFileSync(join(DIR, `${i.name}.expected.json`), 'utf8')) as Expected }));

let copy: ReturnType<typeof projectCopy>;
let out: string;
let texts: Map<string, string>;
const steps: { what: string; status: number | null; output: string }[] = [];
const read = (p: string) => readFileSync(join(out, p), 'utf8');
const pad = (n: number, total: number) => String(n).padStart(Math.max(2, String(total).length), '0');

beforeAll(() => {
  copy = projectCopy();
  out = join(copy.dir, 'out');
  for (const { name, slug } of IMPORTS)
    steps.push({
      what: `import ${name}`,
      ...runNode(copy.dir, ['scripts/import-report.ts', join(process.cwd(), DIR, `${name}.txt`), '--slug', slug]),
    });
  steps.push({ what: 'check:content', ...runNode(copy.dir, ['scripts/check-content.ts']) });
  steps.push({ what: 'build', ...runNode(copy.dir, ['scripts/build.ts', '--out', 'out']) });
  texts = steps.every((s) => s.status === 0) ? siteTexts(out) : new Map();
}, 300_000);
afterAll(() => copy?.remove());

function elements(node: Root | Element, keep: (e: Element) => boolean, acc: Element[] = []): Element[] {
  for (const c of node.children as RootContent[]) {
    if (c.type !== 'element') continue;
    if (keep(c)) acc.push(c);
    elements(c, keep, acc);
  }
  return acc;
}

const classOf = (e: Element) => [e.properties['className'] ?? []].flat().map(String);

describe('layouts read from the outline, imported and built', () => {
  it('import, check and build all succeed', () => {
    for (const s of steps) expect(s.status, `${s.what}\n${s.output}`).toBe(0);
  });

  describe.each(IMPORTS)('$name', ({ slug, expected }) => {
    const pagesOf = (keep: (path: string) => boolean) =>
      [...texts].filter(([path]) => path.startsWith(`${slug}/`) && keep(path)).map(([, text]) => text);
    const source = () => readFileSync(join(copy.dir, 'content', 'reports', slug, 'source.txt'), 'utf8');
    const total = expected.titles.length;
    const section = (n: number) => fromHtml(read(`${slug}/sections/${pad(n, total)}/index.html`));

    it('shows every printed line and number of its source on its report and problem pages, and on its full-text page', () => {
      expect(pagesOf((p) => !p.startsWith(`${slug}/full-text/`)).length).toBeGreaterThan(1);
      expect(
        missingLines(
          source(),
          pagesOf((p) => !p.startsWith(`${slug}/full-text/`)),
        ),
      ).toEqual([]);
      expect(
        missingNumbers(
          source(),
          pagesOf((p) => !p.startsWith(`${slug}/full-text/`)),
        ),
      ).toEqual([]);
      expect(
        missingLines(
          source(),
          pagesOf((p) => p.startsWith(`${slug}/full-text/`)),
        ),
      ).toEqual([]);
    });

    it('lists its problems on its home in printed order, each linking to its page', () => {
      const home = fromHtml(read(`${slug}/index.html`));
      const list = elements(home, (e) => e.tagName === 'ul' && classOf(e).includes('problem-list'));
      const links = list.flatMap((ul) => elements(ul, (e) => e.tagName === 'a'));
      expect(links.map((a) => String(a.properties['href']))).toEqual(
        expected.titles.map((_, i) => `/${slug}/sections/${pad(i + 1, total)}/`),
      );
      expect(links.map((a) => toText(a).replace(/^\d+\.\s*/, ''))).toEqual(expected.titles);
    });

    it('shows the count the report prints, on its home and in the archive, and no other count of problems', () => {
      const home = texts.get(`${slug}/index.html`) ?? '';
      const row = (() => {
        const archive = fromHtml(read('index.html'));
        const item = elements(archive, (e) => e.tagName === 'li' && classOf(e).includes('archive__item')).find(
          (li) => elements(li, (a) => a.tagName === 'a' && a.properties['href'] === `/${slug}/`).length > 0,
        );
        return item ? toText(item) : '';
      })();
      const shown = expected.problemsStated ?? `${total}个问题`;
      expect(home).toContain(`${shown}的整改情况：`);
      expect(row).toContain(shown);
      if (expected.problemsStated) {
        expect(home).not.toContain(`${total}个问题的整改情况`);
        expect(row).not.toContain(`${total}个问题`);
      }
    });

    it('makes each sub-problem line a heading element with its own anchor, its words verbatim, in heading order, and searchable', () => {
      for (let n = 1; n <= total; n++) {
        const page = section(n);
        const article = elements(page, (e) => e.tagName === 'article')[0] as Element;
        const headings = elements(article, (e) => /^h[1-6]$/.test(e.tagName));
        // Heading order: never deeper than one level below the heading before.
        headings.reduce((prev, h) => {
          const level = Number(h.tagName.slice(1));
          expect(level, `${slug} section ${n}: ${h.tagName} "${toText(h)}" after h${prev}`).toBeLessThanOrEqual(prev + 1);
          return level;
        }, 1);
        const subs = headings.filter((h) => classOf(h).includes('sub-problem'));
        const want = expected.subHeadings?.[n - 1] ?? [];
        expect(subs.map((h) => toText(h))).toEqual(want);
        expect(subs.map((h) => h.tagName)).toEqual(want.map(() => 'h3'));
        expect(subs.map((h) => h.properties['id'])).toEqual(want.map((_, i) => `s${i + 1}`));
        // Measures under a sub-problem are one level below it.
        if (want.length > 0) expect(headings.filter((h) => classOf(h).includes('measure-no')).every((h) => h.tagName === 'h4')).toBe(true);
        const indexed = indexedText(read(`${slug}/sections/${pad(n, total)}/index.html`)) ?? '';
        for (const w of want) expect(indexed).toContain(w);
      }
    });

    if (expected.empty) {
      it('publishes a problem printed as its heading only, with its heading and a note saying so', () => {
        for (const n of expected.empty ?? []) {
          const text = texts.get(`${slug}/sections/${pad(n, total)}/index.html`) ?? '';
          expect(text).toContain(expected.titles[n - 1] as string);
          expect(text).toContain('原文此项只印有标题');
        }
      });
    }
  });
});
