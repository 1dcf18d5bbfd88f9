/**
 * An entry's body is the report's text, never code. MDX is the container the
 * project chose, but MDX compiles `import`/`export`, `{…}` and `<Tag …/>` into
 * JavaScript that runs at build time and HTML that runs in the reader's
 * browser. So every body is parsed with the same parser stack Astro's MDX uses
 * (remark-parse + remark-mdx; GFM is switched off in astro.config.mjs, so
 * printed web addresses and emails stay text) and everything but paragraphs
 * of text and `### ` sub-problem headings of text (a line of the report that
 * states a sub-problem, e.g. ### 一是台账管理不规范) is refused — before Astro
 * compiles anything, so no entry's code ever runs. The measures plugin (src/lib/markdown/rehype-measures.ts) adds its
 * markup to those paragraphs at build time; the source holds none of it.
 *
 * Pure and linear: one parse, one walk, and at most `limit` messages plus a count.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root, RootContent, PhrasingContent } from 'mdast';

/** One refused construct: the file line it starts on and what is wrong, in Chinese and English. */
export interface BodyIssue {
  line: number;
  message: string;
}

/** How many refusals are spelled out before the rest are only counted. */
export const BODY_ISSUE_LIMIT = 20;

const parser = unified().use(remarkParse).use(remarkMdx);

/** The depth of the one heading a body may hold, a sub-problem line: ### (rendered h3 under the page's h2). */
export const SUB_PROBLEM_DEPTH = 3;

/** A text in Chinese and English. */
type Bi = readonly [zh: string, en: string];

const ESCAPE_HINT: Bi = [
  '若原文确实印有该字符，请在其前加反斜杠 \\ 转义（npm run import 会自动转义）',
  'if the report prints that character, put a backslash \\ before it (npm run import does this)',
];
const CODE_RUNS: Bi = [
  '条目里的代码会在构建时执行或输出到页面，正文只能是原文文字',
  "code in an entry runs at build time or is published into the page; a body is the report's text only",
];
const HTML_RUNS: Bi = [
  '它会作为 HTML 发布，其属性可在读者浏览器中执行脚本或隐藏文字',
  "it is published as HTML, whose attributes can run script in the reader's browser or hide text",
];
const NOT_IN_REPORT: Bi = ['通报原文只有文字段落，没有这种排版', 'a published report is paragraphs of text and has no such markup'];

interface Refusal {
  what: Bi;
  why: Bi;
  hint?: Bi;
}

type Node =
  | RootContent
  | PhrasingContent
  | { type: string; name?: string | null; value?: string; depth?: number; ordered?: boolean | null };

const both = (a: Bi, b: Bi): Bi => [`${a[0]}；${b[0]}`, `${a[1]}; ${b[1]}`];

