/**
 * The content reader: a content tree (files in, no disk access) read into
 * its report folders, one per report under content/reports/<slug>/, each with report.yaml,
 * source.txt, an optional metrics-allowlist.yaml and sections/NN-标题.mdx.
 * YAML syntax and the zod schemas are checked here, each issue with its line;
 * the checks in ./checks/ then work on the parsed folders.
 */
import { reportSchema, type ReportData } from '../../schemas/report.ts';
import { sectionSchema, type SectionData } from '../../schemas/section.ts';
import { allowlistSchema, type Allowlist } from '../../schemas/metric.ts';
import type { Root } from 'mdast';
import type { Issue } from '../issues.ts';
import { subProblemsOf, treeBlocks, type BodyBlock } from './body-text.ts';
import { parseBody, treePolicyIssues } from './body-policy.ts';
import { parseYaml, splitFrontmatter, type ParsedYaml } from './yaml.ts';
import {
  REPORT_FILE,
  SOURCE_FILE,
  ALLOWLIST_FILE,
  SECTIONS_DIR,
  RESERVED_SLUGS,
  SLUG_PATTERN,
  ARCHIVED_SOURCE,
  ORIGINAL_FILES,
  CONTENT_DIR,
  CONTENT_FILE,
  REPORT_FOLDER_FILES,
  isReportFolderFile,
  reportDir,
  reportsDir,
} from './layout.ts';

/** One file of the content tree; `path` is relative to the project root, e.g. content/reports/x/report.yaml. */
export interface SourceFile {
  path: string;
  content: string;
  /** Set when the file's bytes are not UTF-8 (fidelity/exact.ts utf8Issue): where, and how to convert. */
  notUtf8?: { line: number; message: string };
  /** A file kept as received (original.docx / original.html, layout.ts ORIGINAL_FILES): its bytes; `content` is then empty. */
  bytes?: Uint8Array;
  /**
   * Set when the entry was not opened (content is ''), by what it is: a
   * symbolic link, a device, pipe or socket ('special'), a hidden (dot)
   * file or folder (its path then ends with / for a folder), or a regular
   * file of a kind content is not made of ('other': listed for the archive
   * to accept or report). See files.ts.
   */
  unread?: 'symlink' | 'special' | 'hidden' | 'other' | undefined;
}

/** What an entry that is never opened is, and why it is refused: Chinese, English. */
const REFUSED_ENTRY: Record<'symlink' | 'special' | 'hidden', (name: string) => string> = {
  symlink: () =>
    '应为普通文件，实为符号链接（快捷方式）：内容检查和构建不跟随链接、不读取它指向的文件；请把文件本身放在这里 / expected a regular file, found a symbolic link: it is neither followed nor read; put the file itself here',
  special: () =>
    '应为普通文件，实为设备文件、管道或套接字（或在读取时被替换），不读取 / expected a regular file, found a device, pipe or socket (or it changed while being read); it is not read',
  hidden: (name) =>
    `内容文件夹中应没有以“.”开头的隐藏文件或文件夹，实有 ${name}：它不会被读取或发布，请删除或改名 / expected no hidden file or folder (a name starting with ".") in content/, found ${name}; it is neither read nor published: delete or rename it`,
};

/** Field names of report.yaml and of a section's frontmatter, for the hint on a stray file named like one. */
const REPORT_FIELDS = Object.keys(reportSchema.shape);
const SECTION_FIELDS = Object.keys(sectionSchema.shape);

