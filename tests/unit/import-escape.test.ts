import { describe, expect, it } from 'vitest';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import remarkRehype from 'remark-rehype';
import { toText } from 'hast-util-to-text';
import type { Root } from 'hast';
import { escapeMdx } from '../../src/lib/import/mdx.ts';
import { bodyPolicyIssues } from '../../src/lib/content/body-policy.ts';

// The same parser stack Astro's MDX uses (GFM off, as in astro.config.mjs), down to the HTML tree.
const toHtmlTree = unified().use(remarkParse).use(remarkMdx).use(remarkRehype);
function rendered(mdx: string): string {
  const tree = toHtmlTree.runSync(toHtmlTree.parse(mdx)) as Root;
  return toText(tree, { whitespace: 'pre' });
}

// Paragraphs a report might print; each must come out of the importer as text
// the body policy accepts and that renders exactly these characters.
const printed = [
  '联系网址：www.example.gov.cn，邮箱：abc@163.com。',
  '详见 https://www.example.gov.cn/zwgk/a_b.html?c=1&d=2。',
  '举报邮箱 jubao_2022@163.com,电话 0523-88888888。',
  '比例<50%的企业、>3家、<>、{}、{{x}} 均需核实。',
  '*重点*、**加粗**、_下划线_、__双__、`代码`、~~删除~~、|表|格|。',
  '# 不是标题',
  '## 也不是',
  '[ ] 未勾选 [x] 已勾选 [链接](javascript:alert(1)) ![图](x.png)',
  '> 不是引用',
  '- 不是列表',
  '+ 不是列表',
  '* 不是列表',
  '1. 不是列表',
  '2022) 不是列表',
  '---',
  '***',
  '===',
  'a&amp;b、&copy;、&#169;、&lt;script&gt; 原样印出。',
  'import 进口商品增长12%。',
  'export 出口额增长。',
  '末尾是反斜杠\\',
  '<!-- 不是注释 -->',
  '<span hidden>不是元素</span>',
];

describe("the importer's escaping keeps every printed character as text", () => {
  for (const text of printed) {
    it(`imports ${JSON.stringify(text)} as text that renders exactly as printed`, () => {
      const mdx = escapeMdx(text);
      expect(bodyPolicyIssues(mdx, 1)).toEqual([]);
      expect(rendered(mdx)).toBe(text);
    });
  }
});
