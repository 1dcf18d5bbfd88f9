/**
 * The editors' preview (`npm run dev`) is the site: started as an editor
 * starts it, in a project copy, its pages look as the built ones do (same
 * computed styles, no CSP refusal); a mistake in a section's frontmatter or
 * in report.yaml turns the open page into the project's own Chinese error
 * page naming the file, line and field, and fixing the file brings the page
 * back by itself. Astro's update check never runs (so it never advertises
 * an upgrade): a stub registry on 127.0.0.1 would answer it with a newer
 * version and records whether it was asked.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { projectCopy } from '../helpers/project-copy.ts';
import { startDevServer, until, type DevServer } from '../helpers/dev-server.ts';
import { FOOTER_ENV } from '../setup/build-site.ts';
import { chromiumAvailable, siteInBrowser } from './harness.ts';

const SLUG = '2022-12-20-jiangyan';
const SECTION_FILE = `content/reports/${SLUG}/sections/06-安全生产监管不到位.mdx`;
const REPORT_FILE = `content/reports/${SLUG}/report.yaml`;
const ERROR_TITLE = '内容有误，预览暂停';
const SECTION_TITLE = '安全生产监管不到位';
/** Generous: the dev server, the content check and the reload share two busy cores with other work. */
const CHANGE_MS = 90_000;

/** Computed styles that show whether a page is styled as built: colours, type, box, layout. */
const PROPS = [
  'color',
  'background-color',
  'font-family',
  'font-size',
  'font-weight',
  'line-height',
  'margin-top',
  'margin-bottom',
  'padding-top',
  'padding-left',
  'border-top-width',
  'border-bottom-color',
  'display',
  'max-width',
  'text-decoration-line',
];
const PAGES: { path: string; selectors: string[] }[] = [
  {
    path: `${SLUG}/`,
    selectors: [
      'body',
      '.site-header',
      '.site-header__title',
      'main h1',
      '.problem-list',
      '.problem-list__no',
      '.bar__done',
      '.tag',
      'footer',
    ],
  },
  {
    path: `${SLUG}/sections/06/`,
    selectors: ['body', 'main h1', '.measure', '.measure-no', '.figure', '.bar__done', '.pager__label', 'footer'],
  },
];

async function stylesOf(page: Page, selectors: string[]): Promise<Record<string, Record<string, string> | null>> {
  return page.evaluate(
    ({ selectors, props }) =>
      Object.fromEntries(
        selectors.map((s) => {
          const el = document.querySelector(s);
          if (!el) return [s, null];
          const cs = getComputedStyle(el);
          return [s, Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)]))];
        }),
      ),
    { selectors, props: PROPS },
  );
}

/**
 * What the page's Content-Security-Policy refused, from the console: a dev page may reload by
 * itself (Vite after optimising its dependencies, the preview's script, Astro after a content
 * change), and the console keeps what every load of it was refused.
 */
function refusalsOf(page: Page): string[] {
  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) refused.push(m.text());
  });
  return refused;
}

