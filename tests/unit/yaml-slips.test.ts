import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content/yaml.ts';
import { findSlip } from '../../src/lib/content/yaml-slips.ts';
import type { Issue } from '../../src/lib/issues.ts';

// An invented report.yaml of the usual shape (not a real report's text).
const GOOD = [
  '# 一份通报的整体信息。', // 1
  'title: 中共某某县委关于巡察整改情况的通报', // 2
  'kind: 巡察', // 3
  'issuer: 中共某某县委', // 4
  'date: 2024-05-06', // 5
  'inspection:', // 6
  '  team: 县委第二巡察组', // 7
  '  start: 2024-01-08', // 8
  'themes:', // 9
  '  - name: 党的建设', // 10
  '    note: 组织、队伍', // 11
  '  - name: 作风建设', // 12
  'body:', // 13
  '  - type: preamble', // 14
  '    paragraphs:', // 15
  "      - '根据县委统一部署，现将整改情况予以公布。'", // 16
  '  - type: signature', // 17
  '    issuer: 中共某某县委', // 18
].join('\n');

const FILE = 'content/reports/2024-05-06-moumou/report.yaml';
const anything = { safeParse: (v: unknown) => ({ success: true as const, data: v }) };

/** The syntax issues of GOOD with line `n` (1-based) replaced by `line`. */
function issuesWith(n: number, line: string, offset = 1): Issue[] {
  const rows = GOOD.split('\n');
  rows[n - 1] = line;
  const issues: Issue[] = [];
  parseYaml(FILE, rows.join('\n'), anything, issues, offset);
  return issues;
}

