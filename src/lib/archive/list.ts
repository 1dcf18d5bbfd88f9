/**
 * The archive page's list: every report as a row (issuer, date, kinds,
 * number of problems, and the completion the report itself states), grouped
 * by year, newest first, and the issuers with their counts. A withdrawn
 * report is listed apart (when, and what replaces it) and adds nothing to
 * any count or figure. Linear in the number of reports: the archive lists
 * reports, never sections.
 */
import type { Metric } from '../../schemas/metric.ts';
import type { InspectionKind, TextKind } from '../../schemas/report.ts';
import { completionOfMetric } from '../metrics/view.ts';
import { t } from '../../i18n/zh-CN.ts';
import { problemsText } from '../report/words.ts';

export interface ArchiveInput {
  slug: string;
  data: {
    title: string;
    issuer: string;
    date?: string | undefined;
    kind: InspectionKind;
    textKind: TextKind;
    problemCount: number;
    problemsStated?: string | undefined;
    figures: Metric[];
    withdrawn?: { date: string; replacedBy?: string | undefined } | undefined;
  };
}

export interface ArchiveRow {
  slug: string;
  title: string;
  issuer: string;
  date: string | undefined;
  kind: InspectionKind;
  textKind: TextKind;
  problems: number;
  /** The problems as shown: the count the report prints (3个方面12个具体问题), else `problems` (12个问题). */
  problemsText: string;
  /** The completion the report states of itself ("77.8%"), from its own figures; none when it states none or is withdrawn. */
  completion: { label: string; display: string; computed: boolean } | undefined;
  /** When it was withdrawn, and the report that replaces it (slug and title), if any. */
  withdrawn: { date: string; replacedBy: { slug: string; title: string } | undefined } | undefined;
}

/** One row per report, in the order given. */
export function archiveRows(reports: readonly ArchiveInput[]): ArchiveRow[] {
  const titles = new Map(reports.map((r) => [r.slug, r.data.title]));
  return reports.map((r) => {
    const figure = r.data.withdrawn ? undefined : r.data.figures.map((m) => ({ m, c: completionOfMetric(m) })).find((x) => x.c !== null);
    const by = r.data.withdrawn?.replacedBy;
    const title = by === undefined ? undefined : titles.get(by);
    return {
      slug: r.slug,
      title: r.data.title,
      issuer: r.data.issuer,
      date: r.data.date,
      kind: r.data.kind,
      textKind: r.data.textKind,
      problems: r.data.problemCount,
      problemsText: problemsText(r.data),
      completion: figure?.c ? { label: figure.m.label, display: figure.c.display, computed: figure.c.source === 'computed' } : undefined,
      withdrawn: r.data.withdrawn
        ? { date: r.data.withdrawn.date, replacedBy: by !== undefined && title !== undefined ? { slug: by, title } : undefined }
        : undefined,
    };
  });
}

/** The rows that count (live reports) and the withdrawn ones, listed apart; order kept. */
export function splitWithdrawn(rows: readonly ArchiveRow[]): { live: ArchiveRow[]; withdrawn: ArchiveRow[] } {
  return { live: rows.filter((r) => !r.withdrawn), withdrawn: rows.filter((r) => r.withdrawn) };
}

/** Rows grouped by year of their date, newest year first; undated last (year ''). */
export function byYear(rows: readonly ArchiveRow[]): { year: string; rows: ArchiveRow[] }[] {
  const groups = new Map<string, ArchiveRow[]>();
  for (const r of rows) {
    const y = r.date?.slice(0, 4) ?? '';
    const list = groups.get(y);
    if (list) list.push(r);
    else groups.set(y, [r]);
  }
  return [...groups].sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : b.localeCompare(a))).map(([year, list]) => ({ year, rows: list }));
}

/** The issuers with their reports, most reports first, then by name; `id` is a stable anchor. */
export function byIssuer(rows: readonly ArchiveRow[]): { issuer: string; id: string; rows: ArchiveRow[] }[] {
  const groups = new Map<string, ArchiveRow[]>();
  for (const r of rows) {
    const list = groups.get(r.issuer);
    if (list) list.push(r);
    else groups.set(r.issuer, [r]);
  }
  return [...groups]
    .map(([issuer, list]) => ({ issuer, rows: list }))
    .sort((a, b) => b.rows.length - a.rows.length || a.issuer.localeCompare(b.issuer, 'zh-CN'))
    .map((g, i) => ({ ...g, id: `issuer-${i + 1}` }));
}

/**
 * The archive's opening sentence. It names the site's publisher as the one
 * who publishes the reports only when that body issued every one of them;
 * otherwise it names the publisher as the site's and the issuers as theirs,
 * so no report is attributed to a body that did not issue it.
 */
export function archiveLead(
  publisher: string,
  rows: readonly (Pick<ArchiveRow, 'issuer'> & { withdrawn?: unknown })[],
  kinds: string,
): string {
  const live = rows.filter((r) => !r.withdrawn);
  const issuers = [...new Set(live.map((r) => r.issuer))];
  if (issuers.length === 0 || (issuers.length === 1 && issuers[0] === publisher))
    return t('archive.lead', { publisher, kinds, count: live.length });
  if (issuers.length === 1) return t('archive.leadOne', { publisher, issuer: issuers[0]!, kinds, count: live.length });
  return t('archive.leadMany', { publisher, kinds, count: live.length, issuers: issuers.length });
}
