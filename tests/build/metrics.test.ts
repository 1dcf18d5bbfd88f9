/**
 * The built figures: both data files against the schema and against each
 * other, every progress figure drawn with its numbers in text on its section
 * page, and the home overview listing every completion rate.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { metricSchema, type Metric } from '../../src/schemas/metric.ts';
import { COLUMNS } from '../../src/lib/metrics/rows.ts';
import { parseCsv } from '../helpers/csv.ts';
import { shipped } from '../helpers/shipped.ts';

const siteDir = inject('siteDir');
const baseDir = inject('baseSiteDir');
const basePath = inject('basePath');
const read = (dir: string, p: string) => readFileSync(join(dir, p), 'utf8');

interface JsonEntry {
  section: number;
  sectionTitle: string;
  theme: string;
  permalink: string;
  computedPercent?: number;
  metric: Metric;
}
const { slug, sections } = shipped();
const json = JSON.parse(read(siteDir, `${slug}/data/metrics.json`)) as { metrics: JsonEntry[] };
const csvText = read(siteDir, `${slug}/data/metrics.csv`);
const csv = parseCsv(csvText);
const shippedCount = sections.reduce((n, s) => n + s.data.metrics.length, 0);

/** Every element under a node for which the test holds, in document order. */
function findAll(node: Root | Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  visit(node, 'element', (e: Element) => {
    if (test(e)) out.push(e);
  });
  return out;
}
const hasClass = (c: string) => (e: Element) => Array.isArray(e.properties['className']) && e.properties['className'].includes(c);
const tag = (name: string) => (e: Element) => e.tagName === name;

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

describe('data/metrics.json', () => {
  it('holds every metric of the content, each valid against the schema', () => {
    expect(json.metrics).toHaveLength(shippedCount);
    for (const e of json.metrics) expect(metricSchema.safeParse(e.metric).success, `${e.section}/${e.metric.id}`).toBe(true);
  });
  it('gives every metric a permalink to its section page', () => {
    for (const e of json.metrics)
      expect(e.permalink).toMatch(new RegExp(`^/${slug}/sections/${String(e.section).padStart(2, '0')}/(#m\\d+)?$`));
  });
});

describe('data/metrics.csv', () => {
  it('is UTF-8 with a byte-order mark and the documented header', () => {
    expect(csvText.charCodeAt(0)).toBe(0xfeff);
    expect(csvText.slice(1, csvText.indexOf('\r\n'))).toBe(COLUMNS.map((c) => c.key).join(','));
  });

  it('has one row per metric, matching metrics.json field by field', () => {
    expect(csv).toHaveLength(json.metrics.length);
    csv.forEach((row, i) => {
      const e = json.metrics[i];
      if (!e) throw new Error(`no JSON entry for CSV row ${i + 1}`);
      const m = e.metric;
      const where = `row ${i + 1} (${row['section']}/${row['id']})`;
      expect(row, where).toMatchObject({
        section: String(e.section),
        section_title: e.sectionTitle,
        theme: e.theme,
        id: m.id,
        label: m.label,
        kind: m.kind,
        unit: m.unit,
        as_of: m.asOf ?? '',
        quote: m.quote,
        qualifier: m.qualifier ?? '',
        permalink: e.permalink,
      });
      if (m.kind === 'progress') {
        expect(row, where).toMatchObject({
          done: num(m.done),
          total: num(m.total),
          percent: num(m.percent ?? e.computedPercent),
          percent_source: m.percent === undefined ? 'computed' : 'stated',
        });
      }
      if (m.kind === 'breakdown') expect(row['parts'], where).toBe(m.parts.map((p) => `${p.label}=${p.value}`).join('; '));
      if (m.kind === 'rate') expect(row['percent'], where).toBe(num(m.percent));
      if (m.kind === 'amount' || m.kind === 'count' || m.kind === 'change') expect(row['value'], where).toBe(num(m.value));
    });
  });

  it('gives computed percentages that agree with done ÷ total worked out here, to one decimal', () => {
    const computed = json.metrics.filter((e) => e.metric.kind === 'progress' && e.metric.percent === undefined);
    expect(computed.length).toBeGreaterThan(0);
    for (const e of computed) {
      if (e.metric.kind !== 'progress') continue;
      // Independent of src/lib: integer arithmetic, half up.
      const tenths = Math.floor((e.metric.done * 1000) / e.metric.total + 0.5) / 10;
      expect(e.computedPercent, `${e.section}/${e.metric.id}`).toBe(tenths);
    }
    // One worked by hand: 255 户「十必接」排水户, 199 接管 → 78.0%.
    const connect = computed.find((e) => e.metric.kind === 'progress' && e.metric.done === 199 && e.metric.total === 255);
    expect(connect?.computedPercent).toBe(78);
  });

  it('links under the base path when the site is served under one', () => {
    const rows = parseCsv(read(baseDir, `${slug}/data/metrics.csv`));
    for (const r of rows) expect(r['permalink']?.startsWith(basePath), r['permalink']).toBe(true);
  });
});

