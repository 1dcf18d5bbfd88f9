/**
 * Summary counts a report states about itself — 指出4个方面9个具体问题,
 * 已完成整改7个、正在整改2个，整改完成率77.8% — read as typed report figures,
 * each with its quote from the paragraph that prints it (the same check as
 * the section metrics then proves every number is in the quote).
 */
import type { Metric } from '../../schemas/metric.ts';
import { arithmeticProblems } from '../metrics/check.ts';

const FOUND = /(?:指出|反馈|发现|梳理|交办|提出)[^。；;，,]{0,16}?(?:(\d+)个方面)?[^。；;\d]{0,4}(\d+)(个|项|条)(?:具体)?问题/;
const FOUND_AFTER = /(?:反馈|指出|发现|交办)()(?:[^。；;，,\d]{0,6})?问题(?:共)?(\d+)(个|项|条)/;
const DONE = /已(?:经)?(?:完成整改|整改完成|整改到位|完成|整改)(\d+)(个|项|条)/;
const RATE = /(?:整改)?完成率(?:为|达到?|是)?\s*(\d+(?:\.\d+)?)\s*[%\uFF05]/;
/** Tallies a summary may state: people held to account, rules made, money recovered. */
const TALLIES: readonly {
  id: string /** Used only if the quote has no words before its number. */;
  label: string;
  re: RegExp;
  kind: 'count' | 'amount';
}[] = [
  {
    id: 'held-to-account',
    label: '问责处理',
    re: /(?:追责问责|问责处理|问责|处理|处分|诫勉谈话)(?:了)?(?:相关)?(?:责任人|党员干部|干部)?(\d+)(人|名|人次)/,
    kind: 'count',
  },
  {
    id: 'rules-made',
    label: '建立完善制度',
    re: /(?:建章立制|建立健全制度|建立完善制度|出台制度|修订完善制度|制定完善制度|新建制度)(\d+)(项|个|件|条)/,
    kind: 'count',
  },
  {
    id: 'money-recovered',
    label: '追回挽回资金',
    re: /(?:追回|挽回|收回|清退)[^。；;，,\d]{0,8}(\d+(?:\.\d+)?)(万元|亿元|元)/,
    kind: 'amount',
  },
];

/** Reads the summary counts of the report's own paragraphs (preamble, parts, problem intros). */
export function readFigures(paragraphs: readonly string[]): Metric[] {
  const out: Metric[] = [];
  for (const p of paragraphs) {
    // 指出4个方面12个具体问题, or 反馈问题10个: the count and its unit in groups 2 and 3.
    const found = FOUND.exec(p) ?? FOUND_AFTER.exec(p);
    const done = DONE.exec(p);
    const rate = RATE.exec(p);
    if (found && !out.some((m) => m.id === 'problems-found')) {
      out.push({
        kind: 'count',
        id: 'problems-found',
        label: '反馈问题',
        unit: found[3] ?? '个',
        quote: found[0],
        value: Number(found[2]),
      });
    }
    if (done && !out.some((m) => m.id === 'problems-done')) {
      const total = found && (found[3] ?? '个') === done[2] && found.index < done.index ? Number(found[2]) : undefined;
      if (found && total !== undefined && Number(done[1]) <= total) {
        const end = Math.max(done.index + done[0].length, rate && rate.index > done.index ? rate.index + rate[0].length : 0);
        const quote = p.slice(found.index, end);
        const progress: Metric = {
          kind: 'progress',
          id: 'problems-done',
          label: '问题整改完成',
          unit: done[2] ?? '个',
          quote,
          done: Number(done[1]),
          total,
          ...(rate && rate.index > done.index ? { percent: Number(rate[1]) } : {}),
        };
        if (arithmeticProblems(progress).length === 0) out.push(progress);
      }
      if (!out.some((m) => m.id === 'problems-done'))
        out.push({
          kind: 'count',
          id: 'problems-done',
          label: '已完成整改',
          unit: done[2] ?? '个',
          quote: done[0],
          value: Number(done[1]),
        });
    }
    if (
      rate &&
      Number(rate[1]) <= 100 &&
      !out.some((m) => m.id === 'completion-rate' || (m.kind === 'progress' && m.quote.includes(rate[0])))
    ) {
      out.push({
        kind: 'rate',
        id: 'completion-rate',
        label: '整改完成率',
        unit: '%',
        quote: rate[0],
        percent: Number(rate[1]),
        ofCompletion: true,
      });
    }
    for (const t of TALLIES) {
      const m = t.re.exec(p);
      if (!m || out.some((x) => x.id === t.id)) continue;
      // The label is the printed words before the number, so it claims nothing the quote does not say.
      out.push({
        kind: t.kind,
        id: t.id,
        label: m[0].slice(0, m[0].indexOf(m[1] ?? '')) || t.label,
        unit: m[2] ?? '',
        quote: m[0],
        value: Number(m[1]),
      });
    }
  }
  return out;
}
