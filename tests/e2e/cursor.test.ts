/**
 * 大号鼠标 (适老化): the reading settings' large-pointer choice gives the
 * page the site's own large cursor images, loaded from the site itself.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, siteInBrowser } from './harness.ts';
import { t } from '../../src/i18n/zh-CN.ts';
import { SHIPPED_SLUG } from '../helpers/shipped.ts';

describe.runIf(chromiumAvailable())('the large mouse pointer of the reading settings', () => {
  const site = siteInBrowser(
    () => inject('baseSiteDir'),
    () => inject('basePath'),
  );

  it('is offered under 鼠标, and once chosen every element shows a large cursor image of this site, which loads', async () => {
    const { page, external } = await site.session.newPage();
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/`);
    const cursorOf = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => getComputedStyle(e).cursor);
    expect(await cursorOf('main p')).not.toContain('cursors/');
    await page.locator('.reading-settings summary').click();
    const fieldset = page.getByRole('group', { name: t('settings.cursor') });
    expect(t('settings.cursor')).toMatch(/鼠标|光标/);
    await fieldset.getByLabel(t('settings.cursor.large')).check();
    expect(await page.evaluate(() => document.documentElement.dataset['readingCursor'])).toBe('large');
    expect(await cursorOf('main p')).toContain(`${inject('basePath')}cursors/arrow.svg`);
    expect(await cursorOf('main a[href]')).toContain(`${inject('basePath')}cursors/hand.svg`);
    for (const name of ['arrow', 'hand', 'text']) {
      const got = await page.evaluate(
        async (u) => {
          const r = await fetch(u);
          return { status: r.status, type: r.headers.get('content-type') ?? '', svg: (await r.text()).includes('<svg') };
        },
        `${inject('basePath')}cursors/${name}.svg`,
      );
      expect(got, name).toMatchObject({ status: 200, svg: true });
    }
    // Remembered on the next page.
    await page.goto(`${site.server.root}search/`);
    expect(await page.evaluate(() => document.documentElement.dataset['readingCursor'])).toBe('large');
    expect(await page.locator('#search-q').evaluate((e) => getComputedStyle(e).cursor)).toContain('cursors/text.svg');
    expect(external).toEqual([]);
  });
});