/** Levenshtein distance, capped: enough to tell "reprot.yaml" from "report.yaml". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j] ?? 0;
      row[j] = Math.min(cur + 1, (row[j - 1] ?? 0) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length] ?? 0;
}

/** A hint for a file a report folder does not know: the field it looks like, or the known file it looks like. */
export function strayFileHint(name: string, reportFile: string): { zh: string; en: string } | null {
  const stem = name
    .replace(/\..*$/, '')
    .toLowerCase()
    .replace(/[-_\s]/g, '');
  const field = REPORT_FIELDS.find((f) => f.toLowerCase() === stem);
  if (field)
    return {
      zh: `“${field}”是 ${reportFile} 的字段，写在单独的文件里不起作用：请把它写进 ${reportFile} 的 ${field}: 下`,
      en: `"${field}" is a field of ${reportFile}; a file of its own has no effect: write it under ${field}: in ${reportFile}`,
    };
  const sectionField = SECTION_FIELDS.find((f) => f.toLowerCase() === stem);
  if (sectionField)
    return {
      zh: `“${sectionField}”是问题条目开头字段区的字段：请写进 ${SECTIONS_DIR}/NN-标题.mdx 的 --- 之间`,
      en: `"${sectionField}" is a field of a section entry's frontmatter: write it between the --- lines of ${SECTIONS_DIR}/NN-title.mdx`,
    };
  const known = REPORT_FOLDER_FILES.filter((k): k is string => typeof k === 'string');
  const near = known.find(
    (k) => k.toLowerCase() === name.toLowerCase() || k.replace(/\..*$/, '') === stem || distance(k.toLowerCase(), name.toLowerCase()) <= 2,
  );
  if (near) return { zh: `是否应为 ${near}？`, en: `did you mean ${near}?` };
  if (/\.mdx?$/i.test(name))
    return {
      zh: `问题条目应放在 ${SECTIONS_DIR}/ 中，文件名为 NN-标题.mdx`,
      en: `section entries belong in ${SECTIONS_DIR}/, named NN-title.mdx`,
    };
  return null;
}

export interface SectionFile {
  file: string;
  content: string;
  data: SectionData;
  /** The body's blocks, with lines of the file (not of the body). */
  blocks: BodyBlock[];
  paragraphs: string[];
  /** The body's sub-problem headings (### lines), in order. */
  subProblems: string[];
  body: string;
  bodyLine: number;
  /** The body parsed (remark-parse + remark-mdx), once: the check reads its blocks, the site renders it. */
  tree: Root;
  yaml: ParsedYaml<SectionData>;
}

export interface ReportFolder {
  slug: string;
  /** The folder, e.g. content/reports/2022-12-20-jiangyan. */
  dir: string;
  reportFile: string;
  report: ParsedYaml<ReportData> | null;
  source: SourceFile | undefined;
  /** The source texts corrections replaced (source-<sha>.txt), kept for readers. */
  archived: SourceFile[];
  allowlist: ParsedYaml<Allowlist> | null;
  sections: SectionFile[];
  /** False when a section failed its schema or syntax: cross-entry checks would only repeat it. */
  sectionsOk: boolean;
  /** The file the report was imported from, kept as received, if the folder has one. */
  original: { path: string; kind: keyof typeof ORIGINAL_FILES; bytes: Uint8Array } | undefined;
}

/** A content tree read into its report folders, with what could not be read (layout, YAML syntax, schemas), each issue with its line. */
export interface ContentFolders {
  reports: ReportFolder[];
  issues: Issue[];
}

