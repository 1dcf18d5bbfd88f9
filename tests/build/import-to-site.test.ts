import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { splitFrontmatter } from '../../src/lib/content/yaml.ts';
import { siteTexts } from '../helpers/dist.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';

// The editors' workflow end to end on reports this project has never seen:
// import each plain text beside the shipped report with npm run import,
// check the content, build once, and read the built pages.
const IMPORTS = [
  // Categories, problems, sub-problems (1)关于“…”, measures inline 一是…；二是… after 整改情况：; a 巡察 report.
  { file: 'tests/fixtures/genre/three-levels-category-problem-subproblem-inline-measures.txt', slug: 'three-levels' },
  // Portal lines, the title twice, CRLF line ends, ideographic-space indents, （１） measures, a ○ date.
  { file: 'tests/fixtures/genre/portal-lines-title-twice-crlf-indent.txt', slug: 'portal-crlf' },
  // A 报告 to the inspection office: addressee line, 一、关于… problems, 特此报告。, a 〇 date, no contact block.
  { file: 'tests/fixtures/genre/report-to-office-addressee-chinese-date.txt', slug: 'report-to-office' },
  // ASCII "quotes", -- and ... that Markdown "smart" typography would change.
  { file: 'tests/fixtures/site/ascii-punctuation.txt', slug: 'ascii-punctuation' },
  // A printed web address, email and URL, and the characters MDX and Markdown read as syntax: all stay text.
  { file: 'tests/fixtures/site/addresses-and-symbols.txt', slug: 'addresses-and-symbols' },
  // Stated progress, a breakdown, rates, changes, amounts and the report's own completion: figures the importer proposes.
  { file: 'tests/fixtures/figures/county-progress-report.txt', slug: 'county-progress' },
];

let copy: ReturnType<typeof projectCopy>;
let out: string;
let texts: Map<string, string>;
const steps: { what: string; status: number | null; output: string }[] = [];

beforeAll(() => {
  copy = projectCopy();
  out = join(copy.dir, 'out');
  for (const { file, slug } of IMPORTS)
    steps.push({ what: `import ${file}`, ...runNode(copy.dir, ['scripts/import-report.ts', join(process.cwd(), file), '--slug', slug]) });
  steps.push({ what: 'check:content', ...runNode(copy.dir, ['scripts/check-content.ts']) });
  steps.push({ what: 'build', ...runNode(copy.dir, ['scripts/build.ts', '--out', 'out']) });
  texts = steps.every((s) => s.status === 0) ? siteTexts(out) : new Map();
}, 300_000);
afterAll(() => copy?.remove());

