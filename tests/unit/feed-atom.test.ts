import { describe, expect, it } from 'vitest';
import { atomFeed } from '../../src/lib/feed/atom.ts';
import { correctionsView, lastCorrected } from '../../src/lib/report/corrections.ts';

const feed = { title: 't', url: 'https://x/', selfUrl: 'https://x/feed.xml', author: 'a', fallbackUpdated: '2000-01-01T00:00:00Z' };
const correction = (date: string, sha: string) => ({
  date,
  replacedSha256: sha.repeat(64),
  replacedFile: `source-${sha.repeat(12)}.txt`,
  removedFigures: [],
});

describe('the feed and a report’s corrections', () => {
  it('updates a corrected entry on its latest correction, published on its date, and the feed with it', () => {
    const xml = atomFeed(feed, [
      { title: 'a', url: 'https://x/a/', date: '2023-01-05', corrected: '2024-05-01', issuer: 'i', summary: 's' },
      { title: 'b', url: 'https://x/b/', date: '2023-06-01', issuer: 'i', summary: 's' },
    ]);
    expect(xml).toContain(
      '<id>https://x/a/</id>\n    <updated>2024-05-01T00:00:00Z</updated>\n    <published>2023-01-05T00:00:00Z</published>',
    );
    expect(xml).toContain('<id>https://x/b/</id>\n    <updated>2023-06-01T00:00:00Z</updated>\n    <author>');
    expect(xml).toMatch(/<\/id>\n {2}<updated>2024-05-01T00:00:00Z<\/updated>/);
  });

  it('lists corrections newest first, each with its replaced text’s address, and knows the latest', () => {
    const list = [correction('2024-01-02', 'a'), correction('2024-03-04', 'b')];
    expect(lastCorrected(list)).toBe('2024-03-04');
    expect(lastCorrected([])).toBeUndefined();
    expect(correctionsView('r', list).map((c) => [c.dateText, c.path, c.downloadName])).toEqual([
      ['2024年3月4日', 'r/source-bbbbbbbbbbbb.txt', 'r-bbbbbbbbbbbb.txt'],
      ['2024年1月2日', 'r/source-aaaaaaaaaaaa.txt', 'r-aaaaaaaaaaaa.txt'],
    ]);
  });
});
