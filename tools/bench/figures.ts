/**
 * What the figure proposer (src/lib/metrics/propose/) gets right on a report
 * whose figures an editor typed by hand: recall (a hand-typed figure is
 * recalled when a proposal of the same kind with the same numbers quotes
 * overlapping words of the same paragraph), and the proposals that
 * contradict a hand-typed figure. Two figures concern the same printed
 * number when both claim it (the number of their quotes, located in the
 * paragraph); a proposal matched by no hand-typed figure contradicts one
 * when it gives such a number an incompatible role: done where the editor
 * has a total, a change of another direction or measure, a completion rate
 * where the editor has a rate of something else, an amount where the editor
 * has a count. A compatible but different reading (a count where the editor
 * typed done = total) is listed apart, as are proposals on percentages the
 * editor's allowlist keeps out of the figures. compareFigures is pure;
 * shippedSections reads the shipped report.
 */
import type { Metric } from '../../src/schemas/metric.ts';
import { claimedNumbers, numbersIn } from '../../src/lib/metrics/numbers.ts';
import { claimsOf, compatibleRoles } from '../../src/lib/metrics/propose/claims.ts';
import { readFolders } from '../../src/lib/content/folders.ts';
import { readContentFiles } from '../../src/lib/content/files.ts';
import { importReport } from '../../src/lib/import/run.ts';
import { ownParagraphs } from '../../src/lib/import/propose.ts';
import { TO_REVIEW } from '../../src/lib/metrics/review.ts';

/** One problem (or the report's own paragraphs, number 0) with both sets of figures. */
export interface FigureSection {
  number: number;
  paragraphs: readonly string[];
  hand: readonly Metric[];
  proposed: readonly Metric[];
  /** Allowlist contexts with a real reason (not the importer's 待核对). */
  excluded?: readonly string[];
}

/** A figure and where it stands. */
export interface Located {
  section: number;
  metric: Metric;
}

export interface FigureComparison {
  /** Hand-typed figures by kind: how many, how many recalled. */
  byKind: { kind: Metric['kind']; hand: number; recalled: number }[];
  hand: number;
  recalled: number;
  proposed: number;
  /** Proposals that match a hand-typed figure. */
  matched: number;
  missed: Located[];
  contradictions: { proposal: Located; hand: Located; number: string }[];
  /** Proposals that read a hand-typed figure's number differently but compatibly. */
  otherReadings: { proposal: Located; hand: Located }[];
  /** Proposals on a percentage the allowlist keeps out with a reason. */
  againstAllowlist: Located[];
}

const KINDS: Metric['kind'][] = ['progress', 'amount', 'count', 'change', 'rate', 'breakdown'];

/** The span of a quote in its paragraph: paragraph index and offsets, or undefined. */
function spanOf(paragraphs: readonly string[], quote: string): { p: number; start: number; end: number } | undefined {
  const p = paragraphs.findIndex((x) => x.includes(quote));
  if (p === -1) return undefined;
  const start = (paragraphs[p] as string).indexOf(quote);
  return { p, start, end: start + quote.length };
}

/** The numbers a figure states, by field, as one comparable key. */
function numbersKey(m: Metric): string {
  const extra = m.kind === 'change' ? `${m.direction}:${m.measure}` : m.kind === 'rate' ? String(m.ofCompletion === true) : '';
  return `${m.kind}|${claimedNumbers(m)
    .map((c) => `${c.field}=${c.value}`)
    .join(',')}|${extra}`;
}

function overlaps(paragraphs: readonly string[], a: string, b: string): boolean {
  const x = spanOf(paragraphs, a);
  const y = spanOf(paragraphs, b);
  return !!x && !!y && x.p === y.p && x.start < y.end && y.start < x.end;
}

