/**
 * Proposes the figures a text states, in the metric schema, for an editor to
 * review: paragraphs in, metrics out (each marked `proposed: true`), plus
 * what was seen but not read with certainty. Precision first: each rule
 * proposes only where the words leave no doubt, and every proposal is run
 * through the schema and the content check's own functions
 * (checkSectionMetrics: quote in one paragraph, every number printed in it,
 * qualifier and as-of printed, arithmetic) and dropped if it fails, so the
 * importer can never write a figure the build would refuse.
 */
import { metricSchema, type Metric } from '../../../schemas/metric.ts';
import { checkSectionMetrics } from '../check.ts';
import { breakdownDrafts } from './breakdown.ts';
import { changeDrafts } from './changes.ts';
import { countDrafts } from './counts.ts';
import { readPara, type Draft, type Unclear } from './paragraph.ts';
import { progressDrafts } from './progress.ts';
import { rateDrafts } from './rates.ts';

export type { Unclear } from './paragraph.ts';

export interface Proposal {
  metrics: Metric[];
  /** Words read but not proposed (two totals, a rate that disagrees…): for the editor. */
  unclear: Unclear[];
}

/** Every draft of one paragraph, each printed number claimed by at most one reading of each role. */
export function draftsOf(text: string): { drafts: Draft[]; unclear: Unclear[] } {
  const p = readPara(text);
  const progress = progressDrafts(p);
  const breakdowns = breakdownDrafts(p);
  const usedBy = (ds: readonly Draft[]) => new Set(ds.flatMap((d) => d.uses.map((u) => u.mention)));
  const structural = [...progress.drafts, ...breakdowns];
  const rates = rateDrafts(p, new Set([...usedBy(structural), ...progress.contested]));
  const changes = changeDrafts(p, usedBy([...structural, ...rates]));
  const counts = countDrafts(p, usedBy([...structural, ...rates, ...changes]));
  return { drafts: [...structural, ...rates, ...changes, ...counts].sort((a, b) => a.start - b.start), unclear: progress.unclear };
}

/** An id for the site and the data files: the kind and its number within the section (progress-1, count-2). */
function idFor(kind: string, taken: Set<string>): string {
  let n = 1;
  while (taken.has(`${kind}-${n}`)) n++;
  const id = `${kind}-${n}`;
  taken.add(id);
  return id;
}

/**
 * Proposes the figures of one section (or of a report's own paragraphs),
 * checked as the build checks them. `taken` are ids already in use there.
 */
export function proposeMetrics(paragraphs: readonly string[], options: { number?: number; taken?: readonly string[] } = {}): Proposal {
  const metrics: Metric[] = [];
  const unclear: Unclear[] = [];
  const taken = new Set(options.taken ?? []);
  paragraphs.forEach((text, at) => {
    const found = draftsOf(text);
    unclear.push(...found.unclear);
    for (const d of found.drafts) {
      // A quote also printed in an earlier paragraph would be shown (and checked) there: not this figure.
      if (paragraphs.findIndex((p) => p.includes(d.metric.quote)) !== at) continue;
      const parsed = metricSchema.safeParse({ ...d.metric, id: idFor(d.metric.kind, new Set(taken)) });
      if (!parsed.success) continue;
      const check = checkSectionMetrics({ file: '', number: options.number ?? 0, paragraphs: [...paragraphs], metrics: [parsed.data] });
      if (check.errors.length > 0 || check.warnings.length > 0) continue;
      taken.add(parsed.data.id);
      metrics.push(parsed.data);
    }
  });
  return { metrics, unclear };
}
