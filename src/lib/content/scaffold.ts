/**
 * The skeleton of a new section entry of one report: every required field
 * present, each with a Chinese comment saying what it holds. Pure;
 * scripts/new-section.ts decides the report, the number and writes the file.
 */
import { REPORT_FILE, SOURCE_FILE, reportFile, sectionFile, sectionFileName } from './layout.ts';

export interface ScaffoldInput {
  /** The report's folder name under content/reports/. */
  slug: string;
  number: number;
  problemCount: number;
  /** The report's own themes (report.yaml `themes`); none means the entry gets no theme. */
  themes: readonly string[];
  /** The problem as quoted; a placeholder when the editor has not given one. */
  title?: string | undefined;
  theme?: string | undefined;
}

const PLACEHOLDER = '请填写问题名称';

/** The file name and MDX text of a new section entry. */
export function scaffoldSection(input: ScaffoldInput): { name: string; content: string } {
  const title = input.title?.trim() || PLACEHOLDER;
  const theme = input.theme ?? input.themes[0];
  const q = (s: string) => JSON.stringify(s);
  const report = reportFile(input.slug, REPORT_FILE);
  const content = [
    '---',
    `# 问题编号：原文中“${input.number}. 关于…”的编号。须在 1 到 ${report} 的 problemCount（现为 ${input.problemCount}）之间，且不与其他条目重复。`,
    `number: ${input.number}`,
    '# 问题名称：原文标题引号中的文字，用于列表和页面标题。',
    `title: ${q(title)}`,
    '# 原文标题：不含编号，与原文逐字一致（含句末的“。”）；必须包含上面的问题名称。编号不是“N. ”时，另加 marker: 写原文编号，如 "(一)"。',
    `heading: ${q(`关于“${title}”问题的整改。`)}`,
    ...(theme !== undefined
      ? [`# 主题：以下之一：${input.themes.join('、')}（见 ${report} 的 themes）。`, `theme: ${q(theme)}`]
      : [`# 本通报未设主题（${report} 无 themes），不填 theme。`]),
    '# 数据图表（可选）：本项正文中的数字，每项须带逐字引文 quote。写法见 EDITING.md“添加数据图表”。没有就保留空列表。',
    'metrics: []',
    '---',
    '',
    '(1)在此粘贴第一条整改措施的原文，一字不改。每段之间空一行。',
    '',
    `(2)第二条整改措施的原文。正文必须与 ${reportFile(input.slug, SOURCE_FILE)} 中的原文一致，否则 npm run check:content 会报错。`,
    '',
  ].join('\n');
  return { name: sectionFile(sectionFileName({ number: input.number, title: title === PLACEHOLDER ? '新问题' : title })), content };
}
