import { describe, expect, it } from 'vitest';
import { halfWidthHits, quotedAt, siteHalfWidth } from '../../src/lib/punctuation/halfwidth.ts';
import { pageStrings } from '../../src/lib/punctuation/page.ts';
import { fill, zhCN } from '../../src/i18n/zh-CN.ts';

// An invented report text, with the half-width punctuation a published text may carry.
const SOURCE = '1.关于“河道保洁不到位”问题的整改。(1)建立河长巡河制度,全区48条河道已落实河长;(2)开展集中整治,清理垃圾1200吨。';

describe('halfWidthHits', () => {
  it('finds half-width , : ; ( ) ? ! next to a Chinese character', () => {
    const text = '主题(本站分组):生态环境;是否完成?已完成!共3项,均已办结';
    expect(halfWidthHits(text).map((i) => text[i])).toEqual(['(', ')', ':', ';', '?', '!', ',']);
  });

  it('counts a mark with blanks between it and the Chinese character', () => {
    expect(halfWidthHits('邮编 : 225500')).toHaveLength(1);
  });

  it('leaves alone marks between Latin letters or digits, addresses, e-mail and times', () => {
    expect(halfWidthHits('电话 0523-88101627 https://example.cn/a,b?c=1 mailto:x@example.cn?subject=意见 8:30 a, b (CSV)')).toEqual([]);
  });

  it('accepts the full-width marks', () => {
    expect(halfWidthHits('主题（本站分组）：生态环境；是否完成？已完成！共3项，均已办结')).toEqual([]);
  });
});

describe('siteHalfWidth', () => {
  it('reports a half-width mark in the site’s own words', () => {
    const found = siteHalfWidth(['共{count}项问题,按主题分组'], [SOURCE]);
    expect(found).toHaveLength(1);
    expect(found[0]?.mark).toBe(',');
  });

  it('leaves the report’s own text as published, also when the site quotes it inside its own words', () => {
    expect(siteHalfWidth(['(1)建立河长巡河制度,全区48条河道已落实河长;', '原文：“开展集中整治,清理垃圾1200吨”'], [SOURCE])).toEqual([]);
  });

  it('does not excuse a short stretch that happens to occur in the source', () => {
    // "制度," is in the source, but a short chance match is not a quotation.
    expect(siteHalfWidth(['本站说明管理制度,请阅读'], [SOURCE])).toHaveLength(1);
  });

  it('counts a mark as quoted only inside a stretch of the given length that the source prints', () => {
    const line = '见“建立河长巡河制度,全区”';
    const i = line.indexOf(',');
    expect(quotedAt(line, i, [SOURCE], '建立河长巡河制度,全区'.length)).toBe(true);
    expect(quotedAt(line, i, [SOURCE], '“建立河长巡河制度,全区'.length + 1)).toBe(false);
    expect(quotedAt('本站,', 2, [SOURCE], 1)).toBe(true); // the mark alone is in the source
    expect(quotedAt('本站,', 2, [SOURCE], 2)).toBe(false);
  });
});

describe('pageStrings', () => {
  it('reads text lines, hidden and noscript text, and Chinese attribute values, but not scripts or styles', () => {
    const html =
      '<html><head><title>页面(一)</title><style>a{b:c}</style><script>var a="脚本,不查"</script></head><body><p>第一行</p><button hidden aria-label="复制,地址">复制</button><noscript><p>需要脚本,请启用</p></noscript><svg><path d="M0,1 l2,3"/></svg><article data-pagefind-meta="report:某区委通报"></article></body></html>';
    const strings = pageStrings(html);
    expect(strings).toEqual(expect.arrayContaining(['页面(一)', '第一行', '复制', '需要脚本,请启用', '复制,地址']));
    expect(strings.join('\n')).not.toContain('脚本,不查');
    expect(strings.join('\n')).not.toContain('M0,1');
    expect(strings.join('\n')).not.toContain('report:');
  });
});

describe('the UI dictionary', () => {
  it('writes every string with full-width Chinese punctuation (placeholders filled with Chinese text)', () => {
    const bad = Object.entries(zhCN).flatMap(([key, value]) => {
      const filled = fill(value.replace(/\{(\w+)\}/g, '字'), {});
      return halfWidthHits(filled).length ? [`${key}: ${value}`] : [];
    });
    expect(bad).toEqual([]);
  });

  it('spells characters as characters, not \\u escapes', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/i18n/zh-CN.ts', 'utf8')).not.toMatch(/\\u[0-9A-Fa-f]{4}/);
  });
});
