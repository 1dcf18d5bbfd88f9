import { describe, expect, inject, it } from 'vitest';
import { siteConfig } from '../../site.config.ts';
import { checkRef, checkLinks } from '../../src/lib/links/check.ts';
import { readBuiltSite } from '../helpers/built-site.ts';
import { sitemapUrls } from '../helpers/sitemap.ts';

const builds = [
  { name: 'at the root', dir: inject('siteDir'), base: '/' },
  { name: `under ${inject('basePath')}`, dir: inject('baseSiteDir'), base: inject('basePath') },
];

describe.each(builds)('internal links $name', ({ dir, base }) => {
  const site = readBuiltSite(dir, siteConfig.url, base);

  it('every href and src on every page resolves, #fragments included', () => {
    const broken = checkLinks(site).map((b) => `${b.page}: ${b.ref} (${b.reason})`);
    expect(broken).toEqual([]);
  });

  it('checks measure permalinks: the section pages link to their own measures', () => {
    const refs = site.pages.get('2022-12-20-jiangyan/sections/06/index.html')?.refs ?? [];
    expect(refs).toContain('#m2');
  });

  it('every page in the sitemap exists', () => {
    const urls = sitemapUrls(dir);
    expect(urls.length).toBeGreaterThan(26);
    const home = new URL(base, siteConfig.url);
    const broken = urls.map((u) => [u.href, checkRef(site, home, u.href)]).filter(([, reason]) => reason);
    expect(broken).toEqual([]);
  });
});
