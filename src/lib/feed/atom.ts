/**
 * The Atom feed of the archive (RFC 4287): one entry per report, newest
 * first, so readers can subscribe to new publications. Well-formed XML
 * whatever the text: markup characters are escaped, and a character XML
 * cannot carry at all (a control character, U+FFFE…) stops the build,
 * named, instead of publishing a feed no reader can parse. (The content
 * check and the settings check refuse such characters first.)
 */
import { charName } from '../text/characters.ts';

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

/** XML 1.0's Char production: tab, line ends and everything from U+0020 except surrogates, U+FFFE and U+FFFF. */
const isXmlChar = (cp: number) =>
  cp === 0x9 ||
  cp === 0xa ||
  cp === 0xd ||
  (cp >= 0x20 && cp <= 0xd7ff) ||
  (cp >= 0xe000 && cp <= 0xfffd) ||
  (cp >= 0x10000 && cp <= 0x10ffff);

/** A character the feed cannot carry, and where. */
export class FeedCharacterError extends Error {}

/** Text as XML character data or attribute value; throws naming a character XML cannot hold. */
function escape(s: string, where: readonly [string, string] = ['', '']): string {
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isXmlChar(cp)) {
      const name = cp >= 0xd800 && cp <= 0xdfff ? `U+${cp.toString(16).toUpperCase()} (lone surrogate)` : charName(ch);
      throw new FeedCharacterError(
        `订阅源 feed.xml：${where[0]}应只含 XML 能包含的字符，实有 ${name}，请从原处删除 / feed.xml: expected ${where[1] || 'text'} of characters XML can carry, found ${name}; delete it where it was written`,
      );
    }
  }
  return s.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

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
    <title>${escape(e.title, [`${e.url} 的标题`, `the title of ${e.url}`])}</title>
    <link href="${escape(e.url)}"/>
    <id>${escape(e.url)}</id>
    <updated>${escape(e.corrected ? stamp(e.corrected) : e.date ? stamp(e.date) : updated)}</updated>
${e.corrected && e.date ? `    <published>${escape(stamp(e.date))}</published>\n` : ''}    <author><name>${escape(e.issuer, [`${e.url} 的发布单位`, `the issuer of ${e.url}`])}</name></author>
    <summary>${escape(e.summary, [`${e.url} 的摘要`, `the summary of ${e.url}`])}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="zh-CN">
  <title>${escape(feed.title, ['网站名称', 'the site title'])}</title>
  <link href="${escape(feed.url)}"/>
  <link rel="self" href="${escape(feed.selfUrl)}"/>
  <id>${escape(feed.url)}</id>
  <updated>${escape(updated)}</updated>
  <author><name>${escape(feed.author, ['发布单位', 'the publisher'])}</name></author>
${items.join('\n')}
</feed>
`;
}
