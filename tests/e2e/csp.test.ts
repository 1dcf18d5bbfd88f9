/**
 * Every page carries a Content-Security-Policy (src/lib/security/csp.ts); the
 * site's own features must keep working under it with no violation reported:
 * the reading settings, the search (Pagefind's WebAssembly), the feedback
 * composer, and axe itself.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, runAxe, siteInBrowser, watchCsp } from './harness.ts';
import { t } from '../../src/i18n/zh-CN.ts';

// The shipped report's pages, and one moved page of the first edition (its redirect script is hashed too).
const REPORT = '2022-12-20-jiangyan/';
const SECTION = `${REPORT}sections/01/`;

describe.runIf(chromiumAvailable())('the Content-Security-Policy in a real browser', () => {
  const site = siteInBrowser(() => inject('siteDir'));

  /** Opens path with violations recorded; returns the page and a reader of its violations. */
  async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
    const { page, context } = await site.session.newPage();
    const violations = await watchCsp(page);
    await page.goto(site.server.root + path);
    await page.waitForLoadState('networkidle');
    return { page, violations, close: () => context.close() };
  }

  const policyOf = (page: Page) => page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');

  it('the home page reports no violation and carries the policy and referrer policy', async () => {
    const { page, violations, close } = await open('');
    expect(await violations()).toEqual([]);
    expect(await policyOf(page)).toContain("object-src 'none'");
    expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('same-origin');
    await close();
  });

  it('a section page reports no violation, with the reading settings changed and the page reloaded', async () => {
    const { page, violations, close } = await open(SECTION);
    await page.locator('details.reading-settings summary').click();
    await page.getByRole('radio', { name: /200%/ }).check();
    await page.getByRole('radio', { name: /黑底黄字/ }).check();
    expect(await page.evaluate(() => document.documentElement.dataset['readingSize'])).toBe('200');
    await page.reload();
    await page.waitForLoadState('networkidle');
    // The saved settings were applied by the hashed inline script before paint.
    expect(await page.evaluate(() => document.documentElement.dataset['readingContrast'])).toBe('yellow-on-black');
    expect(await violations()).toEqual([]);
    await close();
  });

  it('the inline page script is refused if its text changes (the hash is what allows it)', async () => {
    const { page, violations, close } = await open(SECTION);
    const policy = (await policyOf(page)) ?? '';
    expect(policy).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'wasm-unsafe-eval'");
    // A script injected into the HTML (what an entry's <script> would have been) does not run.
    const ran = await page.evaluate(async () => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      await new Promise((r) => setTimeout(r, 50));
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    expect(ran).toBe(false);
    // …and the refusal is reported, so the other tests' "no violation" would see one.
    expect((await violations()).join('\n')).toContain('script-src');
    await close();
  });

  it('the search runs a query (Pagefind WebAssembly) with no violation', async () => {
    const { page, violations, close } = await open('search/');
    expect(await policyOf(page)).toContain("'wasm-unsafe-eval'");
    await page.getByLabel(t('search.inputLabel')).fill('安全生产');
    await page.getByLabel(t('search.inputLabel')).press('Enter');
    await page.locator('.search-result').first().waitFor();
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('a moved page of the first edition forwards the reader with its hashed inline script, no violation', async () => {
    const { page, context } = await site.session.newPage();
    const violations = await watchCsp(page);
    await page.goto(`${site.server.root}sections/03/#m2`);
    await page.waitForURL((u) => u.pathname.endsWith(`/${REPORT}sections/03/`) && u.hash === '#m2');
    expect(await violations()).toEqual([]);
    await context.close();
  });

  it('the feedback composer builds its mailto: link with no violation', async () => {
    const { page, violations, close } = await open(`${REPORT}feedback/`);
    await page.getByLabel('意见建议（必填）').fill('河道两岸还有垃圾。');
    expect(await page.locator('#fb-send').getAttribute('href')).toMatch(/^mailto:.*body=/);
    expect(await violations()).toEqual([]);
    await close();
  });

  it('axe runs under the policy without weakening it', async () => {
    const { page, violations, close } = await open(SECTION);
    expect(await runAxe(page)).toEqual([]);
    expect(await violations()).toEqual([]);
    await close();
  });
});
