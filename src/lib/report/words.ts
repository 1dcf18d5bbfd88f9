/**
 * The words the site adds about a report follow the report: its kind of
 * inspection (巡视 / 巡察) and kind of text (通报 / 进展情况 / 报告). One
 * place, so no page of a 巡察 report says 巡视.
 */
import { t } from '../../i18n/zh-CN.ts';
import type { InspectionKind, ReportData, TextKind } from '../../schemas/report.ts';
import { chineseDate } from './dates.ts';

/** What the dictionary's {kind} and {textKind} become on a page. */
export type Words = {
  kind: InspectionKind | '巡视巡察';
  /** The word for the text itself: 通报, 报告; an interim 进展情况 is a 通报 too. */
  textKind: '通报' | '报告';
};

/** The words of one report. */
export function reportWords(r: Pick<ReportData, 'kind' | 'textKind'>): Words {
  return { kind: r.kind, textKind: textWord(r.textKind) };
}

/** The words of site-level pages, which speak of all reports. */
export function siteWords(kinds: readonly InspectionKind[]): Words {
  const set = new Set(kinds);
  return { kind: set.size === 1 ? ([...set][0] ?? '巡视巡察') : '巡视巡察', textKind: '通报' };
}

function textWord(k: TextKind): '通报' | '报告' {
  return k === '报告' ? '报告' : '通报';
}

/** The report's problems counted as it prints the count (3个方面12个具体问题, 3项9个问题), else by its problem pages (12个问题). */
export function problemsText(r: Pick<ReportData, 'problemCount' | 'problemsStated'>): string {
  return r.problemsStated ?? t('archive.problems', { count: r.problemCount });
}

/** The inspection as far as the report says: "省委第九巡视组于2022年4月16日至2022年6月30日开展巡视，2022年8月10日反馈巡视意见"; null when it says nothing. */
export function inspectionSummary(r: Pick<ReportData, 'kind' | 'inspection'>): string | null {
  const { team, start, end, feedback } = r.inspection;
  const kind = r.kind;
  const parts: string[] = [];
  if (start && end) parts.push(t('report.inspectionSpan', { team: team ?? '', start: chineseDate(start), end: chineseDate(end), kind }));
  else if (team) parts.push(t('report.inspectionTeam', { team, kind }));
  if (feedback) parts.push(t('report.inspectionFeedback', { feedback: chineseDate(feedback), kind }));
  return parts.length > 0 ? parts.join(t('report.inspectionJoin')) : null;
}
