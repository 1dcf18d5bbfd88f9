/**
 * The open-data files: one row per metric, as JSON and as CSV (UTF-8 with a
 * byte-order mark so Excel opens it as UTF-8). The column list here is also
 * what the data page documents, so the two cannot drift apart.
 */
import type { Metric } from '../../schemas/metric.ts';
import { completionOfMetric, type MetricRecord } from './view.ts';

/** One documented column of the data files. */
export interface Column {
  key: string;
  /** The column's name in Chinese, shown before its key. */
  name: string;
  /** What the column holds, in Chinese, for the data page. */
  zh: string;
}

/** The columns of metrics.csv, in order; metrics.json rows carry the same keys. */
export const COLUMNS = [
  { key: 'report', name: '通报', zh: '通报（站内文件夹名，见各通报页面地址）' },
  { key: 'section', name: '问题编号', zh: '问题编号（1起）；0 为报告本身各部分（如开头的总体情况）所载的数据' },
  { key: 'section_title', name: '问题名称', zh: '问题名称' },
  { key: 'theme', name: '主题', zh: '主题' },
  { key: 'id', name: '数据编号', zh: '指标编号，同一问题内唯一' },
  { key: 'label', name: '数据名称', zh: '指标名称（编者所写，不超出原文）' },
  {
    key: 'kind',
    name: '数据类型',
    zh: '类型：progress 进展（已完成/总数）、amount 数额、count 数量、change 变化、rate 比率、breakdown 构成',
  },
  { key: 'value', name: '数值', zh: '数值（amount、count、change；breakdown 为总数）' },
  { key: 'done', name: '已完成数', zh: '已完成数（progress）' },
  { key: 'total', name: '总数', zh: '总数（progress、breakdown）' },
  { key: 'percent', name: '百分比', zh: '百分比（不含%号）：原文所载，或由原文数字计算' },
  { key: 'percent_source', name: '百分比来源', zh: 'stated 原文所载；computed 由已完成数÷总数计算（保留1位小数）；空为无' },
  { key: 'parts', name: '构成', zh: '构成（breakdown）：“名称=数值”，以“; ”分隔' },
  { key: 'direction', name: '变化方向', zh: '变化方向（change）：up 增长/提升，down 下降' },
  { key: 'measure', name: '变化口径', zh: '变化口径（change）：percent 百分比，points 百分点，absolute 绝对数' },
  { key: 'basis', name: '比较基准', zh: '比较基准（change），如 同比、较去年底' },
  { key: 'qualifier', name: '限定词', zh: '原文限定词，如 近、约、余、以上' },
  { key: 'unit', name: '单位', zh: '单位（原文）' },
  { key: 'as_of', name: '时间', zh: '时间口径（原文），如 截至10月底、1-9月' },
  { key: 'quote', name: '原文引文', zh: '原文引文，逐字摘自该问题正文' },
  { key: 'permalink', name: '原文位置', zh: '原文所在位置的站内链接（整改措施锚点）' },
] as const satisfies readonly Column[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export type Row = Record<ColumnKey, string>;

const num = (n: number | undefined) => (n === undefined ? '' : String(n));

/** The flat row of one metric; `href` turns a site path into a link (adds the base path). */
export function rowOf(record: MetricRecord, href: (path: string) => string): Row {
  const m: Metric = record.metric;
  const completion = completionOfMetric(m);
  const percent = m.kind === 'rate' ? m.percent : completion?.percent;
  return {
    report: record.report,
    section: String(record.section),
    section_title: record.sectionTitle,
    theme: record.theme ?? '',
    id: m.id,
    label: m.label,
    kind: m.kind,
    value: m.kind === 'amount' || m.kind === 'count' || m.kind === 'change' ? num(m.value) : m.kind === 'breakdown' ? num(m.total) : '',
    done: m.kind === 'progress' ? num(m.done) : '',
    total: m.kind === 'progress' || m.kind === 'breakdown' ? num(m.total) : '',
    percent: num(percent),
    percent_source: m.kind === 'rate' ? 'stated' : (completion?.source ?? ''),
    parts: m.kind === 'breakdown' ? m.parts.map((p) => `${p.label}=${p.value}`).join('; ') : '',
    direction: m.kind === 'change' ? m.direction : '',
    measure: m.kind === 'change' ? m.measure : '',
    basis: m.kind === 'change' ? (m.basis ?? '') : '',
    qualifier: m.qualifier ?? '',
    unit: m.unit,
    as_of: m.asOf ?? '',
    quote: m.quote,
    permalink: href(record.path),
  };
}

/** A whole cell that is a plain number: a spreadsheet reads it as that number, not as a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;
/** What makes a spreadsheet read a cell as a formula (OWASP, CSV injection): = + - @ tab or carriage return first. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula (=HYPERLINK(…),
 * =1+1, @SUM(1)) by putting ' before it, as OWASP recommends; the data page
 * says so. A plain number such as -5 is left alone. JSON is not affected.
 */
export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) && !PLAIN_NUMBER.test(value) ? `'${value}` : value;
}

/** One CSV cell: formula-neutralised, then quoted when it holds a comma, quote, or line break (RFC 4180). */
export function csvField(value: string): string {
  const safe = neutraliseFormula(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The CSV file: BOM, header of column keys, one CRLF-terminated line per row. */
export function toCsv(rows: readonly Row[]): string {
  const keys = COLUMNS.map((c) => c.key);
  const lines = [keys.join(','), ...rows.map((r) => keys.map((k) => csvField(r[k])).join(','))];
  return `\uFEFF${lines.map((l) => `${l}\r\n`).join('')}`;
}

/** A metric as the public files give it: without `proposed`, the importer's note to the editor. */
export function publicMetric(m: Metric): Omit<Metric, 'proposed'> {
  const { proposed: _staffOnly, ...rest } = m;
  return rest;
}

/** What the JSON says of a report. */
export interface JsonReport {
  slug: string;
  title: string;
  issuer: string;
  date?: string | undefined;
  kind: string;
}

/** What the JSON says of a report, from its data. */
export function jsonReport(slug: string, r: { title: string; issuer: string; date?: string | undefined; kind: string }): JsonReport {
  return { slug, title: r.title, issuer: r.issuer, ...(r.date ? { date: r.date } : {}), kind: r.kind };
}

/** The JSON file: the report(s) it covers, the columns, and the metrics with their report, section and link. */
export function toJson(reports: readonly JsonReport[], records: readonly MetricRecord[], href: (path: string) => string): string {
  return `${JSON.stringify(
    {
      reports,
      columns: COLUMNS,
      metrics: records.map((r) => {
        const completion = completionOfMetric(r.metric);
        return {
          report: r.report,
          section: r.section,
          sectionTitle: r.sectionTitle,
          theme: r.theme,
          permalink: href(r.path),
          ...(completion && completion.source === 'computed' ? { computedPercent: completion.percent } : {}),
          metric: publicMetric(r.metric),
        };
      }),
    },
    null,
    2,
  )}\n`;
}