/** Compares the proposals with the hand-typed figures, section by section. */
export function compareFigures(sections: readonly FigureSection[]): FigureComparison {
  const missed: Located[] = [];
  const contradictions: FigureComparison['contradictions'] = [];
  const otherReadings: FigureComparison['otherReadings'] = [];
  const againstAllowlist: Located[] = [];
  const recalledByKind = new Map<Metric['kind'], number>();
  const handByKind = new Map<Metric['kind'], number>();
  let matched = 0;
  let proposed = 0;
  for (const s of sections) {
    const same = (a: Metric, b: Metric) => numbersKey(a) === numbersKey(b) && overlaps(s.paragraphs, a.quote, b.quote);
    for (const h of s.hand) {
      handByKind.set(h.kind, (handByKind.get(h.kind) ?? 0) + 1);
      if (s.proposed.some((p) => same(p, h))) recalledByKind.set(h.kind, (recalledByKind.get(h.kind) ?? 0) + 1);
      else missed.push({ section: s.number, metric: h });
    }
    for (const p of s.proposed) {
      proposed++;
      if (s.hand.some((h) => same(p, h))) {
        matched++;
        continue;
      }
      const mine = claimsOf(p, s.paragraphs);
      for (const h of s.hand) {
        const theirs = claimsOf(h, s.paragraphs);
        const shared = mine.filter((c) => theirs.some((t) => t.at === c.at));
        if (shared.length === 0) continue;
        const clash = shared.find((c) => !theirs.some((t) => t.at === c.at && compatibleRoles(t.role, c.role)));
        if (clash)
          contradictions.push({ proposal: { section: s.number, metric: p }, hand: { section: s.number, metric: h }, number: clash.at });
        else otherReadings.push({ proposal: { section: s.number, metric: p }, hand: { section: s.number, metric: h } });
      }
      const percents = numbersIn(p.quote).filter((n) => n.percent);
      if (
        percents.length > 0 &&
        (s.excluded ?? []).some(
          (ctx) =>
            overlaps(s.paragraphs, ctx, p.quote) && percents.some((n) => ctx.includes(`${n.text}%`) || ctx.includes(`${n.text}\uFF05`)),
        )
      ) {
        againstAllowlist.push({ section: s.number, metric: p });
      }
    }
  }
  const byKind = KINDS.map((kind) => ({ kind, hand: handByKind.get(kind) ?? 0, recalled: recalledByKind.get(kind) ?? 0 }));
  return {
    byKind,
    hand: byKind.reduce((n, k) => n + k.hand, 0),
    recalled: byKind.reduce((n, k) => n + k.recalled, 0),
    proposed,
    matched,
    missed,
    contradictions,
    otherReadings,
    againstAllowlist,
  };
}

/** The comparison as the lines of a table and lists, for the bench's output. */
export function formatComparison(c: FigureComparison): string[] {
  const pct = (a: number, b: number) => (b === 0 ? '—' : `${((a / b) * 100).toFixed(1)}%`);
  const show = (l: Located) => `  第${l.section}项 ${l.metric.kind} ${l.metric.id}: ${l.metric.quote}`;
  return [
    'kind        hand  recalled  recall',
    ...c.byKind.map(
      (k) => `${k.kind.padEnd(10)} ${String(k.hand).padStart(5)} ${String(k.recalled).padStart(9)} ${pct(k.recalled, k.hand).padStart(7)}`,
    ),
    `${'all'.padEnd(10)} ${String(c.hand).padStart(5)} ${String(c.recalled).padStart(9)} ${pct(c.recalled, c.hand).padStart(7)}`,
    '',
    `proposals: ${c.proposed}; matching a hand-typed figure: ${c.matched}; contradicting one: ${c.contradictions.length}; other readings of a hand-typed number: ${c.otherReadings.length}; on a percentage the allowlist keeps out: ${c.againstAllowlist.length}`,
    ...(c.contradictions.length > 0
      ? [
          'contradictions:',
          ...c.contradictions.map(
            (x) => `${show(x.proposal)}\n    ≠ hand ${x.hand.metric.kind} ${x.hand.metric.id}: ${x.hand.metric.quote}`,
          ),
        ]
      : []),
    ...(c.againstAllowlist.length > 0 ? ['on percentages the allowlist keeps out:', ...c.againstAllowlist.map(show)] : []),
    ...(c.otherReadings.length > 0
      ? ['other readings:', ...c.otherReadings.map((x) => `${show(x.proposal)}\n    ~ hand ${x.hand.metric.kind} ${x.hand.metric.id}`)]
      : []),
    ...(c.missed.length > 0 ? ['missed:', ...c.missed.map(show)] : []),
  ];
}

/**
 * The shipped report's sections for the comparison: the editor's figures and
 * paragraphs from content/reports/<slug>/, the proposals from importing its
 * source.txt with the importer (src/lib/import/run.ts), as `npm run import` would.
 */
export function shippedSections(root: string, slug: string): FigureSection[] {
  const { reports } = readFolders(readContentFiles(root));
  const folder = reports.find((r) => r.slug === slug);
  if (!folder?.source || !folder.report?.data)
    throw new Error(`${slug}: 找不到这份通报 / no such report with a source and report.yaml under ${root}/content/reports/`);
  const outcome = importReport(folder.source.content, 'source.txt', { slug });
  if (!outcome.ok)
    throw new Error(`${slug}: 导入失败 / the importer refused the source: ${outcome.checkErrors || JSON.stringify(outcome.problems)}`);
  const excluded = (folder.allowlist?.data?.entries ?? []).filter((e) => e.reason !== TO_REVIEW);
  const own = ownParagraphs(folder.report.data.body);
  return [
    {
      number: 0,
      paragraphs: own,
      hand: folder.report.data.figures,
      proposed: outcome.parsed.report.figures,
      excluded: excluded.filter((e) => e.section === 0).map((e) => e.context),
    },
    ...folder.sections.map((s) => ({
      number: s.data.number,
      paragraphs: s.paragraphs,
      hand: s.data.metrics,
      proposed: outcome.parsed.sections.find((x) => x.data.number === s.data.number)?.data.metrics ?? [],
      excluded: excluded.filter((e) => e.section === s.data.number).map((e) => e.context),
    })),
  ];
}
