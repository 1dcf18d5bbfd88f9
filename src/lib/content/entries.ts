/**
 * What the site's collections hold, taken from one reading of the content
 * tree (./folders.ts), the reading the content check ran on: one report
 * entry per folder, with its source text, the text's SHA-256 and its
 * allowlist; one section entry per problem, with its paragraphs and its
 * parsed body (rendered to HTML by the loaders, src/data/loaders.ts). Pure:
 * nothing here reads a file or validates anything again.
 */
import { createHash } from 'node:crypto';
import type { Root } from 'mdast';
import type { ReportData } from '../../schemas/report.ts';
import type { SectionData } from '../../schemas/section.ts';
import type { AllowlistEntry } from '../../schemas/metric.ts';
import type { ContentFolders } from './folders.ts';
import { sectionEntryId } from './layout.ts';
import type { SourceText } from '../report/full-text.ts';

export type { SourceText };

/**
 * The file a report was imported from (original.docx / original.html), as
 * the full-text page shows it: its size and SHA-256; a Word document's bytes
 * too (base64), for its download. A saved page's bytes are not kept here:
 * it is never published.
 */
export interface OriginalFile {
  /** content/reports/<slug>/original.docx */
  file: string;
  kind: 'docx' | 'html';
  sha256: string;
  bytes: number;
  /** The Word document's bytes in base64, for /<slug>/original.docx. */
  docx?: string;
}

/** A report entry's data: the report as typed, its source text, the texts its corrections replaced (source-<sha12>.txt), the percentages deliberately not typed as figures, and the file it was imported from. */
export type ReportEntryData = ReportData & {
  source: SourceText;
  replaced: SourceText[];
  allowlist: AllowlistEntry[];
  original?: OriginalFile;
};

/** A section entry's data: its fields, its paragraphs as a reader sees them, and the paragraphs that are its sub-problem headings (### lines), in order. */
export type SectionEntryData = SectionData & { paragraphs: string[]; subProblems: string[] };

/** One entry for Astro's store: its id, the file it comes from, its data. */
export interface ContentEntry<D> {
  id: string;
  filePath: string;
  data: D;
}

/** A section entry with what its body is rendered from. */
export interface SectionEntryInput extends ContentEntry<SectionEntryData> {
  /** The body parsed once by the reader, and the file line of its first line. */
  tree: Root;
  bodyLine: number;
}

/** The content check's result, as the contentCheck collection holds it. */
export interface ContentCheckData {
  /** The message the check failed with (file:line, field, expected, found), or null. */
  errors: string | null;
  /** Names the reading, unique across restarts of the loaders: pages put their model together again when it changes. */
  reading: string;
}

/** The id of the contentCheck collection's one entry. */
export const CHECK_ENTRY = 'result';

/** The source text's facts. */
export function sourceText(file: string, text: string): SourceText {
  const bytes = Buffer.from(text, 'utf8');
  return { file, text, sha256: createHash('sha256').update(bytes).digest('hex'), bytes: bytes.byteLength };
}

/** The kept original's facts. */
export function originalFile(o: { path: string; kind: 'docx' | 'html'; bytes: Uint8Array }): OriginalFile {
  const sha256 = createHash('sha256').update(o.bytes).digest('hex');
  return {
    file: o.path,
    kind: o.kind,
    sha256,
    bytes: o.bytes.byteLength,
    ...(o.kind === 'docx' ? { docx: Buffer.from(o.bytes).toString('base64') } : {}),
  };
}

/** The report entries, one per folder with a valid report.yaml and source text, its id the slug. */
export function reportEntries(folders: ContentFolders): ContentEntry<ReportEntryData>[] {
  return folders.reports.flatMap((f) =>
    f.report?.data && f.source
      ? [
          {
            id: f.slug,
            filePath: f.reportFile,
            data: {
              ...f.report.data,
              source: sourceText(f.source.path, f.source.content),
              replaced: f.archived.map((a) => sourceText(a.path, a.content)),
              allowlist: f.allowlist?.data?.entries ?? [],
              ...(f.original ? { original: originalFile(f.original) } : {}),
            },
          },
        ]
      : [],
  );
}

/** The section entries of every report, in folder and number order. */
export function sectionEntries(folders: ContentFolders): SectionEntryInput[] {
  return folders.reports.flatMap((f) =>
    f.sections.map((s) => ({
      id: sectionEntryId(f.slug, s.file),
      filePath: s.file,
      data: { ...s.data, paragraphs: s.paragraphs, subProblems: s.subProblems },
      tree: s.tree,
      bodyLine: s.bodyLine,
    })),
  );
}
