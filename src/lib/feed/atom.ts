/**
 * The Atom feed of the archive (RFC 4287): one entry per report, newest
 * first, so readers can subscribe to new publications.
 */

export interface FeedEntry {
  title: string;
  /** Absolute URL of the report's page; also the entry's id. */
  url: string;
  /** YYYY-MM-DD, when the report is dated. */
  date?: string | undefined;
  /** YYYY-MM-DD of its latest correction, when corrected: the entry's `updated` (its date then stays `published`). */
  corrected?: string | undefined;
  issuer: string;
  summary: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

/** The feed's XML. An entry is updated on its latest correction, else its date; the feed on its newest entry's (or the given fallback for an archive without dates). */
export function atomFeed(
  feed: { title: string; url: string; selfUrl: string; author: string; fallbackUpdated: string },
  entries: readonly FeedEntry[],
): string {
  const stamp = (d: string) => `${d}T00:00:00Z`;
  const newest = entries
    .map((e) => e.corrected ?? e.date)
    .filter((d): d is string => Boolean(d))
    .sort()
    .at(-1);
  const updated = newest ? stamp(newest) : feed.fallbackUpdated;
  const items = entries.map(
    (e) => `  <entry>
    <title>${escape(e.title)}</title>
    <link href="${escape(e.url)}"/>
    <id>${escape(e.url)}</id>
    <updated>${e.corrected ? stamp(e.corrected) : e.date ? stamp(e.date) : updated}</updated>
${e.corrected && e.date ? `    <published>${stamp(e.date)}</published>\n` : ''}    <author><name>${escape(e.issuer)}</name></author>
    <summary>${escape(e.summary)}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(feed.title)}</title>
  <link href="${escape(feed.url)}"/>
  <link rel="self" href="${escape(feed.selfUrl)}"/>
  <id>${escape(feed.url)}</id>
  <updated>${updated}</updated>
  <author><name>${escape(feed.author)}</name></author>
${items.join('\n')}
</feed>
`;
}
