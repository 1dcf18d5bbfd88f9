/**
 * What a figure says and how it is laid out, decided once: the words beside
 * the bar, whether a bar is drawn and which, the computed-value label and
 * note, the legend of a breakdown, the quote. The figure components and the
 * rates overview only render what these return (as withastro/docs'
 * tutorial/geometry.ts feeds its small progress component).
 */
import { t } from '../../i18n/zh-CN.ts';
import type { Metric } from '../../schemas/metric.ts';
import { progressGeometry, type ProgressGeometry, type SegmentPattern } from '../charts/bar.ts';
import { changeWord, chartOf, splitQualifier, type CompletionItem, type MetricChart } from './view.ts';

/** One part of a breakdown in its legend: the swatch's pattern and the part's words. */
export interface LegendItem {
  /** Index of the part in the text's order; with the pattern it names the swatch's SVG pattern. */
  index: number;
  pattern: SegmentPattern;
  /** e.g. 已完工：1个 */
  text: string;
}

/** A figure as it is shown: every word already chosen, every number placed. */
export interface FigureView {
  id: string;
  kind: Metric['kind'];
  /** What is counted, as the editor wrote it. */
  label: string;
  /** The time as the text states it, in brackets ("（截至10月底）"), or "". */
  asOf: string;
  /** The main number or phrase (58.62%, 166件, 同比增长12.82%, 共58件，其中：). */
  value: string;
  /** Whether value is the figure's headline number (bold, larger) or a lead-in to a legend. */
  emphasis: boolean;
  /** The counts after a completion percentage ("34件（共58件）"), or "". */
  counts: string;
  /** True when the percentage is computed from printed numbers: shown with the 计算值 tag. */
  computed: boolean;
  /** How a computed percentage was worked out, or "". */
  note: string;
  /** The bar, if any: progress geometry or the stacked segments (drawn aria-hidden; the words above are its text). */
  chart: MetricChart;
  /** The parts of a breakdown, for the legend; [] otherwise. */
  legend: LegendItem[];
  /** The quote in quotation marks, exactly as printed inside them. */
  quote: string;
}

function valueOf(m: Metric, chart: MetricChart): { value: string; emphasis: boolean } {
  const q = splitQualifier(m.qualifier);
  switch (m.kind) {
    case 'progress':
      return { value: chart.type === 'progress' ? chart.completion.display : '', emphasis: true };
    case 'rate':
      return { value: chart.type === 'progress' ? chart.completion.display : t('metrics.rate', { percent: m.percent }), emphasis: true };
    case 'breakdown':
      return { value: t('metrics.breakdownTotal', { total: m.total, unit: m.unit }), emphasis: false };
    case 'amount':
    case 'count':
      return {
        value: t('metrics.value', { value: `${m.value}${q.inner}`, unit: m.unit, qualifierBefore: q.before, qualifierAfter: q.after }),
        emphasis: true,
      };
    case 'change': {
      const direction = changeWord(m.quote, m.direction, m.value) ?? t(m.direction === 'up' ? 'metrics.change.up' : 'metrics.change.down');
      return {
        value: t('metrics.changeValue', {
          basis: m.basis ?? '',
          direction,
          value: `${q.before}${m.value}${q.inner}`,
          unit: `${m.unit}${q.after}`,
        }),
        emphasis: true,
      };
    }
  }
}

/** Everything a figure shows, from its metric. */
export function figureView(m: Metric): FigureView {
  const chart = chartOf(m);
  const computed = chart.type === 'progress' && chart.completion.source === 'computed';
  return {
    id: m.id,
    kind: m.kind,
    label: m.label,
    asOf: m.asOf ? t('metrics.asOf', { asOf: m.asOf }) : '',
    ...valueOf(m, chart),
    counts: m.kind === 'progress' ? t('metrics.progressValue', { done: m.done, total: m.total, unit: m.unit }) : '',
    computed,
    note: computed && m.kind === 'progress' ? t('metrics.computedNote', { done: m.done, total: m.total }) : '',
    chart,
    legend:
      chart.type === 'stacked'
        ? chart.segments.map((s) => ({
            index: s.index,
            pattern: s.pattern,
            text: t('metrics.part', { label: s.label, value: s.value, unit: m.unit }),
          }))
        : [],
    quote: t('metrics.quoted', { quote: m.quote }),
  };
}

