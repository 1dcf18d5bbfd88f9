/**
 * The importer end to end, without touching the disk: parse the text, turn
 * it into the files of content/reports/<slug>/, and run the same content
 * check the build runs (schemas, numbering, figures, coverage, and fidelity
 * through the report walker) on those files before anyone writes them.
 */
import { checkContent } from '../content/run.ts';
import { REPORTS_DIR } from '../content/layout.ts';
import { formatIssues } from '../issues.ts';
import { keptSource, parseReport, type ParsedReport } from './parse.ts';
import { withProposedFigures } from './propose.ts';
import { note, type ImportNote } from './messages.ts';
import { defaultSlug, reportToFiles, validSlug, type ContentFile } from './write.ts';
import type { Disclosure } from '../../schemas/report.ts';
import type { Received } from './sources/index.ts';

export type ImportOutcome =
  | {
      ok: true;
      slug: string;
      parsed: ParsedReport;
      files: ContentFile[];
      /** The file as received (a Word document or a saved page), kept beside the report's files; not part of the content check. */
      original?: { path: string; content: Uint8Array };
      notes: ImportNote[];
      dropped: ImportNote[];
      warnings: string;
    }
  | { ok: false; problems: ImportNote[]; checkErrors: string };

export interface ImportOptions {
  /** The report's folder name; default from its date and the file name. */
  slug?: string | undefined;
  /** The portal page's 政府信息公开 metadata, for report.yaml. */
  disclosure?: Disclosure | undefined;
}

/** Imports one report: fileName is the source's file name (for the default slug). */
export function importReport(text: string, fileName: string, options: ImportOptions = {}): ImportOutcome {
  const read = parseReport(text);
  if (!read.ok) return { ok: false, problems: read.problems, checkErrors: '' };
  // Figures the text states, proposed for the editor to review (each marked proposed: true).
  const figures = withProposedFigures(read.parsed);
  const parsed = {
    ...read,
    parsed: figures.parsed,
    notes: [
      ...read.notes,
      ...figures.unclear.map((u) =>
        note(figures.parsed.sections.find((s) => s.data.number === u.section)?.line ?? 1, 'figureUnclear', u.section, u.text, u.reason),
      ),
    ],
  };
  const slug = options.slug ?? defaultSlug(parsed.parsed.report.date, fileName);
  if (!validSlug(slug)) {
    return {
      ok: false,
      problems: [],
      checkErrors: `--slug: 应为小写字母、数字、连字符组成的文件夹名（如 2023-11-20-xian），实为“${slug}” / expected a slug of lowercase letters, digits and hyphens (e.g. 2023-11-20-county), found "${slug}"`,
    };
  }
  if (options.disclosure && Object.keys(options.disclosure).length > 0) parsed.parsed.report.disclosure = options.disclosure;
  const files = reportToFiles(parsed.parsed, keptSource(text, parsed.dropped));
  const dir = `content/${REPORTS_DIR}/${slug}`;
  const { errors, warnings } = checkContent(files.map((f) => ({ path: `${dir}/${f.path}`, content: f.content })));
  if (errors.length > 0) return { ok: false, problems: parsed.notes, checkErrors: formatIssues(errors) };
  return { ok: true, slug, parsed: parsed.parsed, files, notes: parsed.notes, dropped: parsed.dropped, warnings: formatIssues(warnings) };
}

/**
 * Imports a received file (src/lib/import/sources/): its text as a report,
 * its page metadata into report.yaml, and the file itself kept as
 * original.docx or original.html.
 */
export function importReceived(received: Extract<Received, { ok: true }>, fileName: string, options: ImportOptions = {}): ImportOutcome {
  const outcome = importReport(received.text, fileName, { ...options, disclosure: received.disclosure });
  if (!outcome.ok || !received.original) return outcome;
  return { ...outcome, original: { path: received.original.name, content: received.original.bytes } };
}

/** The closing summary: what was found, what was dropped, what is worth a look. */
export function summarise(outcome: ImportOutcome): string[] {
  if (!outcome.ok) {
    return [
      outcome.problems.length > 0 && !outcome.checkErrors
        ? '未找到问题，不是整改情况通报 / no problem found: not a rectification report'
        : '生成的条目未通过内容检查 / the generated entries fail the content check (see above)',
      '未写入任何文件 / nothing written',
    ];
  }
  const { report, sections, titlePrinted } = outcome.parsed;
  const problems = report.body.find((p) => p.type === 'problems');
  const categories = problems?.type === 'problems' ? problems.categories.length : 0;
  const measures = sections.reduce((n, s) => n + s.measures, 0);
  const subs = sections.reduce((n, s) => n + s.subProblems.length, 0);
  return [
    `通报 / report: ${report.kind} · ${report.textKind} · ${report.issuer} · ${report.date ?? '无日期 / no date'} → ${outcome.slug}`,
    `问题 / problems: ${sections.length}${report.problemsStated ? `（原文载明 / stated: ${report.problemsStated}）` : ''}; 分类 / categories: ${categories}; 子问题 / sub-problems: ${subs}`,
    `整改措施 / measures: ${measures} (${sections.map((s) => `${s.data.number}:${s.measures}`).join(' ')})`,
    `部分 / parts: ${report.body.map((p) => p.type).join(' → ')}`,
    `报告数据 / report figures: ${report.figures.length}`,
    `建议的指标 / proposed figures: ${sections.reduce((n, s) => n + s.data.metrics.filter((m) => m.proposed).length, 0)} (proposed: true，请核对 / to review)`,
    `标题 / title: ${report.title}${titlePrinted ? '' : ' (原文无标题,已按发布单位生成 / not printed; made from the issuer)'}`,
    `舍弃的网页文字 / portal lines dropped: ${outcome.dropped.length > 0 ? outcome.dropped.map((d) => d.line).join(', ') : '无 / none'}`,
    `说明 / notes: ${outcome.notes.length}`,
  ];
}
