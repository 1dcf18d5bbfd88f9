/**
 * A correction end to end, as a clerk makes it: a report imported beside the
 * shipped one, a figure added by hand that the correction leaves standing and
 * one whose quote it changes, a one-character correction of the source put in
 * with `npm run import -- … --update`, then the content check and the build
 * in a project copy. Readers must see the 更正记录 with the replaced text's
 * SHA-256 and download, the report's date and 最近更正; the feed entry is
 * updated; and nothing written for editors (待核对) is published anywhere.
 * The pages with a 更正记录 pass axe and reflow in chromium.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { htmlErrors } from '../helpers/html-validate.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { visibleText } from '../helpers/dist.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { READING_STORAGE_KEY } from '../../src/lib/reading/options.ts';
import { chromiumAvailable, formatViolations, runAxe, SCREENSHOT_DIR, siteInBrowser } from './harness.ts';

const SLUG = '2022-03-15-hailing';
// 分别 with no names: the importer proposes no figure for these percentages and lists them 待核对 (what must not leak).
const TEXT = readFileSync('tests/fixtures/import/halfwidth-basic.txt', 'utf8').replace(
  '完成老旧小区改造31个。',
  '完成老旧小区改造31个,全区同比分别下降12.5%、20%。',
);
const OLD_SHA = createHash('sha256').update(TEXT).digest('hex');
/** One character changed: 46 → 48 projects in problem 1. */
const CORRECTED = TEXT.replace('新签约亿元以上项目46个', '新签约亿元以上项目48个');

let copy: ReturnType<typeof projectCopy>;
let out: string;
const steps: Record<string, { status: number | null; output: string }> = {};
const read = (p: string) => readFileSync(join(out, p), 'utf8');

/** Adds an editor's figures (YAML list items) first in the metrics of the report's section entry numbered by prefix. */
function addFigure(prefix: string, items: string): void {
  const dir = join(copy.dir, 'content', 'reports', SLUG, 'sections');
  const file = join(dir, readdirSync(dir).find((n) => n.startsWith(prefix)) ?? '');
  const s = readFileSync(file, 'utf8');
  writeFileSync(
    file,
    s.includes('\nmetrics:\n') ? s.replace('\nmetrics:\n', `\nmetrics:\n${items}`) : s.replace(/\n---\n/, `\nmetrics:\n${items}---\n`),
  );
}

beforeAll(() => {
  copy = projectCopy();
  out = join(copy.dir, 'out');
  writeFileSync(join(copy.dir, 'report.txt'), TEXT);
  writeFileSync(join(copy.dir, 'corrected.txt'), CORRECTED);
  steps['import'] = runNode(copy.dir, ['scripts/import-report.ts', 'report.txt', '--slug', SLUG]);
  addFigure(
    '03-',
    '  - kind: count\n    id: cadres\n    label: 选派机关干部到村（社区）任职\n    unit: 名\n    quote: 选派35名机关干部到村(社区)任职\n    value: 35\n',
  );
  addFigure(
    '01-',
    '  - kind: count\n    id: projects\n    label: 新签约亿元以上项目\n    unit: 个\n    quote: 新签约亿元以上项目46个\n    value: 46\n  - kind: count\n    id: big-projects\n    label: 新签约10亿元以上项目\n    unit: 个\n    quote: 其中10亿元以上项目5个\n    value: 5\n',
  );
  steps['update'] = runNode(copy.dir, [
    'scripts/import-report.ts',
    'corrected.txt',
    '--slug',
    SLUG,
    '--update',
    '--note',
    '第1项新签约项目数由46个更正为48个',
  ]);
  steps['check'] = runNode(copy.dir, ['scripts/check-content.ts']);
  steps['build'] = runNode(copy.dir, ['scripts/build.ts', '--out', 'out']);
}, 300_000);
afterAll(() => copy?.remove());

