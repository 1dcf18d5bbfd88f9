/** The pages of a built site, as its generated sitemap lists them. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
}

/**
 * Every page URL in dir's sitemap-index.xml (and the sitemaps it names), as
 * absolute URLs on the configured site origin. Throws if there is no sitemap.
 */
export function sitemapUrls(dir: string): URL[] {
  const index = join(dir, 'sitemap-index.xml');
  if (!existsSync(index)) throw new Error(`no sitemap-index.xml in ${dir}: is @astrojs/sitemap in astro.config.mjs?`);
  return locs(readFileSync(index, 'utf8')).flatMap((loc) => {
    const file = join(dir, new URL(loc).pathname.split('/').pop() ?? '');
    return locs(readFileSync(file, 'utf8')).map((u) => new URL(u));
  });
}

/**
 * The pages to visit on a served copy: each sitemap URL moved to the local
 * origin (same path, so base paths stay), plus a missing path for the 404 page.
 */
export function pagesToVisit(dir: string, origin: string, base: string): { name: string; url: string }[] {
  const pages = sitemapUrls(dir).map((u) => ({ name: u.pathname, url: origin + u.pathname }));
  return [...pages, { name: '404', url: `${origin}${base}this-page-does-not-exist/` }];
}