const editFile = (dir: string, file: string, from: string | RegExp, to: string) => {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: nothing to replace for ${String(from)}`);
  writeFileSync(path, after);
};

/**
 * An editor's shell: none of vitest's variables (NODE_ENV=test turns Vite's dev server into
 * something else), no CI (Astro skips its update check on CI) and no update-check switch of its
 * own, so only the project's `npm run dev` can keep Astro from asking a registry.
 */
function editorEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  const drop =
    /^(?:NODE_ENV|TEST|VITEST.*|MODE|DEV|PROD|SSR|BASE_URL|CI|CONTINUOUS_INTEGRATION|BUILD_NUMBER|RUN_ID|GITHUB_ACTIONS|GITLAB_CI|ASTRO_DISABLE_UPDATE_CHECK)$/;
  for (const k of Object.keys(env)) if (drop.test(k)) delete env[k];
  if (!('SITE_BASE' in extra)) delete env['SITE_BASE'];
  return env;
}

describe.runIf(chromiumAvailable())('npm run dev: a preview that is the site', () => {
  const built = siteInBrowser(() => inject('siteDir'));
  let copy: { dir: string; remove: () => void };
  let dev: DevServer;
  let registry: Server;
  const registryAsked: string[] = [];
  let config: string;
  let page: Page;
  let refusals: string[] = [];

  beforeAll(async () => {
    registry = createServer((req, res) => {
      registryAsked.push(req.url ?? '');
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ name: 'astro', version: '99.0.0' }));
    });
    await new Promise<void>((ok) => registry.listen(0, '127.0.0.1', ok));
    config = mkdtempSync(join(tmpdir(), 'xszg-astro-prefs-'));
    copy = projectCopy();
    const env = editorEnv({
      ...FOOTER_ENV.root,
      XDG_CONFIG_HOME: config,
      npm_config_registry: `http://127.0.0.1:${(registry.address() as AddressInfo).port}/`,
    });
    dev = await startDevServer(copy.dir, env);
  }, 180_000);

  afterAll(async () => {
    await dev?.close();
    copy?.remove();
    if (config) rmSync(config, { recursive: true, force: true });
    await new Promise<void>((ok) => (registry ? registry.close(() => ok()) : ok()));
  });

  /**
   * Waits, polling, for the open page to show the error page (or the section again), by itself;
   * the page may reload more than once on the way (the preview's script, then Astro's own).
   */
  const reloadsTo = async (want: 'error' | 'section') => {
    const shows = async () => {
      const title = await page.title().catch(() => '');
      return want === 'error' ? title.startsWith(ERROR_TITLE) : title.includes(SECTION_TITLE) && !title.startsWith(ERROR_TITLE);
    };
    try {
      await until(shows, CHANGE_MS);
    } catch (e) {
      const r = await fetch(page.url(), { headers: { accept: 'text/html' } }).catch(() => undefined);
      const state = await (await fetch(`${dev.origin}/__xszg/preview-state.txt`)).text().catch(() => '?');
      throw new Error(
        `${String(e)}\npage: ${await page.title().catch(() => '?')}; the page now answers ${r?.status} (${r?.headers.get('x-xszg-preview-state') ?? 'no preview state'}); verdict ${state}\nnpm run dev printed (timed lines):\n${dev
          .output()
          .split('\n')
          .filter((l) => /^\d\d:\d\d:\d\d /.test(l))
          .slice(-60)
          .join('\n')}`,
      );
    }
  };

  for (const { path, selectors } of PAGES) {
    it(`shows /${path} with the built page's computed styles and no CSP refusal`, { timeout: 120_000 }, async () => {
      const want = await built.session.newPage({ viewport: { width: 1280, height: 800 } });
      await want.page.goto(`${built.server.root}${path}`);
      const expected = await stylesOf(want.page, selectors);
      // The preview's own script is for `astro dev` only: a built page has none of it.
      expect(await want.page.content()).not.toContain('__xszg');
      await want.context.close();
      expect(Object.values(expected).filter(Boolean).length, 'elements found on the built page').toBe(selectors.length);

      const got = await built.session.newPage({ viewport: { width: 1280, height: 800 }, origin: dev.origin });
      const violations = refusalsOf(got.page);
      await got.page.goto(`${dev.origin}/${path}`, { waitUntil: 'load' });
      expect(await got.page.title()).not.toContain(ERROR_TITLE);
      // Vite may apply a stylesheet a moment after load: poll until the styles settle on the built ones.
      await expect.poll(() => stylesOf(got.page, selectors), { timeout: 30_000 }).toEqual(expected);
      expect(violations).toEqual([]);
      expect(got.external).toEqual([]);
      await got.context.close();
    });
  }

  it("turns the open page into the project's Chinese error page when a section's frontmatter breaks, naming file, line and field", {
    timeout: CHANGE_MS + 30_000,
  }, async () => {
    ({ page } = await built.session.newPage({ origin: dev.origin }));
    refusals = refusalsOf(page);
    await page.goto(`${dev.origin}/${SLUG}/sections/06/`);
    const sectionTitle = await page.title();
    expect(sectionTitle).toContain(SECTION_TITLE);
    editFile(copy.dir, SECTION_FILE, /^number: 6$/m, 'number: x');
    // The page reloads by itself; nobody navigates.
    await reloadsTo('error');
    const text = await page.locator('body').innerText();
    expect(text).toContain(`${SECTION_FILE}:2`);
    expect(text).toContain('第2行');
    expect(text).toContain('字段：number');
    expect(text).toContain('应为正整数，实为 "x"');
    expect(text).not.toContain('An error occurred');
    expect(text).not.toMatch(/Stack trace|loaders\.ts|at \w+ \(/);
    expect(await page.locator('vite-error-overlay, astro-dev-overlay, pre').count()).toBe(0);
  });

  it('brings the section back by itself once the file is fixed', { timeout: CHANGE_MS + 30_000 }, async () => {
    editFile(copy.dir, SECTION_FILE, /^number: x$/m, 'number: 6');
    await reloadsTo('section');
  });

  it('shows a mistake in report.yaml too (a full-width colon), and the page again once it is fixed', {
    timeout: 2 * CHANGE_MS + 30_000,
  }, async () => {
    editFile(copy.dir, REPORT_FILE, /^issuer: /m, 'issuer：');
    await reloadsTo('error');
    const text = await page.locator('body').innerText();
    expect(text).toContain(`${REPORT_FILE}:5`);
    expect(text).toContain('第5行的全角冒号“：”应改为半角冒号“:”');
    expect(text).not.toContain('An error occurred');
    editFile(copy.dir, REPORT_FILE, /^issuer：/m, 'issuer: ');
    await reloadsTo('section');
    // Neither the error page nor the pages around it were refused anything by their policies.
    expect(refusals).toEqual([]);
  });

  it('never checks for an Astro update, so it never advertises an upgrade', () => {
    expect(registryAsked).toEqual([]);
    expect(dev.output()).not.toContain('@astrojs/upgrade');
    expect(dev.output()).not.toContain('New version of Astro');
  });
});

describe('npm run dev under a base path (SITE_BASE=/xszg/)', () => {
  let copy: { dir: string; remove: () => void };
  let dev: DevServer;
  beforeAll(async () => {
    copy = projectCopy();
    dev = await startDevServer(copy.dir, editorEnv({ SITE_BASE: '/xszg/' }), 120_000, '/xszg/');
  }, 180_000);
  afterAll(async () => {
    await dev?.close();
    copy?.remove();
  });

  it("gives the pages the verdict's address under the base path, and answers it there", async () => {
    const html = await (await fetch(`${dev.origin}/xszg/${SLUG}/`, { headers: { accept: 'text/html' } })).text();
    const poll = /data-preview-poll="([^"]+)"/.exec(html)?.[1];
    expect(poll).toBe('/xszg/__xszg/preview-state.txt');
    const script = /<script[^>]*src="([^"]*__xszg[^"]*)"/.exec(html)?.[1];
    expect(script).toBe('/xszg/__xszg/preview.js');
    for (const path of [poll, script]) expect((await fetch(`${dev.origin}${path}`)).status, path).toBe(200);
    expect(await (await fetch(`${dev.origin}${poll}`)).text()).toBe('ok');
  });
});
