/**
 * The file a report was imported from, when its folder keeps one
 * (original.docx or original.html, src/lib/content/layout.ts): what the
 * full-text page shows beside the source text's SHA-256. Only a Word
 * document is offered for download; a saved web page never leaves the
 * content folder (served from this site it would run the portal's scripts
 * here), so only its size and SHA-256 are shown.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ORIGINAL_FILES, REPORTS_DIR } from '../lib/content/layout.ts';

export interface ReportOriginal {
  kind: keyof typeof ORIGINAL_FILES;
  /** Its path from the project root, e.g. content/reports/<slug>/original.docx. */
  file: string;
  bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  sha256: string;
}

/** The kept original of a report, if its folder has one. */
export function reportOriginal(slug: string): ReportOriginal | undefined {
  for (const [kind, name] of Object.entries(ORIGINAL_FILES) as [keyof typeof ORIGINAL_FILES, string][]) {
    const file = `content/${REPORTS_DIR}/${slug}/${name}`;
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    return { kind, file, bytes: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
  }
  return undefined;
}
