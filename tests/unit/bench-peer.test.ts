import { describe, expect, it } from 'vitest';
import { markdownText, peerMarkdown, peerPages, peerProjectFiles, PEER_VERSIONS } from '../../tools/bench/peer.ts';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';

const asText = (md: string) => toString(unified().use(remarkParse).parse(md));

describe('markdownText', () => {
  it('keeps text that Markdown would read as markup as the same text', () => {
    for (const s of ['1. 不是列表', '# 不是标题', '- 不是列表', '*不是强调*', '<b>不是标签</b>', '[不是](链接)', '一是（1）完成3项'])
      expect(asText(markdownText(s))).toBe(s);
  });
});

describe('peerPages', () => {
  const pages = peerPages('content/reports/2022-12-20-jiangyan');

  it('makes one page per problem plus the parts before and after them', () => {
    expect(pages.length).toBe(28);
    expect(pages.filter((p) => p.path.startsWith('sections/')).length).toBe(26);
  });

  it('writes Starlight frontmatter with the title', () => {
    expect(peerMarkdown({ path: 'x.md', title: '标题', paragraphs: ['段落'] })).toBe('---\ntitle: "标题"\n---\n\n段落\n');
  });
});

describe('peerProjectFiles', () => {
  it('pins Starlight 0.42 on the same Astro major as ours', () => {
    const pkg = JSON.parse(peerProjectFiles('t')['package.json'] ?? '{}') as { dependencies: Record<string, string> };
    expect(pkg.dependencies).toEqual(PEER_VERSIONS);
    expect(PEER_VERSIONS['@astrojs/starlight']).toMatch(/^0\.42\./);
    expect(PEER_VERSIONS.astro).toMatch(/^7\./);
  });
});
