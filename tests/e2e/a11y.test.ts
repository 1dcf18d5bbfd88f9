/**
 * Accessibility and elderly-friendly reading (适老化), in a real browser, on
 * every page the sitemap lists plus the 404 page.
 */
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { READING_STORAGE_KEY } from '../../src/lib/reading/options.ts';
import { pagesToVisit } from '../helpers/sitemap.ts';
import {
  SCREENSHOT_DIR,
  chromiumAvailable,
  formatViolations,
  launchBrowser,
  runAxe,
  serveSite,
  type BrowserSession,
  type SiteServer,
} from './harness.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
const SECTION = '2022-12-20-jiangyan/sections/06/';

type Settings = Partial<Record<'reading-size' | 'reading-spacing' | 'reading-contrast', string>>;

/** Opens the reading-settings disclosure so its controls are checked too. */
const openSettings = (page: Page) =>
  page.evaluate(() => document.querySelector<HTMLDetailsElement>('details.reading-settings')?.setAttribute('open', ''));

describe.runIf(chromiumAvailable())('accessibility in a real browser', () => {
  let server: SiteServer;
  let baseServer: SiteServer;
  let session: BrowserSession;
  let pages: { name: string; url: string }[];

  /**
   * A fresh page; settings are stored before any script runs. Its requests to
   * other origins are in `external`, and the sub-resources (not the page
   * itself, which may be the 404 page) that failed to load in `failed`: each
   * test checks its own, whatever ran before it.
   */
  async function open(viewport = PHONE, settings?: Settings, origin = server.origin) {
    const p = await session.newPage({ viewport, origin });
    if (settings)
      await p.context.addInitScript(([key, value]) => localStorage.setItem(key, value), [
        READING_STORAGE_KEY,
        JSON.stringify(settings),
      ] as const);
    const failed: string[] = [];
    p.page.on('response', (r) => {
      if (r.status() >= 400 && r.request().resourceType() !== 'document') failed.push(`${r.status()} ${r.url()}`);
    });
    return { ...p, failed };
  }

  /** One page per template: every page but the section pages, plus one section with figures and one without. */
  const templates = () => pages.filter((p) => !/\/sections\/\d+\/$/.test(p.name) || /\/sections\/(06|09)\/$/.test(p.name));

  /** Visits every page (or the given ones) in one tab and collects what check returns for each. */
  async function everyPage(
    viewport: { width: number; height: number },
    settings: Settings | undefined,
    check: (page: Page, name: string) => Promise<string[]>,
    visit = pages,
  ) {
    const { page, context, external, failed } = await open(viewport, settings);
    const problems: string[] = [];
    for (const { name, url } of visit) {
      await page.goto(url);
      problems.push(...(await check(page, name)));
    }
    await context.close();
    return [...problems, ...external.map((u) => `request to another origin: ${u}`), ...failed.map((f) => `failed to load: ${f}`)];
  }

  beforeAll(async () => {
    server = await serveSite(inject('siteDir'), '/');
    baseServer = await serveSite(inject('baseSiteDir'), inject('basePath'));
    session = await launchBrowser(server.origin);
    pages = pagesToVisit(inject('siteDir'), server.origin, '/');
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await baseServer?.close();
  });

  describe('every page', () => {
    it.each([
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ])('has no axe violation (WCAG 2.1 A/AA and best practices) at %s size', async (_, viewport) => {
      const problems = await everyPage(viewport, undefined, async (page, name) => {
        await openSettings(page);
        return formatViolations(name, await runAxe(page));
      });
      expect(problems).toEqual([]);
    });

    // Colours come from the stylesheet, not the content, so one page per template is enough here.
    it.each(['black-on-yellow', 'yellow-on-black'])('keeps AA contrast for text, links and controls in the %s scheme', async (scheme) => {
      const problems = await everyPage(
        PHONE,
        { 'reading-contrast': scheme },
        async (page, name) => {
          await openSettings(page);
          return formatViolations(name, await runAxe(page, { rules: ['color-contrast', 'link-in-text-block'] }));
        },
        templates(),
      );
      expect(problems).toEqual([]);
    });

    it.each([
      ['at 320 px width', { width: 320, height: 800 }, '100'],
      ['at phone width and 200% text', PHONE, '200'],
      ['at desktop width and 200% text', DESKTOP, '200'],
    ])('does not scroll sideways %s', async (_, viewport, size) => {
      const problems = await everyPage(viewport, { 'reading-size': size }, async (page, name) => {
        await openSettings(page);
        const { scroll, client, wide } = await page.evaluate(() => {
          const root = document.documentElement;
          const wide = [...document.querySelectorAll('body *')]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 1)
            .slice(0, 3)
            .map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
          return { scroll: root.scrollWidth, client: root.clientWidth, wide };
        });
        return scroll > client ? [`${name}: scrollWidth ${scroll} > ${client} (${wide.join(', ')})`] : [];
      });
      expect(problems).toEqual([]);
    });

    it('shows a visible focus indicator on everything reached with Tab', async () => {
      const problems = await everyPage(DESKTOP, undefined, async (page, name) => {
        await openSettings(page);
        const seen: string[] = [];
        const bad: string[] = [];
        for (let i = 0; i < 150; i++) {
          await page.keyboard.press('Tab');
          const focus = await page.evaluate(() => {
            const el = document.activeElement;
            if (!el || el === document.body) return null;
            const s = getComputedStyle(el);
            const outlined = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
            const shadowed = s.boxShadow !== 'none';
            const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('href') ? `[href=${el.getAttribute('href')}]` : ''}${el.getAttribute('name') ? `[name=${el.getAttribute('name')}][value=${(el as HTMLInputElement).value}]` : ''}`;
            return { label, visible: outlined || shadowed };
          });
          if (!focus || (seen.length > 0 && focus.label === seen[0])) break;
          seen.push(focus.label);
          if (!focus.visible) bad.push(`${name}: no visible focus on ${focus.label}`);
        }
        if (seen.length === 0) bad.push(`${name}: nothing reachable with Tab`);
        return bad;
      });
      expect(problems).toEqual([]);
    });
  });

  describe('reading settings', () => {
    it('starts with a skip link that moves focus to the main content', async () => {
      const { page, context } = await open(DESKTOP);
      await page.goto(server.root + SECTION);
      await page.keyboard.press('Tab');
      const skip = page.locator(':focus');
      expect(await skip.getAttribute('href')).toBe('#main');
      expect(await skip.isVisible()).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
      await context.close();
    });

    it('can be set with the keyboard alone and is remembered on the next page', async () => {
      const { page, context } = await open(PHONE);
      await page.goto(server.root);
      await page.keyboard.press('Tab'); // skip link
      await page.keyboard.press('Tab'); // the disclosure
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab'); // text size: the checked choice
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // line spacing
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // colours
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Tab'); // mouse pointer
      await page.keyboard.press('ArrowRight');
      const state = () =>
        page.evaluate(() => ({
          size: document.documentElement.dataset['readingSize'],
          spacing: document.documentElement.dataset['readingSpacing'],
          contrast: document.documentElement.dataset['readingContrast'],
          cursor: document.documentElement.dataset['readingCursor'],
          fontSize: getComputedStyle(document.documentElement).fontSize,
          background: getComputedStyle(document.body).backgroundColor,
          color: getComputedStyle(document.body).color,
          checked: [...document.querySelectorAll<HTMLInputElement>('.reading-settings input:checked')].map((i) => i.value),
        }));
      const expected = {
        size: '200',
        spacing: 'wide',
        contrast: 'yellow-on-black',
        cursor: 'large',
        fontSize: '36px',
        background: 'rgb(0, 0, 0)',
        color: 'rgb(255, 255, 0)',
        checked: ['200', 'wide', 'yellow-on-black', 'large'],
      };
      expect(await state()).toEqual(expected);
      await page.goto(server.root + SECTION);
      expect(await state()).toEqual(expected);
      await page.goBack(); // back/forward cache or not, the page shows the same choices
      expect(await state()).toEqual(expected);
      await context.close();
    });

    it('applies the saved settings before the first paint', async () => {
      const { page, context } = await open(PHONE, { 'reading-contrast': 'black-on-yellow', 'reading-size': '150' });
      // Record <html>'s attributes at the moment <body> is parsed: nothing can have been painted before that.
      await context.addInitScript(() => {
        new MutationObserver((_, observer) => {
          if (!document.body) return;
          const root = document.documentElement;
          (window as unknown as { atBody: string }).atBody = `${root.dataset['readingContrast']} ${root.dataset['readingSize']}`;
          observer.disconnect();
        }).observe(document, { childList: true, subtree: true });
      });
      await page.goto(server.root + SECTION);
      expect(await page.evaluate(() => (window as unknown as { atBody: string }).atBody)).toBe('black-on-yellow 150');
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 0)');
      await context.close();
    });

    it('works for the page even when storage is blocked', async () => {
      const { page, context } = await open(PHONE);
      await context.addInitScript(() => {
        Object.defineProperty(window, 'localStorage', {
          get: () => {
            throw new DOMException('blocked', 'SecurityError');
          },
        });
      });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.root);
      await page.locator('details.reading-settings summary').click();
      await page.getByRole('radio', { name: /200%/ }).check();
      expect(await page.evaluate(() => document.documentElement.dataset['readingSize'])).toBe('200');
      expect(errors).toEqual([]);
      await context.close();
    });

    it('is not offered when JavaScript is off, and the page still reads', async () => {
      const { page, context } = await session.newPage({ viewport: PHONE, javaScriptEnabled: false });
      await page.goto(server.root + SECTION);
      expect(await page.locator('details.reading-settings').isVisible()).toBe(false);
      expect(await page.locator('h1').isVisible()).toBe(true);
      await context.close();
    });
  });

  describe('print', () => {
    it.each([
      ['at the root', () => server, '/'],
      ['under the base path', () => baseServer, inject('basePath')],
    ])('prints a section page %s without navigation or controls, with measure permalinks as text', async (_, srv, base) => {
      const { page, context } = await open(DESKTOP, undefined, srv().origin);
      await page.goto(srv().root + SECTION);
      await page.emulateMedia({ media: 'print' });
      const hidden = await page.evaluate(() =>
        ['.site-header', '.skip-link', '.pager', '.breadcrumb', '.reading-settings', 'nav', 'button', 'form']
          .flatMap((sel) => [...document.querySelectorAll(sel)].map((el) => [sel, getComputedStyle(el).display] as const))
          .filter(([, display]) => display !== 'none')
          .map(([sel]) => sel),
      );
      expect(hidden).toEqual([]);
      const printed = await page.evaluate(() =>
        [...document.querySelectorAll('.measure')].map((m) => getComputedStyle(m, '::after').content),
      );
      expect(printed.length).toBeGreaterThan(0);
      printed.forEach((content, i) =>
        expect(content).toMatch(new RegExp(`^"[^"]+https?://[^"]+${base}2022-12-20-jiangyan/sections/06/#m${i + 1}"$`)),
      );
      if (base === '/') {
        mkdirSync(SCREENSHOT_DIR, { recursive: true });
        await page.pdf({ path: join(SCREENSHOT_DIR, 'section-print.pdf'), format: 'A4' });
      }
      await context.close();
    });
  });

  it('writes full-page screenshots of home and a section page at phone and desktop size, as wide as the screen', async () => {
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    for (const [size, viewport] of [
      ['phone', PHONE],
      ['desktop', DESKTOP],
    ] as const) {
      const { page, context } = await open(viewport);
      for (const [name, path] of [
        ['home', ''],
        ['section', SECTION],
      ]) {
        await page.goto(server.root + path);
        const file = join(SCREENSHOT_DIR, `${name}-${size}.png`);
        rmSync(file, { force: true });
        await page.screenshot({ path: file, fullPage: true });
        // The PNG's own header: as wide as the viewport (nothing sticks out sideways), taller than it is empty.
        const png = readFileSync(file);
        expect(png.subarray(1, 4).toString('latin1'), file).toBe('PNG');
        expect(png.readUInt32BE(16), `${file} width`).toBe(viewport.width);
        expect(png.readUInt32BE(20), `${file} height`).toBeGreaterThanOrEqual(viewport.height);
      }
      await context.close();
    }
  });

  it('makes no request to another origin and loads every stylesheet, script and image, on every page', async () => {
    const { page, context, external, failed } = await open(DESKTOP);
    // goto waits for the load event: every stylesheet, script and image of the page has been fetched.
    for (const { url } of pages) await page.goto(url);
    await context.close();
    expect(pages.length).toBeGreaterThan(0);
    expect(external).toEqual([]);
    expect(failed).toEqual([]);
  });
});