/** Groups and parses the files of a content tree. */
export function readFolders(files: readonly SourceFile[], contentDir = CONTENT_DIR): ContentFolders {
  const issues: Issue[] = [];
  const root = `${reportsDir(contentDir)}/`;
  const folders = new Map<string, SourceFile[]>();
  for (const f of files) {
    if (f.unread === 'symlink' || f.unread === 'special' || f.unread === 'hidden') {
      // Refused by name: never opened, and never named for its content.
      issues.push({
        file: f.path,
        field: '(文件 / file)',
        message: REFUSED_ENTRY[f.unread](f.path.replace(/\/$/, '').split('/').pop() ?? f.path),
      });
      // Kept in its report folder, so that a refused report.yaml or source.txt is not also called missing.
    }
    if (!f.path.startsWith(root)) {
      if (f.unread === 'symlink' || f.unread === 'special' || f.unread === 'hidden') continue;
      if (CONTENT_FILE.test(f.path)) {
        issues.push({
          file: f.path,
          field: '(位置 / location)',
          message: `内容文件应放在某份通报的文件夹 ${root}<文件夹名>/ 中，实在 ${f.path} / expected every content file inside a report folder ${root}<slug>/, found it outside`,
        });
      } else {
        issues.push({
          file: f.path,
          field: '(位置 / location)',
          message: `${contentDir}/ 中应只有通报文件夹 ${root}<文件夹名>/，实有 ${f.path}：它不会被读取或发布，请移走 / expected only report folders ${root}<slug>/ in ${contentDir}/, found ${f.path}; it is neither read nor published: move it elsewhere`,
        });
      }
      continue;
    }
    const [slug, ...rest] = f.path.slice(root.length).split('/');
    if (f.unread && f.unread !== 'other' && (!slug || rest.length === 0 || rest.join('/') === '')) continue;
    if (!slug || rest.length === 0) {
      issues.push({
        file: f.path,
        field: '(位置 / location)',
        message: `应放在 ${root}<文件夹名>/ 中，实直接放在 ${root} 下 / expected inside a report folder ${root}<slug>/, found directly in ${root}`,
      });
      continue;
    }
    const list = folders.get(slug);
    if (list) list.push(f);
    else folders.set(slug, [f]);
  }
  const seen = new Map<string, string>();
  const reports: ReportFolder[] = [];
  for (const [slug, list] of [...folders].sort(([a], [b]) => a.localeCompare(b))) {
    const dir = reportDir(slug, contentDir);
    const key = slug.normalize('NFC').toLowerCase();
    const other = seen.get(key);
    if (other !== undefined)
      issues.push({
        file: dir,
        field: '文件夹名 / slug',
        message: `文件夹名应唯一，“${slug}”与“${other}”只差大小写或字形，网址会冲突 / expected a unique slug, found "${slug}" clashing with "${other}"`,
      });
    seen.set(key, slug);
    if (!SLUG_PATTERN.test(slug) || RESERVED_SLUGS.includes(slug)) {
      issues.push({
        file: dir,
        field: '文件夹名 / slug',
        message: `文件夹名应为小写字母、数字、连字符组成的网址名（如 2022-12-20-jiangyan），且不是 ${RESERVED_SLUGS.join('、')}，实为“${slug}” / expected a slug of lowercase letters, digits and hyphens that is not one of ${RESERVED_SLUGS.join(', ')}, found "${slug}"`,
      });
    }
    reports.push(readFolder(slug, dir, list, issues));
  }
  return { reports, issues };
}

