/** /feed.xml: the archive's Atom feed, newest report first. */
import type { APIRoute } from 'astro';
import { loadArchive } from '../data/archive.ts';
import { href } from '../data/url.ts';
import { atomFeed } from '../lib/feed/atom.ts';
import { chineseDate } from '../lib/report/dates.ts';
import { lastCorrected } from '../lib/report/corrections.ts';
import { reportPath } from '../lib/url/paths.ts';
import { t } from '../i18n/zh-CN.ts';
import { problemsText } from '../lib/report/words.ts';
import { siteConfig } from '../../site.config.ts';

export const GET: APIRoute = async ({ site }) => {
  const abs = (path: string) => new URL(href(path), site ?? siteConfig.url).toString();
  const { reports } = await loadArchive();
  const entries = reports
    .filter((r) => !r.data.withdrawn)
    .map((r) => ({
      title: r.data.title,
      url: abs(reportPath(r.slug)),
      date: r.data.date,
      corrected: lastCorrected(r.data.corrections),
      issuer: r.data.issuer,
      summary: `${r.data.issuer}${r.data.date ? ` ${chineseDate(r.data.date)}` : ''} ${problemsText(r.data)}`,
    }));
  const xml = atomFeed(
    {
      title: t('feed.title', { site: siteConfig.name }),
      url: abs(''),
      selfUrl: abs('feed.xml'),
      author: siteConfig.publisher,
      fallbackUpdated: '2000-01-01T00:00:00Z',
    },
    entries,
  );
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
