/**
 * The data page's table of figures: one row per figure, every cell in words
 * a reader can read (the figure's own label, its number as the problem page
 * shows it, its time as printed), with links to its problem and to the
 * measure its quote stands in. The same records and the same words as the
 * problem pages (figure.ts) and the data files (rows.ts).
 */
import { t } from '../../i18n/zh-CN.ts';
import { figureView } from './figure.ts';
import type { MetricRecord } from './view.ts';

/** One row of the table, ready to render. */
export interface FigureRow {
  /** data-metric-id of the figure, as on its problem page. */
  id: string;
  /** 第N项 and the problem's title. */
  problem: string;
  /** Site path of the problem page (base not included). */
  problemPath: string;
  label: string;
  /** The number as shown beside the measure, with its counts for a completion. */
  value: string;
  /** The time as printed (截至10月底), or "". */
  asOf: string;
  /** Site path of the measure holding the quote (base not included). */
  quotePath: string;
}

/** The rows of the table, in the order of the records (printed order). */
export function figureRows(records: readonly MetricRecord[]): FigureRow[] {
  return records.map((r) => {
    const v = figureView(r.metric);
    return {
      id: r.metric.id,
      problem: r.section === 0 ? t('data.reportPart') : t('section.pageTitle', { n: r.section, title: r.sectionTitle }),
      problemPath: r.path.split('#')[0] ?? r.path,
      label: v.label,
      value: [v.value, v.counts].filter((s) => s !== '').join(' '),
      asOf: r.metric.asOf ?? '',
      quotePath: r.path,
    };
  });
}