describe('YAML slips an editor typing Chinese makes: one message each, naming the line and what to change', () => {
  it('parses the invented report without issues (so every issue below comes from the slip)', () => {
    const issues: Issue[] = [];
    expect(parseYaml(FILE, GOOD, anything, issues).data).not.toBeNull();
    expect(issues).toEqual([]);
  });

  it('names a full-width colon after a field with its line and the word 冒号, and says to use ":" and a space', () => {
    const issues = issuesWith(4, 'issuer：中共某某县委');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: FILE, line: 4, field: 'YAML' });
    expect(issues[0]?.message).toContain('第4行的全角冒号“：”应改为半角冒号“:”并在其后加一个空格');
    expect(issues[0]?.message).toContain('该行现为：issuer：中共某某县委');
    expect(issues[0]?.message).toContain('full-width colon');
  });

  it('names a full-width colon in a nested field and in a list item', () => {
    expect(issuesWith(7, '  team：县委第二巡察组').map((i) => [i.line, i.message.includes('全角冒号')])).toEqual([[7, true]]);
    expect(issuesWith(17, '  - type：signature').map((i) => [i.line, i.message.includes('全角冒号')])).toEqual([[17, true]]);
  });

  it('names a full-width colon followed by a full-width space as both', () => {
    const issues = issuesWith(4, 'issuer：\u3000中共某某县委');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('全角冒号“：”和全角空格');
    expect(issues[0]?.message).toContain('〔全角空格〕');
  });

  it('names a full-width space after the colon', () => {
    const issues = issuesWith(3, 'kind:\u3000巡察');
    expect(issues.map((i) => i.line)).toEqual([3]);
    expect(issues[0]?.message).toContain('第3行“kind:”后的全角空格应改为半角空格');
  });

  it('names a tab at the start of a line, showing where it is', () => {
    const issues = issuesWith(8, '\tstart: 2024-01-08');
    expect(issues.map((i) => i.line)).toEqual([8]);
    expect(issues[0]?.message).toContain('制表符');
    expect(issues[0]?.message).toContain('〔Tab〕start: 2024-01-08');
  });

  it('names a line indented one space too deep, with the count it should have', () => {
    const issues = issuesWith(8, '   start: 2024-01-08');
    expect(issues.map((i) => i.line)).toEqual([8]);
    expect(issues[0]?.message).toContain('第8行的缩进不齐：行首有3个空格');
    expect(issues[0]?.message).toContain('应为2个空格（与第7行对齐）');
  });

  it('names a line indented one space too shallow, and a list item out of step', () => {
    const shallow = issuesWith(8, ' start: 2024-01-08');
    expect(shallow.map((i) => i.line)).toEqual([8]);
    expect(shallow[0]?.message).toContain('应为2个空格');
    const item = issuesWith(12, '   - name: 作风建设');
    expect(item.map((i) => i.line)).toEqual([12]);
    expect(item[0]?.message).toContain('行首有3个空格');
    expect(item[0]?.message).toContain('应为2个空格（与第10行对齐）');
  });

  it('names the first line of a block when it, not the next, is off the step the file indents by', () => {
    const issues = issuesWith(7, '   team: 县委第二巡察组');
    expect(issues.map((i) => i.line)).toEqual([7]);
    expect(issues[0]?.message).toContain('第7行的缩进不齐：行首有3个空格');
    expect(issues[0]?.message).toContain('应为2个空格');
  });

  it('gives one message for one indentation slip, not one for every line after it that it shifts', () => {
    const rows = GOOD.split('\n');
    rows[14 - 1] = '   - type: preamble';
    const issues: Issue[] = [];
    parseYaml(FILE, rows.join('\n'), anything, issues);
    expect(issues.map((i) => i.line)).toEqual([14]);
    expect(issues[0]?.message).toContain('应为2个空格');
  });

  it('names a full-width colon that YAML reads as text, where the schema finds a string instead of fields', () => {
    const schema = {
      safeParse: (v: unknown) =>
        typeof (v as { themes: unknown[] }).themes[1] === 'object'
          ? { success: true as const, data: v }
          : {
              success: false as const,
              error: { issues: [{ path: ['themes', 1], message: '应为对象 / expected an object', code: 'invalid_type' }] },
            },
    };
    const rows = GOOD.split('\n');
    rows[12 - 1] = '  - name：作风建设';
    const issues: Issue[] = [];
    parseYaml(FILE, rows.join('\n'), schema, issues);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 12, path: ['themes', 1] });
    expect(issues[0]?.message).toContain('第12行的全角冒号“：”应改为半角冒号“:”');
  });

  it('names a quote never closed on the line that opened it, not where the text ends', () => {
    const issues = issuesWith(16, "      - '根据县委统一部署，现将整改情况予以公布。");
    expect(issues.map((i) => i.line)).toEqual([16]);
    expect(issues[0]?.message).toContain("第16行的引号 ' 没有闭合");
    const double = issuesWith(2, 'title: "中共某某县委关于巡察整改情况的通报');
    expect(double.map((i) => i.line)).toEqual([2]);
    expect(double[0]?.message).toContain('第2行的引号 " 没有闭合');
  });

  it('names a missing space after ":"', () => {
    const issues = issuesWith(4, 'issuer:中共某某县委');
    expect(issues.map((i) => i.line)).toEqual([4]);
    expect(issues[0]?.message).toContain('第4行“issuer:”的冒号后应加一个空格');
  });

  it('names a missing space after "-", though the parser trips on the next line', () => {
    const issues = issuesWith(10, '  -name: 党的建设');
    expect(issues.map((i) => i.line)).toEqual([10]);
    expect(issues[0]?.message).toContain('第10行列表项的“-”后应加一个空格');
  });

  it('names a field given twice', () => {
    const issues = issuesWith(5, 'kind: 巡察');
    expect(issues.map((i) => i.line)).toEqual([5]);
    expect(issues[0]?.message).toContain('字段“kind”在同一层已经写过一次');
  });

  it('counts lines of the file, not of the frontmatter, in the line and in the words', () => {
    const issues = issuesWith(4, 'issuer：中共某某县委', 2);
    expect(issues.map((i) => i.line)).toEqual([5]);
    expect(issues[0]?.message).toContain('第5行的全角冒号');
  });

  it("keeps the parser's message when it recognises no slip", () => {
    const issues = issuesWith(16, '      - [未闭合的方括号');
    expect(issues.length).toBeGreaterThan(0);
    expect(issues[0]?.message).toContain('YAML 语法错误，第');
    expect(issues[0]?.message).toContain('YAML syntax error near line');
  });

  it('leaves a full-width colon inside a value alone (it is text) and finds no slip on good lines', () => {
    expect(issuesWith(11, '    note: 组织：队伍')).toEqual([]);
    const rows = GOOD.split('\n');
    for (let r = 1; r <= rows.length; r++) expect(findSlip(rows, r, 'MULTILINE_IMPLICIT_KEY', 'x'), `line ${r}`).toBeNull();
  });
});