const pages = new Map<string, Root>();
function figure(page: string, id: string): Element | undefined {
  const tree = pages.get(page) ?? fromHtml(read(siteDir, page));
  pages.set(page, tree);
  // A figure's element: its list item, or (a breakdown that repeats a progress figure) the parts list inside that figure's item.
  return findAll(tree, (e) => e.properties['dataMetricId'] === id)[0];
}

describe('the site-wide data files', () => {
  it("hold every report's figures, each row naming its report", () => {
    const all = parseCsv(read(siteDir, 'data/metrics.csv'));
    expect(all).toHaveLength(csv.length);
    for (const r of all) expect(r['report']).toBe(slug);
    const whole = JSON.parse(read(siteDir, 'data/metrics.json')) as { reports: { slug: string }[]; metrics: { report: string }[] };
    expect(whole.reports.map((r) => r.slug)).toEqual([slug]);
    expect(whole.metrics.every((m) => m.report === slug)).toBe(true);
  });
});

describe('section pages', () => {
  it('draw every progress figure as an SVG with its numbers and percent in text beside it', () => {
    let checked = 0;
    for (const s of sections) {
      const page = `${slug}/sections/${String(s.data.number).padStart(2, '0')}/index.html`;
      for (const m of s.data.metrics) {
        const el = figure(page, m.id);
        expect(el, `${page} ${m.id}`).toBeDefined();
        if (!el || m.kind !== 'progress') continue;
        const svg = findAll(el, tag('svg'))[0];
        expect(svg?.properties['ariaHidden'], `${page} ${m.id}`).toBe('true');
        const text = toText(el);
        expect(text).toContain(`${m.done}${m.unit}`);
        expect(text).toContain(`${m.total}${m.unit}`);
        const entry = json.metrics.find((e) => e.section === s.data.number && e.metric.id === m.id);
        expect(text).toMatch(new RegExp(`${(m.percent ?? entry?.computedPercent)?.toString().replace('.', '\\.')}`));
        if (m.percent === undefined) expect(text).toContain('计算值');
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('give each group of figures one permalink and one disclosure of quotes, not one per figure', () => {
    let groups = 0;
    for (const s of sections) {
      const tree = fromHtml(read(siteDir, `${slug}/sections/${String(s.data.number).padStart(2, '0')}/index.html`));
      for (const g of findAll(tree, hasClass('measure-figures'))) {
        groups += 1;
        expect(findAll(g, hasClass('figure__permalink')).length).toBeLessThanOrEqual(1);
        expect(findAll(g, tag('details'))).toHaveLength(1);
        // Every quote of the group's figures is in its one disclosure.
        const quotes = toText(findAll(g, tag('details'))[0]!);
        for (const id of findAll(g, (e) => e.properties['dataMetricId'] !== undefined).map((e) => String(e.properties['dataMetricId']))) {
          const m = s.data.metrics.find((x) => x.id === id)!;
          expect(quotes.replace(/\s+/g, '')).toContain(m.quote.replace(/\s+/g, ''));
        }
      }
    }
    expect(groups).toBeGreaterThan(0);
  });

  it('fill every stacked bar segment and legend swatch with a plain fill or a pattern defined once on the page', () => {
    let checked = 0;
    for (const s of sections) {
      const page = `${slug}/sections/${String(s.data.number).padStart(2, '0')}/index.html`;
      const tree = fromHtml(read(siteDir, page));
      const patterns = findAll(tree, tag('pattern')).map((p) => String(p.properties['id']));
      expect(new Set(patterns).size, `${page}: pattern ids repeat`).toBe(patterns.length);
      const filled = findAll(tree, (e) => hasClass('stack__seg')(e) || hasClass('swatch__box')(e));
      const referenced = new Set<string>();
      for (const r of filled) {
        const fill = r.properties['fill'];
        if (fill === undefined) {
          expect(hasClass('p-accent')(r), `${page}: a segment with neither fill nor p-accent`).toBe(true);
          continue;
        }
        const id = /^url\(#([^)]+)\)$/.exec(String(fill))?.[1];
        expect(id && patterns.includes(id), `${page}: ${String(fill)} points at no pattern on the page`).toBe(true);
        referenced.add(id ?? '');
        checked += 1;
      }
      for (const id of patterns) expect(referenced.has(id), `${page}: pattern ${id} defined but never used`).toBe(true);
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('show the text first and each figure right after the measure that holds its quote, out of the search index', () => {
    let checked = 0;
    for (const s of sections) {
      const page = `${slug}/sections/${String(s.data.number).padStart(2, '0')}/index.html`;
      const html = read(siteDir, page);
      const body = findAll(fromHtml(html), (e) => hasClass('section__body')(e))[0];
      expect(body, page).toBeDefined();
      if (!body) continue;
      // The body's blocks in order: measures and paragraphs, each figure list after the block it belongs to.
      const blocks = body.children.filter((c): c is Element => c.type === 'element');
      expect(blocks[0] && hasClass('measure-figures')(blocks[0]), `${page}: text before any figure`).toBeFalsy();
      for (const m of s.data.metrics) {
        const at = blocks.findIndex(
          (b) => hasClass('measure-figures')(b) && findAll(b, (e) => e.properties['dataMetricId'] === m.id).length > 0,
        );
        expect(at, `${page} ${m.id}`).toBeGreaterThan(0);
        const list = blocks[at];
        expect(list?.properties['dataPagefindIgnore'], `${page} ${m.id}`).toBe('all');
        // The block just before the figures (skipping other figure lists) holds the quote verbatim.
        const before = blocks
          .slice(0, at)
          .reverse()
          .find((b) => !hasClass('measure-figures')(b));
        expect(before && toText(before).replace(/\s+/g, ''), `${page} ${m.id}`).toContain(m.quote.replace(/\s+/g, ''));
        checked += 1;
      }
    }
    expect(checked).toBe(json.metrics.length);
  });
});

describe("the report's home page", () => {
  const tree = fromHtml(read(siteDir, `${slug}/index.html`));
  it('lists every completion rate, highest first within a theme, each linking to its place', () => {
    const expectedIds = json.metrics
      .filter((e) => e.metric.kind === 'progress' || (e.metric.kind === 'rate' && e.metric.ofCompletion))
      .map((e) => `${e.section}/${e.metric.id}`);
    const items = findAll(tree, hasClass('overview__item'));
    expect(items.map((i) => String(i.properties['dataMetricId'])).sort()).toEqual([...expectedIds].sort());
    for (const group of findAll(tree, hasClass('overview__group'))) {
      const pcts = findAll(group, hasClass('overview__pct'))
        .flatMap((p) => findAll(p, tag('strong')))
        .map((s) => Number.parseFloat(toText(s)));
      expect(pcts).toEqual([...pcts].sort((a, b) => b - a));
    }
    for (const item of items) {
      const id = String(item.properties['dataMetricId']);
      const e = json.metrics.find((x) => `${x.section}/${x.metric.id}` === id);
      expect(findAll(item, tag('a'))[0]?.properties['href']).toBe(e?.permalink);
    }
  });
  it('counts the problems, the numbered measures on the section pages and the figures', () => {
    const measures = sections.reduce(
      (n, s) =>
        n + (read(siteDir, `${slug}/sections/${String(s.data.number).padStart(2, '0')}/index.html`).match(/ id="m\d+"/g) ?? []).length,
      0,
    );
    const overview = findAll(tree, (e) => e.tagName === 'section' && hasClass('overview')(e))[0];
    const numbers = (toText(findAll(overview ?? tree, tag('p'))[0] ?? tree).match(/\d+/g) ?? []).map(Number);
    expect(numbers).toEqual([sections.length, measures, json.metrics.length]);
  });
  it('links to the data page, which documents every column', () => {
    expect(findAll(tree, (e) => e.tagName === 'a' && e.properties['href'] === `/${slug}/data/`).length).toBeGreaterThan(0);
    const dataPage = toText(fromHtml(read(siteDir, `${slug}/data/index.html`)));
    for (const c of COLUMNS) expect(dataPage).toContain(c.key);
  });
});

describe("a report's data page", () => {
  const page = fromHtml(read(siteDir, `${slug}/data/index.html`));
  const table = findAll(page, (e) => e.tagName === 'table' && findAll(e, tag('caption')).length > 0)[0];
  it('shows every figure as a row of a table, in the order of the data files, with its label in a cell', () => {
    expect(table, 'no table of figures on the data page').toBeDefined();
    const rows = findAll(table!, (e) => e.tagName === 'tr' && e.properties['dataMetricId'] !== undefined);
    expect(rows.map((r) => r.properties['dataMetricId'])).toEqual(json.metrics.map((e) => e.metric.id));
    rows.forEach((r, i) => {
      const cells = r.children.filter((c): c is Element => c.type === 'element');
      expect(cells.map((c) => toText(c))).toContain(json.metrics[i]!.metric.label);
      const links = findAll(r, tag('a')).map((a) => a.properties['href']);
      expect(links).toContain(json.metrics[i]!.permalink);
    });
  });
  it('heads its columns in Chinese, each a column header', () => {
    const heads = findAll(findAll(table!, tag('thead'))[0]!, tag('th'));
    expect(heads.length).toBeGreaterThanOrEqual(4);
    for (const h of heads) {
      expect(h.properties['scope']).toBe('col');
      expect(toText(h)).toMatch(/^\p{Script=Han}+$/u);
    }
  });
  it('comes before the downloads and the developers’ column list', () => {
    const html = read(siteDir, `${slug}/data/index.html`);
    expect(html.indexOf('<caption')).toBeLessThan(html.indexOf('metrics.csv'));
    expect(html.indexOf('<caption')).toBeLessThan(html.indexOf('id="columns"'));
  });
});
