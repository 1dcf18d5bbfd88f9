/**
 * The importer end to end, without touching the disk: parse the text, turn
 * it into content files, and run the same content check the build runs
 * (schemas, numbering, fidelity) on those files before anyone writes them.
 */
import { checkContent } from '../content/check.ts';
import { formatIssues } from '../content/cross-entry.ts';
import { keptSource, parseReport, type ImportProblem, type ParsedReport } from './parse.ts';
import { reportToFiles, type ContentFile } from './write.ts';
import { allowlistFile, allowlistStubs } from './allowlist.ts';

export type ImportOutcome =
  | { ok: true; report: ParsedReport; files: ContentFile[]; warnings: ImportProblem[]; dropped: ImportProblem[] }
  | { ok: false; problems: ImportProblem[]; checkErrors: string };

/** Imports one report: sourceName is the file name the text is kept under in content/source/. */
export function importReport(text: string, sourceName: string): ImportOutcome {
  const parsed = parseReport(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems, checkErrors: '' };
  const sourcePath = `source/${sourceName}`;
  const files = [
    ...reportToFiles(parsed.report, sourcePath),
    { path: 'metrics-allowlist.yaml', content: allowlistFile(parsed.report) },
    { path: sourcePath, content: keptSource(text, parsed.dropped) },
  ];
  const { errors } = checkContent(files.map((f) => ({ path: `content/${f.path}`, content: f.content })));
  if (errors.length > 0) return { ok: false, problems: [], checkErrors: formatIssues(errors) };
  return { ok: true, report: parsed.report, files, warnings: parsed.warnings, dropped: parsed.dropped };
}

/** The closing summary: problems, measures, points, what was dropped or could not be placed. */
export function summarise(outcome: ImportOutcome): string[] {
  if (!outcome.ok) {
    const n = outcome.problems.length;
    return [n > 0 ? `无法归类或缺失 / could not place or find: ${n} 处 (see above)` : '生成的条目未通过内容检查 / the generated entries fail the content check (see above)', '未写入任何文件 / nothing written'];
  }
  const r = outcome.report;
  const measures = r.sections.reduce((sum, s) => sum + s.measures, 0);
  return [
    `问题 / problems: ${r.sections.length}`,
    `整改措施 / measures: ${measures} (${r.sections.map((s) => `${s.number}:${s.measures}`).join(' ')})`,
    `组织要点 / organisation points: ${r.organisation.points.length}; 下一步要点 / next-step points: ${r.nextSteps.points.length}`,
    ...(r.categories.length > 0 ? [`分类标题 / category headings: ${r.categories.length}`] : []),
    `待核对的百分数 / percentages to review in metrics-allowlist.yaml: ${allowlistStubs(r).length}`,
    `标题 / title: ${r.title}${r.titleInSource ? '' : ' (原文无标题,已按发布单位生成 / not printed; made from the issuer)'}`,
    `舍弃的网页文字 / portal lines dropped: ${outcome.dropped.length > 0 ? outcome.dropped.map((d) => d.line).join(', ') : '无 / none'}`,
    '无法归类 / could not place: 无 / nothing',
  ];
}
