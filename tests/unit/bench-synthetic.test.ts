import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  addDays,
  copyReport,
  printedDate,
  reportsFor,
  syntheticArchive,
  syntheticTitle,
  variedText,
  VARIED_CHARS,
} from '../../tools/bench/synthetic.ts';
import { assertContent } from '../../src/lib/content/files.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';

// Invented fixture for the generator: a report folder of two problems, consistent with itself.
const REPORT = `title: 中共某某县委关于巡察整改情况的通报
kind: 巡察
textKind: 通报
issuer: 中共某某县委
date: 2023-12-31
problemCount: 2
body:
  - type: preamble
    paragraphs:
      - 前言一段。
  - type: problems
    heading: 一、整改落实情况
  - type: signature
    issuer: 中共某某县委
    date: 2023年12月31日
`;
const SOURCE = `前言一段。
一、整改落实情况
1. 关于“甲”问题的整改。
甲的措施。
2. 关于“乙”问题的整改。
乙的措施。
中共某某县委
2023年12月31日
`;
const section = (n: number, t: string) => `---\nnumber: ${n}\ntitle: ${t}\nheading: 关于“${t}”问题的整改。\n---\n\n${t}的措施。\n`;
const fixture = new Map([
  ['report.yaml', REPORT],
  ['source.txt', SOURCE],
  ['sections/01-甲.mdx', section(1, '甲')],
  ['sections/02-乙.mdx', section(2, '乙')],
]);

describe('copyReport', () => {
  const copy = copyReport(fixture, 3);
  const file = (name: string) => copy.find((f) => f.path.endsWith(`/${name}`))?.content ?? '';

  it('puts the copy in its own folder, named by its new date', () => {
    expect(new Set(copy.map((f) => f.path.split('/').slice(0, 2).join('/')))).toEqual(new Set(['reports/2024-01-03-synthetic-0003']));
  });

  it('moves the date on, marks the title, and signs with the new date', () => {
    const yaml = parse(file('report.yaml')) as { title: string; date: string; body: { type: string; date?: string }[] };
    expect(yaml.date).toBe('2024-01-03');
    expect(yaml.title).toBe('中共某某县委关于巡察整改情况的通报（合成第3份）');
    expect(yaml.body.find((p) => p.type === 'signature')?.date).toBe('2024年1月3日');
  });

  it('changes the source text in the signed date line only', () => {
    const before = SOURCE.split('\n');
    const after = file('source.txt').split('\n');
    expect(after.length).toBe(before.length);
    expect(after.filter((l, i) => l !== before[i])).toEqual(['2024年1月3日']);
  });

  it('copies the sections unchanged where they hold none of the varied characters', () => {
    expect(file('01-甲.mdx')).toBe(fixture.get('sections/01-甲.mdx'));
  });

  it('gives every copy its own text: the varied characters replaced alike in every file, never two copies the same', () => {
    const text = `整改${VARIED_CHARS.join('')}完成`;
    const a = variedText(text, 1);
    const b = variedText(text, 2);
    expect(variedText(text, 0)).toBe(text);
    expect(a).not.toBe(text);
    expect(b).not.toBe(a);
    expect([...a].length).toBe([...text].length);
    expect(a.startsWith('整改') && a.endsWith('完成')).toBe(true);
    for (const c of VARIED_CHARS) expect(a).not.toContain(c);
  });

  it('refuses a source without the signed date line', () => {
    const broken = new Map(fixture);
    broken.set('source.txt', SOURCE.replace('2023年12月31日', '2023年12月30日'));
    expect(() => copyReport(broken, 1)).toThrow('2023年12月31日');
  });
});

describe('a synthetic archive of the shipped report', () => {
  const root = mkdtempSync(join(tmpdir(), 'bench-synthetic-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const reports = join('content', 'reports');
  const shipped = filesUnder(reports).map((f) => f.split('/')[0] as string)[0] as string;
  const files = new Map(filesUnder(join(reports, shipped)).map((f) => [f, readFileSync(join(reports, shipped, f), 'utf8')] as const));

  it('passes the whole content check (numbering, figures, fidelity, signature, across reports)', () => {
    cpSync(join(reports, shipped), join(root, reports, shipped), { recursive: true });
    for (const f of syntheticArchive(files, 3)) {
      mkdirSync(dirname(join(root, 'content', f.path)), { recursive: true });
      writeFileSync(join(root, 'content', f.path), f.content);
    }
    expect(new Set(filesUnder(join(root, reports)).map((f) => f.split('/')[0])).size).toBe(3);
    expect(() => assertContent(root)).not.toThrow();
  });
});

describe('helpers', () => {
  it('adds days across a year end and a leap day', () => {
    expect(addDays('2022-12-20', 12)).toBe('2023-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
  });

  it('prints a date as the report does, without leading zeros', () => {
    expect(printedDate('2023-01-05')).toBe('2023年1月5日');
  });

  it('marks a copy’s title with full-width parentheses', () => {
    expect(syntheticTitle('通报', 12)).toBe('通报（合成第12份）');
  });

  it('takes enough reports to reach n sections', () => {
    expect(reportsFor(2600, 26)).toBe(100);
    expect(reportsFor(2601, 26)).toBe(101);
    expect(reportsFor(5, 26)).toBe(1);
  });
});
