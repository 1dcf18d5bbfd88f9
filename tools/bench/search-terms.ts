/**
 * Which terms the bench searches for, taken from the indexed text of the
 * site it built (tools/bench/indexed-text.ts), so it is tied to no report: a term
 * on every page (the costliest common search, like 整改 in a rectification
 * report), two terms on a few pages (like 招商引资 and 岭家庄), and a term
 * found nowhere, shown absent from the text itself. Issue 13's own terms
 * are used only for a role the text offers no term for, and only when the
 * text holds them. Pure and deterministic: the same text gives the same terms.
 */

export type TermRole = 'every' | 'mid' | 'nowhere';

export interface PickedTerm {
  role: TermRole;
  term: string;
  /** Indexed pages whose text holds the term. */
  pages: number;
  /** How it was chosen, for the printed table. */
  why: string;
}

/** Issue 13's terms, the fallback for a role the text gives no term for. */
export const ISSUE_TERMS: { every: readonly string[]; mid: readonly string[] } = { every: ['整改'], mid: ['招商引资', '岭家庄'] };

/** "A few pages": at most a tenth of the indexed pages (at least 2). */
export const fewPages = (total: number) => Math.max(2, Math.floor(total / 10));

const HAN = /^\p{Script=Han}+$/u;
const isHan = (s: string) => HAN.test(s);

/** Identical texts counted once, with how many pages hold them (a synthetic archive is copies). */
function distinct(texts: readonly string[]): { text: string; n: number }[] {
  const m = new Map<string, number>();
  for (const t of texts) m.set(t, (m.get(t) ?? 0) + 1);
  return [...m].map(([text, n]) => ({ text, n }));
}

interface Gram {
  gram: string;
  /** Pages holding it. */
  df: number;
  /** Times it occurs in all pages. */
  tf: number;
}

/** Every run of `len` Han characters in the texts, with its page and occurrence counts. */
export function hanGrams(texts: readonly string[], len: number): Gram[] {
  const df = new Map<string, number>();
  const tf = new Map<string, number>();
  for (const { text, n } of distinct(texts)) {
    const chars = [...text];
    const seen = new Set<string>();
    for (let i = 0; i + len <= chars.length; i++) {
      const g = chars.slice(i, i + len).join('');
      if (!isHan(g)) continue;
      seen.add(g);
      tf.set(g, (tf.get(g) ?? 0) + n);
    }
    for (const g of seen) df.set(g, (df.get(g) ?? 0) + n);
  }
  return [...df].map(([gram, d]) => ({ gram, df: d, tf: tf.get(gram) ?? 0 }));
}

/** More pages first, then more occurrences, then code-point order. */
const byCost = (a: Gram, b: Gram) => b.df - a.df || b.tf - a.tf || (a.gram < b.gram ? -1 : a.gram > b.gram ? 1 : 0);

/** How many of the texts hold term (texts and term compared as given: fold both first). */
export function pagesWith(texts: readonly string[], term: string): number {
  let n = 0;
  for (const t of texts) if (t.includes(term)) n++;
  return n;
}

/**
 * Two characters, each among the most common of the text, that never stand
 * next to each other in it, in that order, even with whitespace removed
 * (so no run of the index can hold them in a row): a search every page
 * is a candidate for by its characters, and none matches. Pairs are tried
 * in order of the two characters' rank sum, so the commonest absent pair wins.
 */
export function absentTerm(texts: readonly string[]): string | null {
  const chars = hanGrams(texts, 1)
    .sort(byCost)
    .map((g) => g.gram);
  const pairs = new Set<string>();
  for (const { text } of distinct(texts)) {
    const c = [...text.replace(/\s+/gu, '')];
    for (let i = 0; i + 1 < c.length; i++) pairs.add((c[i] as string) + (c[i + 1] as string));
  }
  const k = Math.min(chars.length, 200);
  for (let sum = 1; sum <= 2 * k - 3; sum++)
    for (let i = 0; i <= sum && i < k; i++) {
      const j = sum - i;
      if (j >= k || i === j) continue;
      const term = (chars[i] as string) + (chars[j] as string);
      if (!pairs.has(term)) return term;
    }
  return null;
}

