/**
 * Reading Lighthouse's JSON result: the four category scores, 0–100, and
 * the audits that kept a category below 100, for the audit report.
 */

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

interface LhrAudit {
  id: string;
  title: string;
  score: number | null;
  scoreDisplayMode?: string;
}
/** The part of a Lighthouse result (LHR) this module reads. */
export interface Lhr {
  finalDisplayedUrl?: string;
  runtimeError?: { code: string; message: string };
  categories: Partial<Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>>;
  audits: Record<string, LhrAudit>;
}

export interface PageScores {
  scores: Record<Category, number | null>;
  /** "category: audit title" for each weighted audit that did not pass. */
  failing: string[];
}

/** Scores (0–100, null when Lighthouse could not score) and failing audits of one result. */
export function readScores(lhr: Lhr): PageScores {
  const scores = {} as Record<Category, number | null>;
  const failing: string[] = [];
  for (const c of CATEGORIES) {
    const cat = lhr.categories[c];
    scores[c] = cat && cat.score !== null ? Math.round(cat.score * 100) : null;
    for (const ref of cat?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit && audit.score !== null && audit.score < 1)
        failing.push(`${c}: ${audit.title} (${Math.round(audit.score * 100)})`);
    }
  }
  return { scores, failing };
}

/** One line per page: name, then the four scores in CATEGORIES order. */
export function scoreTable(rows: { name: string; scores: Record<Category, number | null> | null; note?: string }[]): string {
  const width = Math.max(...rows.map((r) => r.name.length), 4);
  const header = `${'page'.padEnd(width)}  ${CATEGORIES.map((c) => c.padStart(16)).join('')}`;
  const lines = rows.map((r) =>
    r.scores
      ? `${r.name.padEnd(width)}  ${CATEGORIES.map((c) => String(r.scores?.[c] ?? '-').padStart(16)).join('')}`
      : `${r.name.padEnd(width)}  ${r.note ?? 'not scored'}`,
  );
  return [header, ...lines].join('\n');
}
