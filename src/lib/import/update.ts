/**
 * A correction, planned without touching the disk: the corrected source,
 * parsed, merged into an existing report folder (merge.ts) and turned into
 * the files to write and remove, with the correction recorded in report.yaml
 * (date, note, the replaced text's SHA-256 and file, the figures it removed)
 * and the replaced text kept beside it as source-<sha12>.txt. The same
 * content check the build runs then judges the result before anything is
 * written. Any source format reaches this as a ParsedReport and its text.
 */
import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { reportSchema, type Correction, type ReportData } from '../../schemas/report.ts';
import { sectionSchema, type SectionData } from '../../schemas/section.ts';
import type { AllowlistEntry, Metric } from '../../schemas/metric.ts';
import { readFolders, type ReportFolder, type SectionFile, type SourceFile } from '../content/folders.ts';
import { checkContent } from '../content/run.ts';
import {
  ALLOWLIST_FILE,
  REPORTS_DIR,
  REPORT_FILE,
  SECTIONS_DIR,
  SOURCE_FILE,
  archivedSourceName,
  sectionFileName,
} from '../content/layout.ts';
import { splitFrontmatter } from '../content/yaml.ts';
import { formatIssues } from '../issues.ts';
import { allowlistFile, allowlistStubs } from './allowlist.ts';
import { describeLineChanges, describeProblemChanges, lineChanges, type ProblemText } from './changes.ts';
import { keptAllowlist, mergeReportData, mergeSection, type ListMerge } from './merge.ts';
import { keptSource, parseReport, type ParsedReport, type ParsedSection } from './parse.ts';
import type { ImportNote } from './messages.ts';
import { withProposedFigures } from './propose.ts';
import { editYaml, type KeyEdit } from './yaml-edit.ts';
import { compactPart, percentSources, sectionBody, sectionFile, type ContentFile } from './write.ts';

export interface UpdateInput {
  /** The content tree as the content check reads it (paths content/reports/<slug>/…). */
  files: readonly SourceFile[];
  /** The content folder's name in those paths (content). */
  contentDir?: string;
  slug: string;
  /** The corrected report as the importer reads it: parsed, with the figures it proposes (propose.ts). */
  incoming: ParsedReport;
  /** The corrected text as it will be kept in source.txt. */
  source: string;
  /** The day of the correction, YYYY-MM-DD. */
  date: string;
  note?: string | undefined;
}

export type UpdatePlan =
  | {
      ok: true;
      /** Files to write, relative to the report folder. */
      write: ContentFile[];
      /** Files to remove, relative to the report folder (section entries renamed or gone). */
      remove: string[];
      correction: Correction;
      /** What changed, to print. */
      summary: string[];
      /** The content check's warnings on the result. */
      warnings: string;
    }
  | { ok: false; unchanged: boolean; errors: string };

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
const REPORT_ORDER = Object.keys(reportSchema.shape);
const SECTION_ORDER = Object.keys(sectionSchema.shape);

/** A figure as named in the output and the correction record. */
const figureName = (section: number, m: Metric) =>
  `${section === 0 ? '通报自身数据' : `第${section}项`} ${m.id}“${m.label}”（引文“${m.quote}”）`;

/** The section entries of the folder paired with the corrected problems: same heading first, then same number. */
function pairSections(existing: readonly SectionFile[], incoming: readonly ParsedSection[]): Map<ParsedSection, SectionFile> {
  const pairs = new Map<ParsedSection, SectionFile>();
  const used = new Set<SectionFile>();
  const take = (s: ParsedSection, e: SectionFile | undefined) => {
    if (!e) return;
    pairs.set(s, e);
    used.add(e);
  };
  for (const s of incoming) {
    const same = existing.filter((e) => !used.has(e) && e.data.heading === s.data.heading);
    take(s, same.find((e) => e.data.number === s.data.number) ?? same[0]);
  }
  for (const s of incoming)
    if (!pairs.has(s))
      take(
        s,
        existing.find((e) => !used.has(e) && e.data.number === s.data.number),
      );
  return pairs;
}

/** Edits for every top-level key whose merged value differs; lists merged by id edited item by item. */
function keyEdits(current: Record<string, unknown>, merged: Record<string, unknown>, lists: Record<string, ListMerge<unknown>>): KeyEdit[] {
  return [...new Set([...Object.keys(current), ...Object.keys(merged)])].map((key): KeyEdit => {
    const list = lists[key];
    return list ? { key, list: list.edit, value: list.items } : { key, value: merged[key] };
  });
}

