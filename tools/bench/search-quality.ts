/**
 * Search exactness against substring truth: a query must find exactly the
 * indexed pages whose (folded) text holds it. The query list and the
 * comparison are pure; tools/bench/search.ts runs the queries in chromium.
 */

export interface TermOutcome {
  term: string;
  /** Pages whose text holds the term (the truth). */
  expected: number;
  /** Pages the search found. */
  found: number;
  /** Found and expected. */
  common: number;
}

export interface QualitySummary {
  /** Queries checked. */
  terms: number;
  /** Indexed pages the truth was computed from. */
  pages: number;
  recall: number;
  precision: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** Queries whose pages differ from the truth: "term: expected E, found F, common C". */
  wrong: string[];
}

/** Compares what each query found (page urls) with the pages whose text holds it. */
export function compareWithTruth(
  pages: readonly { url: string; text: string }[],
  found: ReadonlyMap<string, readonly string[]>,
  fold: (s: string) => string,
): QualitySummary {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const wrong: string[] = [];
  for (const [term, urls] of found) {
    const q = fold(term);
    const expected = new Set(pages.filter((p) => p.text.includes(q)).map((p) => p.url));
    const got = new Set(urls);
    let common = 0;
    for (const u of got) if (expected.has(u)) common++;
    tp += common;
    fp += got.size - common;
    fn += expected.size - common;
    if (common !== expected.size || common !== got.size)
      wrong.push(`${term}: expected ${expected.size}, found ${got.size}, common ${common}`);
  }
  return {
    terms: found.size,
    pages: pages.length,
    // No page to find and none found is full recall and precision.
    recall: tp + fn === 0 ? 1 : tp / (tp + fn),
    precision: tp + fp === 0 ? 1 : tp / (tp + fp),
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    wrong,
  };
}

/**
 * `count` distinct substrings of 2–5 Han characters sampled from the texts
 * with a fixed seed (a linear congruential generator), so a run always
 * checks the same queries on the same site. Fewer when the text has fewer.
 */
export function sampleSubstrings(texts: readonly string[], count: number, seed = 7): string[] {
  let s = seed;
  const rnd = () => (s = (s * 1103515245 + 12345) % 2147483648) / 2147483648;
  const runs = [...new Set(texts)].flatMap((t) => t.match(/\p{Script=Han}{2,}/gu) ?? []).map((r) => [...r]);
  const out = new Set<string>();
  for (let tries = 0; out.size < count && runs.length > 0 && tries < count * 50; tries++) {
    const run = runs[Math.floor(rnd() * runs.length)] as string[];
    const len = 2 + Math.floor(rnd() * 4);
    if (run.length < len) continue;
    const at = Math.floor(rnd() * (run.length - len + 1));
    out.add(run.slice(at, at + len).join(''));
  }
  return [...out];
}

/** The queries to check: the given ones first, then the sampled ones, each once. */
export function qualityQueries(given: readonly string[], texts: readonly string[], sampled = 40): string[] {
  return [...new Set([...given, ...sampleSubstrings(texts, sampled)])].filter((t) => t.trim().length > 0);
}
