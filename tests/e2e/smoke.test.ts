import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, siteInBrowser } from './harness.ts';

describe.runIf(chromiumAvailable())('the built site in a real browser', () => {
  const site = siteInBrowser(
    () => inject('baseSiteDir'),
    () => inject('basePath'),
  );

  it("opens a measure permalink printed by the first edition, arriving at the same measure of the report's new address", async () => {
    const { page, external } = await site.session.newPage();
    await page.goto(`${site.server.root}sections/06/#m2`);
    await page.waitForURL(/\/xszg\/2022-12-20-jiangyan\/sections\/06\/#m2$/);
    await expect.poll(() => page.evaluate(() => document.querySelector(':target')?.id)).toBe('m2');
    expect(await page.locator('h1').innerText()).toContain('安全生产监管不到位');
    await page.getByRole('link', { name: /7\.\s*履行主体责任有缺失/ }).click();
    await page.waitForURL(/2022-12-20-jiangyan\/sections\/07\/$/);
    expect(external).toEqual([]);
  });
});