describe('reports imported with npm run import, built beside the shipped one', () => {
  it('import, check and build all succeed', () => {
    for (const s of steps) expect(s.status, `${s.what}\n${s.output}`).toBe(0);
  });

  describe.each(IMPORTS)('$file', ({ slug }) => {
    const pagesOf = (keep: (path: string) => boolean) =>
      [...texts].filter(([path]) => path.startsWith(`${slug}/`) && keep(path)).map(([, text]) => text);
    const source = () => readFileSync(join(copy.dir, 'content', 'reports', slug, 'source.txt'), 'utf8');

    it('shows every printed line and number of its source on its report and problem pages', () => {
      const pages = pagesOf((p) => !p.startsWith(`${slug}/full-text/`));
      expect(pages.length).toBeGreaterThan(1);
      expect(missingLines(source(), pages)).toEqual([]);
      expect(missingNumbers(source(), pages)).toEqual([]);
    });
    it('shows every printed line on its full-text page', () => {
      expect(
        missingLines(
          source(),
          pagesOf((p) => p.startsWith(`${slug}/full-text/`)),
        ),
      ).toEqual([]);
    });
  });

  it('keeps ASCII punctuation as printed', () => {
    expect(pagesOfAll('ascii-punctuation').join('\n')).toContain('开展"回头看"活动--共3家...');
  });

  it('gives sub-problems their own headings and anchors inside the problem page, not counted as measures', () => {
    const html = readFileSync(join(out, 'three-levels', 'sections', '01', 'index.html'), 'utf8');
    expect(html).toContain('<h3 class="sub-problem" id="s1">(1)关于“村集体经济发展不平衡”</h3>');
    expect(html).toContain('<h3 class="sub-problem" id="s2">(2)关于“农村人居环境整治不彻底”</h3>');
    // Five measures: 一是 二是 三是 under the first sub-problem, 一是 二是 under the second; inline ones anchored on their marker.
    expect([...html.matchAll(/\bid="m(\d+)"/g)].map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5]);
    expect(html).toContain('<a class="measure-inline" id="m2" href="#m2" data-permalink="#m2">二是</a>');
  });

  it('keeps printed web addresses, emails and syntax characters as text, never as links or markup', () => {
    const text = pagesOfAll('addresses-and-symbols').join('\n');
    expect(text).toContain('对“<>”“{}”“*”“_”“#”“[ ]”及&amp;等字符原样公开');
    expect(text).toContain('import 企业清单已建立');
    const html = readFileSync(join(out, 'addresses-and-symbols', 'sections', '01', 'index.html'), 'utf8');
    expect(html).not.toMatch(/<a [^>]*href="[^"]*(www\.example\.gov\.cn|mailto:abc@163\.com)/);
    // Each paragraph is one text node: no link, emphasis or code element inside it.
    expect(html).toMatch(
      /<p>[^<]*www\.example\.gov\.cn[^<]*abc@163\.com[^<]*https:\/\/www\.example\.gov\.cn\/zwgk\/a_b\.html\?c=1&amp;d=2[^<]*<\/p>/,
    );
    // < is escaped in text, > need not be (both are text to the browser).
    expect(html).toMatch(/<p>对“&lt;(?:&gt;|>)”“\{\}”“\*”“_”“#”“\[ \]”及&amp;amp;等字符原样公开，共整改问题12个。<\/p>/);
  });

  it('shows every figure the importer proposed, beside its measure and on the report home, and keeps the marker off the site', () => {
    const dir = join(copy.dir, 'content', 'reports', 'county-progress');
    const sectionFiles = readdirSync(join(dir, 'sections')).sort();
    let shown = 0;
    sectionFiles.forEach((f, i) => {
      const metrics =
        (
          parseYaml(splitFrontmatter(readFileSync(join(dir, 'sections', f), 'utf8'))?.yaml ?? '') as {
            metrics?: { id: string; proposed?: boolean }[];
          }
        ).metrics ?? [];
      const html = readFileSync(join(out, 'county-progress', 'sections', String(i + 1).padStart(2, '0'), 'index.html'), 'utf8');
      for (const m of metrics) {
        expect(m.proposed).toBe(true);
        expect(html, `${f} ${m.id}`).toContain(`data-metric-id="${m.id}"`);
        shown++;
      }
    });
    expect(shown).toBeGreaterThan(8);
    // The figure beside the measure that holds its quote: 52 of 64, as printed.
    expect(readFileSync(join(out, 'county-progress', 'sections', '01', 'index.html'), 'utf8')).toMatch(
      /id="m1"[\s\S]*81\.25%[\s\S]*id="m2"/,
    );
    const figures = (parseYaml(readFileSync(join(dir, 'report.yaml'), 'utf8')) as { figures: { id: string }[] }).figures;
    const home = readFileSync(join(out, 'county-progress', 'index.html'), 'utf8');
    expect(figures.map((f) => f.id)).toContain('problems-done');
    for (const f of figures) expect(home).toContain(`data-metric-id="${f.id}"`);
    // The report's own figures are in its data files and data table too, as section 0, linked to the part of the home that prints them.
    const json = JSON.parse(readFileSync(join(out, 'county-progress', 'data', 'metrics.json'), 'utf8')) as {
      metrics: { section: number; permalink: string; metric: { id: string } }[];
    };
    const own = json.metrics.filter((m) => m.section === 0);
    expect(own.map((m) => m.metric.id).sort()).toEqual(figures.map((f) => f.id).sort());
    for (const m of own) expect(m.permalink).toMatch(/^\/county-progress\/#part-\d+$/);
    const table = readFileSync(join(out, 'county-progress', 'data', 'index.html'), 'utf8');
    for (const f of figures) expect(table).toMatch(new RegExp(`<tr data-metric-id="${f.id}"`));
    const csv = readFileSync(join(out, 'county-progress', 'data', 'metrics.csv'), 'utf8');
    expect(csv).toContain('全县排查出的64处供水隐患已完成整改52处，完成率81.25%');
    for (const p of [
      join('county-progress', 'data', 'metrics.json'),
      join('data', 'metrics.json'),
      join('county-progress', 'data', 'metrics.csv'),
    ])
      expect(readFileSync(join(out, p), 'utf8')).not.toContain('proposed');
    expect(pagesOfAll('county-progress').join('\n')).not.toContain('proposed');
  });

  it('never says 巡视 on the pages of a 巡察 report', () => {
    const pages = pagesOfAll('three-levels');
    expect(pages.length).toBeGreaterThan(1);
    expect(pages.filter((p) => p.includes('巡视'))).toEqual([]);
  });
});

function pagesOfAll(slug: string): string[] {
  return [...texts].filter(([path]) => path.startsWith(`${slug}/`)).map(([, text]) => text);
}
