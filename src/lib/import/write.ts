/**
 * Turns a parsed report into content files (paths relative to the content
 * folder). Pure: the script decides where and whether to write.
 */
import { stringify } from 'yaml';
import type { ParsedReport, ParsedSection } from './parse.ts';
import { escapeMdx } from './mdx.ts';
import { guessTheme } from './themes.ts';

export interface ContentFile {
  path: string;
  content: string;
}

/** A readable file name for a section: 06-安全生产监管不到位.mdx. */
export function sectionFileName(s: Pick<ParsedSection, 'number' | 'title'>): string {
  const slug = s.title.replace(/[\s“”"‘’'、,,。.:;;!?!?()()《》<>/\\|*]+/g, '').slice(0, 40);
  return `${String(s.number).padStart(2, '0')}-${slug}.mdx`;
}

/** The MDX source of one section entry. */
export function sectionFile(s: ParsedSection): ContentFile {
  const front = stringify({ number: s.number, title: s.title, heading: s.heading, theme: guessTheme(s.title) }, { lineWidth: 0 });
  const body = s.paragraphs.map(escapeMdx).join('\n\n');
  return { path: `sections/${sectionFileName(s)}`, content: `---\n${front}---\n\n${body}\n` };
}

/** The YAML source of the report entry. */
export function reportFile(r: ParsedReport, sourcePath: string): ContentFile {
  const data = {
    source: sourcePath,
    title: r.title,
    ...(r.titleInSource ? { titleInSource: true } : {}),
    issuer: r.issuer,
    date: r.date,
    problemCount: r.sections.length,
    inspection: r.inspection,
    preamble: r.preamble,
    organisation: r.organisation,
    sectionsHeading: r.sectionsHeading,
    ...(r.categories.length > 0 ? { categories: r.categories.map((c) => ({ heading: c.heading, firstProblem: c.firstProblem })) } : {}),
    nextSteps: r.nextSteps,
    contact: r.contact,
  };
  const header = '# 通报整体信息。字段含义见 src/schemas/report.ts;编辑方法见 EDITING.md。\n';
  return { path: 'report.yaml', content: header + stringify(data, { lineWidth: 0 }) };
}

/** Every file an imported report consists of. */
export function reportToFiles(r: ParsedReport, sourcePath: string): ContentFile[] {
  return [reportFile(r, sourcePath), ...r.sections.map(sectionFile)];
}
