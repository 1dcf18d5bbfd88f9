import { describe, expect, it } from 'vitest';
import sax from 'sax';
import { atomFeed } from '../../src/lib/feed/atom.ts';

const FEED = {
  title: '某某整改情况公开',
  url: 'https://example.gov.cn/',
  selfUrl: 'https://example.gov.cn/feed.xml',
  author: '中共某某县委',
  fallbackUpdated: '2000-01-01T00:00:00Z',
};
const entry = (title: string) => ({
  title,
  url: 'https://example.gov.cn/r/',
  date: '2023-05-04',
  issuer: '中共某某县委',
  summary: '中共某某县委 26个问题',
});

/** Parses XML strictly (sax, the parser @astrojs/sitemap uses); the first well-formedness error, or null. */
function xmlError(xml: string): string | null {
  const parser = sax.parser(true);
  let error: string | null = null;
  parser.onerror = (e) => {
    error ??= e.message.split('\n')[0] ?? String(e);
    parser.resume();
  };
  parser.write(xml).close();
  return error;
}

describe('the Atom feed is well-formed XML whatever the text', () => {
  it('escapes markup, quotes, ampersands and a CDATA end in every text', () => {
    const tricky = '关于“<script>alert(1)</script>”&amp; \'x\' "y" ]]> <![CDATA[ 问题';
    const xml = atomFeed({ ...FEED, title: tricky, author: tricky }, [{ ...entry(tricky), issuer: tricky, summary: tricky }]);
    expect(xmlError(xml)).toBeNull();
    expect(xml).not.toContain('<script>');
  });

  it.each([['\u0001'], ['\u0008'], ['\u001b'], ['\uffff'], ['\ud800']])(
    'refuses %j in a title, naming the character and the entry',
    (ch) => {
      expect(() => atomFeed(FEED, [entry(`标题${ch}通报`)])).toThrow(/feed\.xml.*https:\/\/example\.gov\.cn\/r\/ 的标题.*U\+/);
    },
  );

  it('refuses such a character in the site title too', () => {
    expect(() => atomFeed({ ...FEED, title: '网站\u0002' }, [])).toThrow(/网站名称.*U\+0002 START OF TEXT/);
  });
});