/** Says what a refused node is and why it is refused; null when the node is allowed. */
function refusal(node: Node): Refusal | null {
  switch (node.type) {
    case 'paragraph':
    case 'text':
      return null;
    case 'mdxjsEsm': {
      const kind = /^\s*export\b/.test((node as { value?: string }).value ?? '') ? 'export' : 'import';
      return {
        what: [`ESM ${kind} 语句`, `an ESM ${kind}`],
        why: CODE_RUNS,
        hint: [
          '段首的 import / export 会被当作代码；若原文如此，请把首字母写作字符引用 &#105;mport / &#101;xport（显示不变，npm run import 会自动处理）',
          'a paragraph starting with import or export is code; if the report prints it, write the first letter as a character reference, &#105;mport / &#101;xport (shown unchanged; npm run import does this)',
        ],
      };
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement': {
      const tag = `<${(node as { name?: string | null }).name ?? ''}>`;
      return { what: [`JSX 元素 ${tag}`, `the JSX element ${tag}`], why: both(CODE_RUNS, HTML_RUNS), hint: ESCAPE_HINT };
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return { what: ['{…} 表达式', 'a {…} expression'], why: CODE_RUNS, hint: ESCAPE_HINT };
    case 'html':
      return { what: ['HTML 标记', 'raw HTML'], why: HTML_RUNS, hint: ESCAPE_HINT };
    case 'link':
    case 'linkReference':
      return {
        what: ['链接 […](…)', 'a link […](…)'],
        why: both(['链接可指向 javascript: 等地址', 'a link can point at javascript: and the like'], NOT_IN_REPORT),
        hint: ESCAPE_HINT,
      };
    case 'image':
    case 'imageReference':
      return {
        what: ['图片 ![…](…)', 'an image ![…](…)'],
        why: both(['图片会从任意地址加载', 'an image loads from any address'], NOT_IN_REPORT),
        hint: ESCAPE_HINT,
      };
    case 'definition':
      return { what: ['链接定义 […]: …', 'a link definition […]: …'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'emphasis':
      return { what: ['强调 *…* 或 _…_', 'emphasis *…* or _…_'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'strong':
      return { what: ['加粗 **…**', 'strong **…**'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'delete':
      return { what: ['删除线 ~~…~~', 'strikethrough ~~…~~'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'inlineCode':
      return { what: ['行内代码 `…`', 'inline code `…`'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'code':
      return { what: ['代码块', 'a code block'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'heading': {
      // The one heading a body holds: a sub-problem line, ### and its text (what is inside is checked like a paragraph's text).
      const depth = (node as { depth?: number }).depth ?? 1;
      const empty = toString(node as Root).trim() === '';
      if (depth === SUB_PROBLEM_DEPTH && !empty) return null;
      if (depth === SUB_PROBLEM_DEPTH)
        return {
          what: ['空的子问题标题 ###', 'an empty sub-problem heading ###'],
          why: ['子问题标题应是原文的一行文字', "a sub-problem heading is a line of the report's text"],
        };
      const marks = '#'.repeat(depth);
      return {
        what: [`标题 ${marks}`, `a heading ${marks}`],
        why: both(NOT_IN_REPORT, [
          '问题标题写在 heading 字段；正文中只有子问题一行可写作 ### 标题',
          "the problem's heading goes in the heading field; in the body only a sub-problem line may be a ### heading",
        ]),
        hint: [
          '行首的 #，或一行文字下面的 === / --- 会构成标题；若原文如此，请加反斜杠 \\ 转义',
          'a # at the start of a line, or a line of === or --- under a line, makes a heading; put a backslash \\ before it',
        ],
      };
    }
    case 'list':
      return {
        what: (node as { ordered?: boolean | null }).ordered ? ['有序列表 1. …', 'an ordered list 1. …'] : ['列表 - …', 'a list - …'],
        why: NOT_IN_REPORT,
        hint: [
          '行首的 1. 1) - + * 会构成列表；若原文如此，请写作 1\\. 或 \\-',
          '1. 1) - + * at the start of a line make a list; if the report prints them, write 1\\. or \\-',
        ],
      };
    case 'listItem':
      return { what: ['列表项', 'a list item'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'blockquote':
      return { what: ['引用块 > …', 'a blockquote > …'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'thematicBreak':
      return { what: ['分隔线 --- 或 ***', 'a thematic break --- or ***'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'break':
      return {
        what: ['强制换行（行末两个空格或 \\）', 'a hard line break (two spaces or \\ at the end of a line)'],
        why: both(NOT_IN_REPORT, [
          '原文每段单独成段，段间空一行',
          'each printed paragraph is its own paragraph, with a blank line between',
        ]),
      };
    case 'table':
    case 'tableRow':
    case 'tableCell':
      return { what: ['表格', 'a table'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'footnoteReference':
    case 'footnoteDefinition':
      return { what: ['脚注', 'a footnote'], why: NOT_IN_REPORT, hint: ESCAPE_HINT };
    case 'yaml':
    case 'toml':
      return {
        what: ['第二个字段块', 'a second frontmatter block'],
        why: ['字段只能写在文件开头的 --- 块中', 'fields go only in the block at the top of the file'],
      };
    default:
      return { what: [`Markdown/MDX 结构“${node.type}”`, `the Markdown/MDX construct "${node.type}"`], why: NOT_IN_REPORT };
  }
}

function format(r: Refusal): string {
  const zh = `正文只能是原文文字段落，发现${r.what[0]}：${r.why[0]}${r.hint ? `。${r.hint[0]}` : ''}`;
  const en = `expected paragraphs of plain text, found ${r.what[1]}: ${r.why[1]}${r.hint ? `. ${r.hint[1].charAt(0).toUpperCase()}${r.hint[1].slice(1)}` : ''}`;
  return `${zh} / ${en}`;
}

/**
 * Every construct of an MDX entry body that is not plain text, with the file
 * line it starts on (`bodyLine` is the file line of the body's first line).
 * Returns at most `limit` issues, then one that counts the rest. An MDX syntax
 * error (an unescaped `<` or `{`) is one issue at its line. Empty: the body is
 * text only.
 */
export function bodyPolicyIssues(body: string, bodyLine: number, limit = BODY_ISSUE_LIMIT): BodyIssue[] {
  const parsed = parseBody(body, bodyLine);
  return 'issues' in parsed ? parsed.issues : treePolicyIssues(parsed.tree, bodyLine, limit);
}

/** Parses a body as MDX (the parser Astro's MDX uses); an MDX syntax error is one issue at its file line. */
export function parseBody(body: string, bodyLine: number): { tree: Root } | { issues: BodyIssue[] } {
  try {
    return { tree: parser.parse(body) as Root };
  } catch (e) {
    const err = e as { line?: number; place?: { line?: number; start?: { line?: number } }; reason?: string; message: string };
    const line = err.line ?? err.place?.line ?? err.place?.start?.line;
    const reason = (err.reason ?? err.message).split('\n')[0];
    return {
      issues: [
        {
          line: (line ?? 1) + bodyLine - 1,
          message: `MDX 语法错误：${reason}。正文只能是原文文字，原文中的 < { } 须写作 \\< \\{ \\} / MDX syntax error: ${reason}. A body is the report's text; the characters < { } must be written \\< \\{ \\}`,
        },
      ],
    };
  }
}

/** As bodyPolicyIssues, on a body already parsed (remark-parse + remark-mdx): the renderer's guard. */
export function treePolicyIssues(tree: Root, bodyLine: number, limit = BODY_ISSUE_LIMIT): BodyIssue[] {
  const toFile = (line: number | undefined) => (line ?? 1) + bodyLine - 1;
  const issues: BodyIssue[] = [];
  let more = 0;
  // Depth-first, in document order, without recursion (a hostile body can nest deeply).
  const stack: Node[] = [...tree.children].reverse();
  while (stack.length > 0) {
    const node = stack.pop() as Node;
    const r = refusal(node);
    if (r) {
      // One message per construct: its inner nodes are not listed again.
      if (issues.length < limit)
        issues.push({ line: toFile((node as { position?: { start: { line: number } } }).position?.start.line), message: format(r) });
      else more++;
      continue;
    }
    const children = (node as { children?: Node[] }).children;
    if (children) for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
  }
  if (more > 0)
    issues.push({ line: issues[issues.length - 1]?.line ?? bodyLine, message: `另有 ${more} 处未列出 / and ${more} more not listed` });
  return issues;
}