/** The folder of the report being corrected, or why it cannot be corrected. */
function folderOf(files: readonly SourceFile[], contentDir: string, slug: string): ReportFolder | string {
  const { reports, issues } = readFolders(files, contentDir);
  const folder = reports.find((r) => r.slug === slug);
  const dir = `${contentDir}/${REPORTS_DIR}/${slug}`;
  if (!folder)
    return `${dir}: 该通报不存在，无从更正（新增请去掉 --update）；未写入任何文件 / expected an existing report to correct, found none (drop --update to add it); nothing written`;
  const own = issues.filter((i) => i.file.startsWith(`${dir}/`));
  if (!folder.report?.data || !folder.sectionsOk || own.length > 0)
    return `${formatIssues(own)}\n${dir}: 现有文件有错误，请先改正（npm run check:content）；未写入任何文件 / the report's files have errors: fix them first (npm run check:content); nothing written`;
  if (!folder.source)
    return `${dir}/${SOURCE_FILE}: 现有原文缺失或不是 UTF-8，无从更正；未写入任何文件 / expected the current source as UTF-8, found none; nothing written`;
  return folder;
}

/** Plans a correction of report `slug` with the corrected, parsed text; checks the result with the build's content check. */
export function planUpdate(input: UpdateInput): UpdatePlan {
  const contentDir = input.contentDir ?? 'content';
  const folder = folderOf(input.files, contentDir, input.slug);
  if (typeof folder === 'string') return { ok: false, unchanged: false, errors: folder };
  const oldSource = folder.source?.content ?? '';
  if (oldSource === input.source)
    return {
      ok: false,
      unchanged: true,
      errors: `${folder.dir}/${SOURCE_FILE}: 新原文与现有原文完全相同，无需更正；未写入任何文件 / the corrected text is the current source byte for byte: nothing to correct; nothing written`,
    };
  const file = (name: string) => input.files.find((f) => f.path === `${folder.dir}/${name}`)?.content ?? '';
  const ours = folder.report?.data as ReportData;
  // What the importer wrote for the replaced text, figures it proposed included.
  const parsedBase = parseReport(oldSource);
  const base = parsedBase.ok ? withProposedFigures(parsedBase.parsed).parsed : undefined;
  const { incoming } = input;

  const report = mergeReportData(base?.report, ours, incoming.report);
  const themes = report.data.themes.map((t) => t.name);
  const removedFigures: Correction['removedFigures'] = report.figures.removed.map((m) => ({ section: 0, id: m.id, label: m.label }));
  const notes: string[] = report.figures.removed.map(
    (m) => `  - 删除数据 / figure removed: ${figureName(0, m)}：引文已不在原文中 / its quote no longer stands`,
  );
  // The printed parts follow the corrected text; a hand change to how they were divided is not carried over.
  if (base && !isDeepStrictEqual(ours.body.map(compactPart), base.report.body.map(compactPart))) {
    notes.push(
      `  ! ${REPORT_FILE} body：编辑改过各部分的划分，已按更正后的原文重新生成，请核对 / the parts were edited by hand; they are read again from the corrected text: review them`,
    );
  }

  // Sections: merged where paired, new where not; unpaired entries of the folder are gone.
  const pairs = pairSections(folder.sections, incoming.sections);
  const write: ContentFile[] = [];
  const remove: string[] = [];
  const relative = (path: string) => path.slice(folder.dir.length + 1);
  const merged: { data: SectionData; paragraphs: string[] }[] = [];
  for (const s of incoming.sections) {
    const e = pairs.get(s);
    if (!e) {
      const theme = s.data.theme !== undefined && themes.includes(s.data.theme) ? s.data.theme : undefined;
      if (s.data.theme !== undefined && theme === undefined)
        notes.push(`  ! 第${s.data.number}项：主题请人工指定 / problem ${s.data.number}: choose its theme`);
      const { theme: _suggested, ...rest } = s.data;
      const data: SectionData = theme === undefined ? rest : { ...rest, theme };
      write.push(sectionFile({ data, paragraphs: s.paragraphs, subProblems: s.subProblems }));
      merged.push({ data, paragraphs: s.paragraphs });
      continue;
    }
    const b = base?.sections.find((x) => x.data.number === e.data.number && x.data.heading === e.data.heading);
    const m = mergeSection(b?.data, e.data, s, themes);
    for (const r of m.metrics.removed) {
      removedFigures.push({ section: s.data.number, id: r.id, label: r.label });
      notes.push(`  - 删除数据 / figure removed: ${figureName(s.data.number, r)}：引文已不在原文中 / its quote no longer stands`);
    }
    for (const key of m.reset)
      notes.push(
        `  ! 第${s.data.number}项 ${key}：编辑所改的值与更正后的原文不符，改用导入值 / the edited value no longer fits the text: the imported one is used`,
      );
    if (m.themeDropped) notes.push(`  ! 第${s.data.number}项：主题请人工指定 / problem ${s.data.number}: choose its theme`);
    const split = splitFrontmatter(e.content);
    const yaml = editYaml(
      `${split?.yaml ?? ''}\n`,
      e.data as unknown as Record<string, unknown>,
      keyEdits(e.data as unknown as Record<string, unknown>, m.data as unknown as Record<string, unknown>, {
        metrics: m.metrics as ListMerge<unknown>,
      }),
      SECTION_ORDER,
    );
    const path = `${SECTIONS_DIR}/${sectionFileName(m.data)}`;
    // The body, its ### sub-problem lines included, is the corrected text's.
    write.push({ path, content: `---\n${yaml}---\n\n${sectionBody(s.paragraphs, s.subProblems)}\n` });
    if (relative(e.file) !== path) remove.push(relative(e.file));
    merged.push({ data: m.data, paragraphs: s.paragraphs });
  }
  const paired = new Set(pairs.values());
  for (const e of folder.sections.filter((x) => !paired.has(x))) {
    remove.push(relative(e.file));
    for (const r of e.data.metrics) {
      removedFigures.push({ section: e.data.number, id: r.id, label: r.label });
      notes.push(
        `  - 删除数据 / figure removed: ${figureName(e.data.number, r)}：所在问题已不在原文中 / its problem is no longer in the text`,
      );
    }
  }

  // The allowlist: entries whose words are still printed where they say stay; the rest of the uncovered percentages are listed to review.
  // Covered: by the merged figures, and by the entries that stay.
  const sources = percentSources({
    report: { ...incoming.report, figures: report.data.figures },
    sections: incoming.sections.map((s, i) => ({ ...s, data: merged[i]?.data ?? s.data })),
  });
  const oldEntries: AllowlistEntry[] = folder.allowlist?.data?.entries ?? [];
  const { kept, dropped } = keptAllowlist(oldEntries, (n) => sources.find((x) => x.section === n)?.paragraphs ?? []);
  const stubs = allowlistStubs(
    sources.map((x) => ({ ...x, covered: [...(x.covered ?? []), ...kept.filter((e) => e.section === x.section).map((e) => e.context)] })),
  );
  for (const { entry } of dropped)
    notes.push(
      `  - 删除 ${ALLOWLIST_FILE} 条目 / allowlist entry removed: 第${entry.section}项“${entry.context}”已不在原文中 / no longer printed`,
    );
  if (stubs.length > 0)
    notes.push(`  + ${stubs.length} 处百分数列入 ${ALLOWLIST_FILE}，待核对 / ${stubs.length} percentage(s) listed to review`);
  if (dropped.length > 0 || stubs.length > 0) {
    const entries = [...kept, ...stubs];
    const text = folder.allowlist ? file(ALLOWLIST_FILE) : '';
    write.push({
      path: ALLOWLIST_FILE,
      content:
        text && entries.length > 0
          ? editYaml(
              text,
              { entries: oldEntries },
              [{ key: 'entries', value: entries, list: { remove: dropped.map((d) => d.index), replace: [], add: stubs } }],
              ['entries'],
            )
          : allowlistFile(entries),
    });
  }

  // report.yaml, with the correction recorded; the replaced text kept under its SHA-256.
  const replacedSha256 = sha256(oldSource);
  const correction: Correction = {
    date: input.date,
    ...(input.note ? { note: input.note } : {}),
    replacedSha256,
    replacedFile: archivedSourceName(replacedSha256),
    removedFigures,
  };
  // Written without an empty removedFigures list.
  const written = ({ removedFigures: r, ...rest }: Correction) => (r.length > 0 ? { ...rest, removedFigures: r } : rest);
  const corrections = [...ours.corrections.map(written), written(correction)];
  const data = { ...report.data, body: report.data.body.map(compactPart), corrections } as Record<string, unknown>;
  const current = { ...(ours as unknown as Record<string, unknown>), corrections: ours.corrections.map(written) };
  const lists = {
    figures: report.figures as ListMerge<unknown>,
    corrections: { items: corrections, removed: [], replaced: [], edit: { remove: [], replace: [], add: [written(correction)] } },
  };
  const edits = keyEdits(current, data, lists).map((e) =>
    e.key === 'body' ? { key: 'body', value: report.data.body.map(compactPart) } : e,
  );
  // Compared with defaults filled in, written compact: body parts without their empty lists.
  const reportText = editYaml(file(REPORT_FILE), { ...current, body: ours.body.map(compactPart) }, edits, REPORT_ORDER);
  write.push(
    { path: REPORT_FILE, content: reportText },
    { path: SOURCE_FILE, content: input.source },
    { path: correction.replacedFile, content: oldSource },
  );

  // Only what changes is written (a file renamed is written under its new name).
  const prefix = `${folder.dir}/`;
  const changed = write.filter((w) => input.files.find((f) => f.path === `${prefix}${w.path}`)?.content !== w.content);
  write.splice(0, write.length, ...changed);

  // The result, checked as the build checks it, with the rest of the archive beside it.
  const tree = [
    ...input.files.filter(
      (f) => !(f.path.startsWith(prefix) && (remove.includes(relative(f.path)) || write.some((w) => w.path === relative(f.path)))),
    ),
    ...write.map((w) => ({ path: `${prefix}${w.path}`, content: w.content })),
  ];
  const checked = checkContent(tree, contentDir);
  const own = (i: { file: string }) => i.file.startsWith(prefix) || i.file === folder.dir;
  const errors = checked.errors.filter(own);
  if (errors.length > 0)
    return {
      ok: false,
      unchanged: false,
      errors: `${formatIssues(errors)}\n更正后的通报未通过内容检查；未写入任何文件 / the corrected report fails the content check; nothing written`,
    };

  const before: ProblemText[] = folder.sections.map((e) => ({
    number: e.data.number,
    title: e.data.title,
    heading: e.data.heading,
    paragraphs: e.paragraphs,
  }));
  const after = (s: ParsedSection): ProblemText => ({
    number: s.data.number,
    title: merged[incoming.sections.indexOf(s)]?.data.title ?? s.data.title,
    heading: s.data.heading,
    paragraphs: s.paragraphs,
  });
  const summary = [
    ...describeLineChanges(lineChanges(oldSource, input.source)),
    ...describeProblemChanges(
      incoming.sections
        .filter((s) => pairs.has(s))
        .map((s) => [before[folder.sections.indexOf(pairs.get(s) as SectionFile)] as ProblemText, after(s)]),
      folder.sections.filter((e) => !paired.has(e)).map((e) => before[folder.sections.indexOf(e)] as ProblemText),
      incoming.sections.filter((s) => !pairs.has(s)).map(after),
    ),
    notes.length === 0
      ? '编辑所加内容全部保留 / everything editors added is kept'
      : '编辑所加内容除下列各项外全部保留 / everything editors added is kept but:',
    ...notes,
    `更正记录 / correction: ${correction.date}${correction.note ? ` “${correction.note}”` : ''}，被替换原文 SHA-256 ${replacedSha256}，保存为 / kept as ${correction.replacedFile}`,
  ];
  return { ok: true, write, remove, correction, summary, warnings: formatIssues(checked.warnings.filter(own)) };
}

/** What --update makes of a corrected text: refused (not a report), or the plan. */
export type TextUpdate = { ok: false; problems: ImportNote[] } | { ok: true; dropped: ImportNote[]; plan: UpdatePlan };

/** The correction of report `slug` with a corrected text (portal lines dropped as on import), as of `date`. */
export function updateFromText(text: string, input: Omit<UpdateInput, 'incoming' | 'source'>): TextUpdate {
  const parsed = parseReport(text);
  if (!parsed.ok) return { ok: false, problems: parsed.problems };
  return {
    ok: true,
    dropped: parsed.dropped,
    plan: planUpdate({ ...input, incoming: withProposedFigures(parsed.parsed).parsed, source: keptSource(text, parsed.dropped) }),
  };
}

/** Today in the machine's time zone, YYYY-MM-DD: the date a correction is recorded under. */
export function today(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
