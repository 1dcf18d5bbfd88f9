/**
 * The importer's one call to the figure proposer: a parsed report in, the
 * same report with proposed figures out — each problem's `metrics` from its
 * paragraphs, and report.yaml's `figures` from the report's own paragraphs
 * (preamble, organisation, the problems part's intro, next steps) added to
 * the summary counts parse.ts reads. Every figure the importer writes is
 * marked `proposed: true` for an editor to review. Pure; kept apart from
 * parsing and writing so either can change without touching it.
 */
import type { Metric } from '../../schemas/metric.ts';
import type { ReportPart } from '../../schemas/report.ts';
import { claimsOf } from '../metrics/propose/claims.ts';
import { proposeMetrics, type Unclear } from '../metrics/propose/index.ts';
import type { ParsedReport } from './parse.ts';

/** What the proposer saw in a problem (0: the report's own paragraphs) but did not propose. */
export interface UnclearFigure extends Unclear {
  section: number;
}

/** The report's own paragraphs a figure may quote: every part's words but headings, title, contact and signature. */
export function ownParagraphs(body: readonly ReportPart[]): string[] {
  return body.flatMap((p) => {
    if (p.type === 'preamble') return p.paragraphs;
    if (p.type === 'organisation' || p.type === 'nextSteps') return [...p.intro, ...p.points];
    if (p.type === 'problems') return [...p.intro, ...p.categories.flatMap((c) => c.intro)];
    return [];
  });
}

/** Adds proposals to figures already there, leaving out any that reads a number another figure already claims. */
function merge(existing: readonly Metric[], proposed: readonly Metric[], paragraphs: readonly string[]): Metric[] {
  const claimed = new Set(existing.flatMap((m) => claimsOf(m, paragraphs).map((c) => c.at)));
  return [...existing, ...proposed.filter((m) => !claimsOf(m, paragraphs).some((c) => claimed.has(c.at)))];
}

/** The report with every figure the text states proposed, and what was left for the editor. */
export function withProposedFigures(parsed: ParsedReport): { parsed: ParsedReport; unclear: UnclearFigure[] } {
  const unclear: UnclearFigure[] = [];
  const sections = parsed.sections.map((s) => {
    const existing = s.data.metrics.map((m) => ({ ...m, proposed: true }));
    const found = proposeMetrics(s.paragraphs, { number: s.data.number, taken: existing.map((m) => m.id) });
    unclear.push(...found.unclear.map((u) => ({ ...u, section: s.data.number })));
    return { ...s, data: { ...s.data, metrics: merge(existing, found.metrics, s.paragraphs) } };
  });
  const own = ownParagraphs(parsed.report.body);
  const summary = parsed.report.figures.map((m) => ({ ...m, proposed: true }));
  const found = proposeMetrics(own, { number: 0, taken: summary.map((m) => m.id) });
  unclear.push(...found.unclear.map((u) => ({ ...u, section: 0 })));
  return { parsed: { ...parsed, sections, report: { ...parsed.report, figures: merge(summary, found.metrics, own) } }, unclear };
}