function readFolder(slug: string, dir: string, list: readonly SourceFile[], issues: Issue[]): ReportFolder {
  const at = (name: string) => list.find((f) => f.path === `${dir}/${name}`);
  /** A refused entry (a link, a device, a hidden file) was reported by readFolders and is neither read nor called missing. */
  const isRefused = (f: SourceFile | undefined) => f?.unread !== undefined && f.unread !== 'other';
  const reportFile = `${dir}/${REPORT_FILE}`;
  const reportEntry = at(REPORT_FILE);
  const reportText = isRefused(reportEntry) ? undefined : reportEntry;
  if (!reportEntry)
    issues.push({
      file: reportFile,
      field: '(文件 / file)',
      message: `每份通报的文件夹应有 ${REPORT_FILE}，未找到 / expected ${reportFile}, found no such file`,
    });
  const report = reportText ? parseYaml<ReportData>(reportFile, reportText.content, reportSchema, issues) : null;
  const sourceEntry = at(SOURCE_FILE);
  let source = isRefused(sourceEntry) ? undefined : sourceEntry;
  if (source?.notUtf8) {
    // One clear error instead of a mojibake difference on every line: the checks that read the source skip it.
    issues.push({ file: source.path, line: source.notUtf8.line, field: '编码 / encoding', message: source.notUtf8.message });
    source = undefined;
  } else if (!sourceEntry)
    issues.push({
      file: `${dir}/${SOURCE_FILE}`,
      field: '(文件 / file)',
      message: `每份通报的文件夹应有原文 ${SOURCE_FILE}（原样发布的全文），未找到 / expected the source text ${dir}/${SOURCE_FILE}, found no such file`,
    });
  const allowEntry = at(ALLOWLIST_FILE);
  const allowText = isRefused(allowEntry) ? undefined : allowEntry;
  const allowlist = allowText ? parseYaml<Allowlist>(allowText.path, allowText.content, allowlistSchema, issues) : null;
  const sections: SectionFile[] = [];
  let sectionsOk = true;
  const shownFiles = REPORT_FOLDER_FILES.map((k) => (typeof k === 'string' ? k : k.shown));
  const archived: SourceFile[] = [];
  for (const f of [...list].sort((a, b) => a.path.localeCompare(b.path))) {
    const rel = f.path.slice(dir.length + 1);
    const inSections = rel.startsWith(`${SECTIONS_DIR}/`) && rel.split('/').length === 2;
    if (isRefused(f)) {
      // A section file that cannot be read: the numbering would only call its number missing.
      if (inSections) sectionsOk = false;
      continue;
    }
    if (!rel.includes('/') && ARCHIVED_SOURCE.test(rel)) {
      archived.push(f);
      continue;
    }
    if (!rel.includes('/') && isReportFolderFile(rel)) continue;
    if (!inSections || !rel.endsWith('.mdx') || f.unread === 'other') {
      const hint = inSections
        ? /\.md$/i.test(rel)
          ? { zh: '问题条目的扩展名应为 .mdx', en: 'a section entry ends in .mdx' }
          : null
        : rel.includes('/')
          ? null
          : strayFileHint(rel, reportFile);
      issues.push({
        file: f.path,
        field: '(文件 / file)',
        message: `通报文件夹中应只有 ${shownFiles.join('、')} 和 ${SECTIONS_DIR}/NN-标题.mdx，实有 ${rel}：它不会被读取或发布${hint ? `。${hint.zh}` : ''} / expected only ${shownFiles.join(', ')} and ${SECTIONS_DIR}/NN-title.mdx in a report folder, found ${rel}; it is neither read nor published${hint ? `: ${hint.en}` : ''}`,
      });
      continue;
    }
    const split = splitFrontmatter(f.content);
    if (!split) {
      issues.push({
        file: f.path,
        line: 1,
        field: 'frontmatter',
        message:
          '文件应以 --- 开头、以 --- 结束的字段块开始，未找到 / expected a frontmatter block between --- lines at the top, found none',
      });
      sectionsOk = false;
      continue;
    }
    const yaml = parseYaml<SectionData>(f.path, split.yaml, sectionSchema, issues, 2);
    // Text only, checked before anything else reads the body; parsed once for the check and the blocks.
    const parsed = parseBody(split.body, split.bodyLine);
    const refused = 'issues' in parsed ? parsed.issues : treePolicyIssues(parsed.tree, split.bodyLine);
    if (refused.length > 0 || !('tree' in parsed)) {
      issues.push(...refused.map((i) => ({ file: f.path, line: i.line, field: '正文 / body', message: i.message })));
      sectionsOk = false;
      continue;
    }
    const blocks = treeBlocks(parsed.tree).map((b) => ({ ...b, line: b.line + split.bodyLine - 1 }));
    if (!yaml.data) {
      sectionsOk = false;
      continue;
    }
    // An empty body is a problem printed as a heading only (a text cut off there): fidelity proves no line of the source is missing.
    sections.push({
      file: f.path,
      content: f.content,
      data: yaml.data,
      blocks,
      paragraphs: blocks.map((b) => b.text),
      subProblems: subProblemsOf(blocks),
      body: split.body,
      bodyLine: split.bodyLine,
      tree: parsed.tree,
      yaml,
    });
  }
  if (sections.length === 0 && sectionsOk)
    issues.push({
      file: `${dir}/${SECTIONS_DIR}/`,
      field: '(文件 / files)',
      message: `应至少有一个问题条目 ${SECTIONS_DIR}/NN-标题.mdx，未找到 / expected section entries ${SECTIONS_DIR}/NN-title.mdx, found none`,
    });
  sections.sort((a, b) => a.data.number - b.data.number);
  const kept = (Object.entries(ORIGINAL_FILES) as [keyof typeof ORIGINAL_FILES, string][])
    .map(([kind, name]) => ({ kind, file: at(name) }))
    .find((o) => o.file?.bytes);
  const original = kept?.file?.bytes ? { path: kept.file.path, kind: kept.kind, bytes: kept.file.bytes } : undefined;
  return { slug, dir, reportFile, report, source, archived, allowlist, sections, sectionsOk, original };
}
