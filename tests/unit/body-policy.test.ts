import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BODY_ISSUE_LIMIT, bodyPolicyIssues } from '../../src/lib/content/body-policy.ts';

/** The body of a shipped-style entry: what follows the frontmatter's closing ---. */
function bodyOf(text: string): { body: string; bodyLine: number } {
  const lines = text.split('\n');
  const end = lines.indexOf('---', 1);
  return { body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Stray paragraphs in the flood case: a hundred times the number spelled out, so the count is what bounds the messages. */
const STRAY = 100 * BODY_ISSUE_LIMIT;

describe('an entry body is text only', () => {
  it('accepts every shipped entry body (paragraphs of text)', () => {
    const files = readdirSync('content/reports', { recursive: true, encoding: 'utf8' }).filter((f) =>
      /(^|\/)sections\/[^/]+\.mdx$/.test(f),
    );
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const { body, bodyLine } = bodyOf(readFileSync(join('content/reports', f), 'utf8'));
      expect(bodyPolicyIssues(body, bodyLine), f).toEqual([]);
    }
  });

  it('accepts escaped syntax characters and character references as text', () => {
    expect(
      bodyPolicyIssues('(1)开展\\<“回头看”\\>活动\\{共3家\\},\\*重点\\* \\[见附件\\] \\_ \\# a\\&amp;b。\n\n&#105;mport 商品', 5),
    ).toEqual([]);
  });

  // The hostile inputs of issue 15, each as the attacker wrote it.
  const hostile: [string, string, string][] = [
    ['an ESM import that reads the disk', "import fs from 'node:fs'", 'ESM import'],
    ['an ESM export that writes a file at build time', "export const pwn = fs.writeFileSync('pwned.txt','x')", 'ESM export'],
    [
      'a JSX attribute expression that publishes /etc/passwd',
      "(1)措施。<span data-h={fs.readFileSync('/etc/passwd','utf8')} />",
      'JSX 元素 <span>',
    ],
    ['an image with an onerror handler', '<img src="x" onerror="alert(1)" />', 'JSX 元素 <img>'],
    ['a script element with set:html', '<script set:html="alert(document.domain)" />', 'JSX 元素 <script>'],
    ['existing words wrapped in a javascript: link', '(1)[持续加大项目招引力度](javascript:alert(1)),突出加强。', '链接'],
    [
      'a hidden span around a source sentence (the fidelity bypass)',
      '(1)措施。<span hidden>持续加大项目招引力度。</span>',
      'JSX 元素 <span>',
    ],
    ['a {…} expression', '(1)共{1+1}家。', '{…} 表达式'],
  ];
  for (const [name, body, what] of hostile) {
    it(`refuses ${name}, naming the line and what was found`, () => {
      const issues = bodyPolicyIssues(`(1)第一段。\n\n${body}\n`, 12);
      expect(issues).toHaveLength(1);
      expect(issues[0]?.line).toBe(14);
      expect(issues[0]?.message).toContain(`发现${what}`);
      expect(issues[0]?.message).toContain('expected paragraphs of plain text, found');
    });
  }

  const markdown: [string, string][] = [
    ['emphasis', '(1)*重点*推进。'],
    ['strong', '(1)**重点**推进。'],
    ['inline code', '(1)`代码`推进。'],
    ['an image', '(1)![图](x.png)'],
    ['a reference link and its definition', '(1)[官网][a]\n\n[a]: https://example.com'],
    ['a heading', '## 小标题'],
    ['a heading of another depth than a sub-problem line', '#### 一是台账管理不规范'],
    ['a setext heading', '小标题\n==='],
    ['an empty sub-problem heading', '###'],
    ['markup inside a sub-problem heading', '### 一是台账*管理*不规范'],
    ['a list', '- 一项'],
    ['an ordered list', '1. 一项'],
    ['a blockquote', '> 引用'],
    ['a thematic break', '***'],
    ['a fenced code block', '```\ncode\n```'],
    ['a hard line break', '第一行  \n第二行'],
  ];
  for (const [name, body] of markdown) {
    it(`refuses Markdown markup: ${name}`, () => {
      const issues = bodyPolicyIssues(body, 1);
      expect(issues.length).toBeGreaterThan(0);
      expect(issues[0]?.line).toBe(1);
      expect(issues[0]?.message).toMatch(/^正文只能是原文文字段落，发现/);
    });
  }

  it('accepts a sub-problem line as a ### heading of text, and nothing else with it', () => {
    expect(bodyPolicyIssues('### 一是台账管理不规范\n\n建立台账。\n\n### 1.针对“甲”问题。', 5)).toEqual([]);
    expect(bodyPolicyIssues('### <b>x</b>', 5)[0]?.message).toContain('JSX');
  });

  it('lists a construct once, not each node inside it', () => {
    const issues = bodyPolicyIssues('<div><span>a</span><b>*x*</b></div>', 3);
    expect(issues.map((i) => i.line)).toEqual([3]);
    expect(issues[0]?.message).toContain('<div>');
  });

  it('reports an MDX syntax error (an unescaped <) once, at its line', () => {
    const issues = bodyPolicyIssues('(1)第一段。\n\n(2)比例<50%的企业。', 20);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.line).toBe(22);
    expect(issues[0]?.message).toContain('MDX 语法错误');
  });

  // Parsing thousands of paragraphs is heavy on a busy machine: an explicit, generous timeout.
  it('bounds the messages for 2,000 stray paragraphs: the first ones and a count of the rest', { timeout: 60_000 }, () => {
    const body = Array.from({ length: STRAY }, (_, i) => `(${i + 1})措施<b>${i}</b>。`).join('\n\n');
    const issues = bodyPolicyIssues(body, 8);
    expect(issues).toHaveLength(BODY_ISSUE_LIMIT + 1);
    expect(issues[0]?.line).toBe(8);
    expect(issues[BODY_ISSUE_LIMIT - 1]?.line).toBe(8 + 2 * (BODY_ISSUE_LIMIT - 1));
    expect(issues[BODY_ISSUE_LIMIT]?.message).toContain(`and ${STRAY - BODY_ISSUE_LIMIT} more not listed`);
  });
});