describe('a report corrected with npm run import -- … --update, built', () => {
  it('updates, checks and builds', () => {
    for (const [what, s] of Object.entries(steps)) expect(s.status, `${what}\n${s.output}`).toBe(0);
  });

  it("shows on the report's home its signed date, 最近更正 linked to its 更正记录, and the replaced text's SHA-256 there", () => {
    const html = read(`${SLUG}/index.html`);
    const text = visibleText(html);
    expect(text).toMatch(/落款日期\s*2022年3月15日/);
    const corrected =
      (parseYaml(readFileSync(join(copy.dir, 'content', 'reports', SLUG, 'report.yaml'), 'utf8')) as { corrections: { date: string }[] })
        .corrections[0]?.date ?? '';
    expect(html).toMatch(new RegExp(`<dt>最近更正</dt>\\s*<dd><a href="#corrections"><time datetime="${corrected}">`));
    expect(html).toContain('id="corrections"');
    const record = text.slice(text.indexOf('更正记录'));
    expect(record).toContain(OLD_SHA);
    expect(record).toContain('第1项新签约项目数由46个更正为48个');
    expect(html).toContain(`href="/${SLUG}/source-${OLD_SHA.slice(0, 12)}.txt"`);
  });

  it('gives valid HTML on the pages that carry the 更正记录, the archive and the data page', async () => {
    expect(await htmlErrors(out, ['index.html', `${SLUG}/index.html`, `${SLUG}/full-text/index.html`, `${SLUG}/data/index.html`])).toBe('');
  });

  it('shows the 更正记录 on the full-text page too, after the corrected text', () => {
    const text = visibleText(read(`${SLUG}/full-text/index.html`));
    expect(text.indexOf('新签约亿元以上项目48个')).toBeGreaterThan(-1);
    expect(text.lastIndexOf(OLD_SHA)).toBeGreaterThan(text.indexOf('新签约亿元以上项目48个'));
    expect(text).toContain(createHash('sha256').update(CORRECTED).digest('hex'));
  });

  it('offers the replaced text for download byte for byte', () => {
    expect(readFileSync(join(out, SLUG, `source-${OLD_SHA.slice(0, 12)}.txt`))).toEqual(Buffer.from(TEXT));
  });

  it('keeps the figure added by hand and drops the one whose quote the correction changed, on the pages and in the data', () => {
    expect(read(`${SLUG}/sections/03/index.html`)).toContain('data-metric-id="cadres"');
    expect(read(`${SLUG}/sections/01/index.html`)).not.toContain('data-metric-id="projects"');
    // Its neighbour, quoted from the same corrected paragraph, stands and stays.
    expect(read(`${SLUG}/sections/01/index.html`)).toContain('data-metric-id="big-projects"');
    const ids = (JSON.parse(read(`${SLUG}/data/metrics.json`)) as { metrics: { metric: { id: string } }[] }).metrics.map(
      (m) => m.metric.id,
    );
    expect(ids).toContain('cadres');
    expect(ids).not.toContain('projects');
    expect(steps['update']?.output).toContain('figure removed: 第1项 projects“新签约亿元以上项目”');
  });

  it("updates the report's feed entry on the day of its correction, published on its date", () => {
    const feed = read('feed.xml');
    const entry = feed.slice(feed.indexOf(`/${SLUG}/</id>`));
    const corrected = (
      parseYaml(readFileSync(join(copy.dir, 'content', 'reports', SLUG, 'report.yaml'), 'utf8')) as { corrections: { date: string }[] }
    ).corrections[0]?.date;
    expect(entry).toMatch(new RegExp(`^[^]*?<updated>${corrected}T00:00:00Z</updated>\\s*<published>2022-03-15T00:00:00Z</published>`));
  });
});

describe('notes written for editors stay with editors', () => {
  it('has a percentage still to review in the report (what would leak)', () => {
    expect(readFileSync(join(copy.dir, 'content', 'reports', SLUG, 'metrics-allowlist.yaml'), 'utf8')).toContain('待核对');
  });

  it('publishes no 待核对 and no "to review" in any page, data file or feed', () => {
    const files = filesUnder(out, (p) => /\.(html|csv|json|xml|txt|js)$/.test(p) && !p.includes('pagefind/'));
    expect(files.length).toBeGreaterThan(30);
    const leaks = files.filter((f) => /待核对|to review/i.test(readFileSync(join(out, f), 'utf8')));
    expect(leaks).toEqual([]);
  });

  it('lists what is still to review once, in check:content and in the build', () => {
    for (const step of ['check', 'build'] as const) {
      const output = steps[step]?.output ?? '';
      expect(output.split('仍为导入时的“待核对”').length - 1, `${step}\n${output}`).toBe(1);
      expect(output).toContain('第2项“全区同比分别下降12.5%、20%”');
    }
  });
});

describe.runIf(chromiumAvailable())('the 更正记录 in a browser', () => {
  const site = siteInBrowser(() => out);

  it.each([
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 800 }],
  ])('passes axe (WCAG 2.1 A/AA, best practices) on the home and full-text pages at %s size', async (name, viewport) => {
    const problems: string[] = [];
    for (const path of [`${SLUG}/`, `${SLUG}/full-text/`]) {
      const { page, context } = await site.session.newPage({ viewport });
      await page.goto(`${site.server.root}${path}`);
      problems.push(...formatViolations(path, await runAxe(page)));
      if (path === `${SLUG}/`) {
        await page.locator('#corrections').scrollIntoViewIfNeeded();
        await page.screenshot({ path: join(SCREENSHOT_DIR, `corrections-${name}.png`) });
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  });

  it('keeps the 64-digit SHA-256 within a 320 px screen at 200% text', async () => {
    const { page, context } = await site.session.newPage({ viewport: { width: 320, height: 800 } });
    await context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
      READING_STORAGE_KEY,
      JSON.stringify({ 'reading-size': '200' }),
    ] as const);
    for (const path of [`${SLUG}/`, `${SLUG}/full-text/`]) {
      await page.goto(`${site.server.root}${path}`);
      expect(await page.evaluate(() => document.documentElement.dataset['readingSize'])).toBe('200');
      const { scroll, client } = await page.evaluate(() => ({
        scroll: document.documentElement.scrollWidth,
        client: document.documentElement.clientWidth,
      }));
      expect(scroll, path).toBeLessThanOrEqual(client);
    }
    await context.close();
  });
});
