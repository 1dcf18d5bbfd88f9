/**
 * A report's corrections as readers see them (更正记录): newest first, each
 * with its date, note, the SHA-256 of the text it replaced, and where that
 * text is downloaded; and the date of the latest, for 最近更正 and the feed.
 */
import type { Correction } from '../../schemas/report.ts';
import { chineseDate } from './dates.ts';
import { replacedSourcePath } from '../url/paths.ts';

export interface CorrectionView {
  date: string;
  /** The date as the site prints it, 2024年5月1日. */
  dateText: string;
  note: string | undefined;
  /** SHA-256 of the replaced text. */
  sha256: string;
  /** Site path of the replaced text (add the base). */
  path: string;
  /** The name a download is saved as: <slug>-<sha12>.txt. */
  downloadName: string;
  /** The figures the correction removed, by label. */
  removed: string[];
}

/** The day of the latest correction, YYYY-MM-DD; undefined when there is none. */
export function lastCorrected(corrections: readonly Pick<Correction, 'date'>[]): string | undefined {
  return corrections
    .map((c) => c.date)
    .sort()
    .at(-1);
}

/** The corrections of report `slug`, newest first. */
export function correctionsView(slug: string, corrections: readonly Correction[]): CorrectionView[] {
  return corrections
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.date.localeCompare(a.c.date) || b.i - a.i)
    .map(({ c }) => ({
      date: c.date,
      dateText: chineseDate(c.date),
      note: c.note,
      sha256: c.replacedSha256,
      path: replacedSourcePath(slug, c.replacedFile),
      downloadName: `${slug}-${c.replacedFile.replace(/^source-/, '')}`,
      removed: c.removedFigures.map((f) => f.label),
    }));
}
