/**
 * The full-text page's facts: the report's lines rebuilt from its entries by
 * the walker, proved equal to the stored source after the one documented
 * normalisation (src/lib/fidelity/reconstruct.ts), and the SHA-256 of the
 * stored source bytes (taken when the content was read) that a reader can
 * check with sha256sum or certutil.
 */
import { normalisedSource } from '../fidelity/reconstruct.ts';
import { linesText, printedLines, type ReportBody, type SectionText } from './walk.ts';

/** A report's source text as stored: the reference of every fidelity check, published byte for byte. */
export interface SourceText {
  /** content/reports/<slug>/source.txt */
  file: string;
  text: string;
  /** Lowercase hex SHA-256 of the file's bytes (the text is UTF-8, checked, so its bytes are the file's). */
  sha256: string;
  /** The file's size in bytes. */
  bytes: number;
}

export interface FullText {
  /** The lines in printed order, each with whether it is a heading of the report's structure. */
  lines: { text: string; heading: boolean }[];
  /** Lowercase hex SHA-256 of the source file's bytes. */
  sha256: string;
  /** Size of the source file in bytes. */
  bytes: number;
}

/** Rebuilds the text and proves it equals the source; throws naming the first differing line otherwise. */
export function fullText(report: ReportBody, sections: readonly SectionText[], source: SourceText): FullText {
  const sourceName = source.file;
  const lines = printedLines(report, sections);
  const rebuilt = linesText(lines);
  const expected = normalisedSource(source.text);
  if (rebuilt !== expected) {
    const a = expected.split('\n');
    const b = rebuilt.split('\n');
    let i = 0;
    while (i < a.length && a[i] === b[i]) i++;
    throw new Error(
      `${sourceName}: 全文页重建的文字与原文第 ${i + 1} 个非空行不一致 / the full text rebuilt from the entries differs from the source at non-empty line ${i + 1}: expected “${(a[i] ?? '').slice(0, 40)}”, found “${(b[i] ?? '').slice(0, 40)}”`,
    );
  }
  const heading = (l: (typeof lines)[number]) =>
    (l.place.in === 'section' && l.place.field === 'heading') ||
    (l.place.in === 'report' &&
      (l.place.path.at(-1) === 'heading' || l.place.path.includes('categories')) &&
      l.place.path.at(-2) !== 'intro');
  return {
    lines: lines.map((l) => ({ text: l.text, heading: heading(l) })),
    sha256: source.sha256,
    bytes: source.bytes,
  };
}