/** A completion rate in the overview: its link text, bar and numbers. */
export interface RateView {
  /** Stable id across the site: section/metric. */
  id: string;
  /** Site path with fragment, base not included (sections/17/#m1). */
  path: string;
  /** 第17项 生态环境治理和监管不扎实：中央环保督察交办信访件… */
  linkText: string;
  geometry: ProgressGeometry;
  /** The percentage as shown (stated precision, or one decimal when computed). */
  display: string;
  computed: boolean;
  /** "34件（共58件）" for progress metrics, "" for rates. */
  counts: string;
}

/** What the overview shows for one completion rate. */
export function rateView({ record, completion }: CompletionItem): RateView {
  const m = record.metric;
  return {
    id: `${record.section}/${m.id}`,
    path: record.path,
    linkText:
      record.section === 0
        ? t('metrics.rateItemReport', { label: m.label })
        : t('metrics.rateItem', { n: record.section, title: record.sectionTitle, label: m.label }),
    geometry: progressGeometry(completion.percent / 100),
    display: completion.display,
    computed: completion.source === 'computed',
    counts: m.kind === 'progress' ? t('metrics.progressValue', { done: m.done, total: m.total, unit: m.unit }) : '',
  };
}

/** One item of a measure's figure list: a figure, and a breakdown of the same numbers shown as its legend rather than again. */
export interface FigureGroupItem {
  view: FigureView;
  /** A breakdown that repeats this progress figure's count (same quote, total and unit, one part its done count). */
  merged?: FigureView | undefined;
}

/** The figures after one measure, compact: each once, one permalink and one list of quotes for the group. */
export interface FigureGroupView {
  items: FigureGroupItem[];
  /** The measure's permalink ("#m1"), or "" when the figures follow an unnumbered paragraph. */
  fragment: string;
  /** Each distinct quote once, with the figures it backs and how a computed percentage was worked out. */
  quotes: { labels: string[]; quote: string; notes: string[] }[];
}

/** Whether breakdown b says again what progress p says: the same numbers from the same words. */
function repeats(p: Metric, b: Metric): boolean {
  if (p.kind !== 'progress' || b.kind !== 'breakdown') return false;
  if (b.total !== p.total || b.unit !== p.unit || b.asOf !== p.asOf) return false;
  if (!b.parts.some((part) => part.value === p.done)) return false;
  return b.quote.includes(p.quote) || p.quote.includes(b.quote);
}

/** The view of the figures placed after one measure (they share its permalink), in the order given. */
export function figureGroup(metrics: readonly Metric[], fragment: string): FigureGroupView {
  const mergedInto = new Map<string, Metric>();
  for (const b of metrics) {
    const p = metrics.find((m) => repeats(m, b) && ![...mergedInto.values()].includes(b));
    if (p && !mergedInto.has(p.id)) mergedInto.set(p.id, b);
  }
  const absorbed = new Set([...mergedInto.values()].map((b) => b.id));
  const items = metrics
    .filter((m) => !absorbed.has(m.id))
    .map((m) => {
      const b = mergedInto.get(m.id);
      return { view: figureView(m), merged: b ? figureView(b) : undefined };
    });
  const quotes: FigureGroupView['quotes'] = [];
  for (const m of metrics) {
    const v = figureView(m);
    const same = quotes.find((q) => q.quote === v.quote);
    if (same) {
      same.labels.push(v.label);
      if (v.note) same.notes.push(v.note);
    } else quotes.push({ labels: [v.label], quote: v.quote, notes: v.note ? [v.note] : [] });
  }
  return { items, fragment, quotes };
}