/**
 * The terms to search for, from the folded indexed texts of every indexed
 * page: "every" — the two-character term on every page (on the most pages
 * when none is on all), the most used; "mid" — a four- and a three-character
 * term on a few pages (fewPages), the most common such, neither part of the
 * other or of the "every" term; "nowhere" — absentTerm. A role the text has
 * no candidate for takes issue 13's term when the text holds it, else is left out.
 */
export function pickSearchTerms(texts: readonly string[]): PickedTerm[] {
  if (texts.length === 0) throw new Error('no indexed pages to take search terms from');
  const total = texts.length;
  const picked: PickedTerm[] = [];
  const issueTerm = (role: 'every' | 'mid', fits: (pages: number) => boolean): PickedTerm | null => {
    for (const term of ISSUE_TERMS[role]) {
      if (picked.some((p) => p.term.includes(term) || term.includes(p.term))) continue;
      const pages = pagesWith(texts, term);
      if (pages > 0 && fits(pages))
        return {
          role,
          term,
          pages,
          why: `issue 13's term (the text has no ${role === 'every' ? 'two-character term' : 'term'} fitting better)`,
        };
    }
    return null;
  };

  const bigrams = hanGrams(texts, 2).sort(byCost);
  const everywhere = bigrams.find((g) => g.df === total);
  const every = everywhere
    ? {
        role: 'every' as const,
        term: everywhere.gram,
        pages: everywhere.df,
        why: 'two-character term on every indexed page, the most used',
      }
    : (issueTerm('every', () => true) ??
      (bigrams[0]
        ? {
            role: 'every' as const,
            term: bigrams[0].gram,
            pages: bigrams[0].df,
            why: 'no term is on every page: the two-character term on the most pages',
          }
        : null));
  if (!every) throw new Error('no Chinese text in the indexed pages to take search terms from');
  picked.push(every);

  const few = fewPages(total);
  for (const len of [4, 3]) {
    const g = hanGrams(texts, len)
      .filter((x) => x.df >= 2 && x.df <= few && !picked.some((p) => p.term.includes(x.gram) || x.gram.includes(p.term)))
      .sort(byCost)[0];
    const mid = g
      ? {
          role: 'mid' as const,
          term: g.gram,
          pages: g.df,
          why: `${len}-character term on a few pages (≤ ${few} of ${total}), the most common such`,
        }
      : issueTerm('mid', (n) => n < total);
    if (mid) picked.push(mid);
  }

  const absent = absentTerm(texts);
  if (absent) picked.push({ role: 'nowhere', term: absent, pages: 0, why: 'two common characters never adjacent in the text' });
  return picked;
}

/** Terms given on the command line (--terms), each with the role its page count gives it in this text. */
export function classifyTerms(texts: readonly string[], terms: readonly string[], fold: (s: string) => string = (s) => s): PickedTerm[] {
  return terms.map((term) => {
    const pages = pagesWith(texts, fold(term));
    const role: TermRole = pages === 0 ? 'nowhere' : pages === texts.length ? 'every' : 'mid';
    return { role, term, pages, why: 'given with --terms' };
  });
}

/** Labels for metric keys: the role, numbered when the role occurs more than once (every, mid1, mid2, nowhere). */
export function termLabels(terms: readonly { role: TermRole }[]): string[] {
  const count = new Map<TermRole, number>();
  for (const t of terms) count.set(t.role, (count.get(t.role) ?? 0) + 1);
  const seen = new Map<TermRole, number>();
  return terms.map((t) => {
    const k = (seen.get(t.role) ?? 0) + 1;
    seen.set(t.role, k);
    return (count.get(t.role) ?? 0) > 1 ? `${t.role}${k}` : t.role;
  });
}
