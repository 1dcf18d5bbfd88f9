/**
 * A report's home on a phone, as a reader meets it: the report's own order
 * (preamble, organisation, problems) and still the list of problems within
 * the first two screens, because the organisation part's points fold to
 * their lead sentences; every folded word opens with one key and prints.
 */
import { describe, expect, inject, it } from 'vitest';
import { chromiumAvailable, siteInBrowser } from './harness.ts';
import { SHIPPED_SLUG } from '../helpers/shipped.ts';

const PHONE = { width: 390, height: 844 };

describe.runIf(chromiumAvailable())("the report's home page on a phone", () => {
  const site = siteInBrowser(() => inject('siteDir'));

  it('shows the first problem of the list within the first two screens', async () => {
    const { page } = await site.session.newPage({ viewport: PHONE });
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/`);
    const bottom = await page
      .locator('.problem-list a')
      .first()
      .evaluate((a) => a.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThanOrEqual(2 * PHONE.height);
  });

  it('keeps the report order: preamble, then the organisation part, then the problems', async () => {
    const { page } = await site.session.newPage({ viewport: PHONE });
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/`);
    const top = (sel: string) =>
      page
        .locator(sel)
        .first()
        .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const preamble = await page
      .getByText('根据省委统一部署')
      .first()
      .evaluate((e) => e.getBoundingClientRect().top + window.scrollY);
    const organisation = await top('h2:has-text("一、整改工作组织情况")');
    const problems = await top('#problems');
    expect(preamble).toBeLessThan(organisation);
    expect(organisation).toBeLessThan(problems);
  });

  it('opens a folded point with the keyboard and shows the rest of its text', async () => {
    const { page } = await site.session.newPage({ viewport: PHONE });
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/`);
    const point = page.locator('details.point--folded').first();
    const rest = point.locator('p');
    expect(await rest.isVisible()).toBe(false);
    await point.locator('summary').focus();
    await page.keyboard.press('Enter');
    expect(await rest.isVisible()).toBe(true);
    expect(await rest.innerText()).toContain('坚持以习近平新时代中国特色社会主义思想为指引');
  });

  it('prints every folded point in full', async () => {
    const { page } = await site.session.newPage({ viewport: PHONE });
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/`);
    await page.emulateMedia({ media: 'print' });
    const heights = await page.locator('details.point--folded > p').evaluateAll((ps) => ps.map((p) => p.getBoundingClientRect().height));
    expect(heights.length).toBe(4);
    for (const h of heights) expect(h).toBeGreaterThan(0);
  });
});
