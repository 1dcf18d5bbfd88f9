/**
 * One paragraph as every proposal rule reads it: its clauses, its numbers
 * (mentions.ts) and as-of points, and the few questions the rules share —
 * which clause holds a number, what a clause counts, where a quote starts —
 * answered once here.
 */
import type { Metric } from '../../../schemas/metric.ts';
import { readMarker } from '../../numbering/markers.ts';
import { mentionsIn, usable, type Mention } from './mentions.ts';
import { asOfFor, asOfsIn, clausesOf, headingAsOfs, meaningful, siteLabel, withoutSpans, type AsOf, type Clause } from './text.ts';

export interface Para {
  text: string;
  clauses: Clause[];
  mentions: Mention[];
  /** The as-of points that head a clause (text.ts headingAsOfs): a figure's time, and words its label leaves out. */
  asOfs: AsOf[];
}

/** A metric without its id: ids are given once every proposal of a section is known. */
export type DraftMetric = Metric extends infer M ? (M extends Metric ? Omit<M, 'id'> : never) : never;

/** What a proposal claims a printed number is. */
export type Role = 'total' | 'done' | 'part' | 'value' | 'percent' | 'change';

/** A proposed figure before it is checked: its metric and the numbers of the paragraph it uses. */
export interface Draft {
  metric: DraftMetric;
  uses: { mention: number; role: Role }[];
  /** Where its quote starts in the paragraph: proposals are listed in the text's order. */
  start: number;
}

/** Something the proposer saw but could not read with certainty: for the editor, never for the site. */
export interface Unclear {
  /** The words concerned, verbatim. */
  text: string;
  /** Why nothing was proposed, Chinese / English. */
  reason: string;
}

/** Reads a paragraph once for all rules. */
export function readPara(text: string): Para {
  // A measure's marker ((1), 1., 一是) is the page's numbering, not words of a figure: the first clause starts after it.
  const marker = readMarker(text)?.label.length ?? 0;
  const clauses = clausesOf(text).flatMap((c) =>
    c.end <= marker ? [] : c.start < marker ? [{ ...c, start: marker, text: text.slice(marker, c.end) }] : [c],
  );
  return { text, clauses, mentions: mentionsIn(text), asOfs: headingAsOfs(asOfsIn(text), clauses, text) };
}

/** Index of the clause holding an offset (separators belong to the clause before them). */
export function clauseAt(p: Para, offset: number): number {
  const i = p.clauses.findIndex((c) => offset < c.end);
  return i === -1 ? p.clauses.length - 1 : i;
}

/** The clause of a mention. */
export function clauseOf(p: Para, m: Mention): Clause {
  return p.clauses[clauseAt(p, m.numStart)] as Clause;
}

/** Mentions that can be a count or an amount. */
export function countable(m: Mention): boolean {
  return usable(m) && (m.kind === 'count' || m.kind === 'amount');
}

/** Indices of the countable mentions inside a clause. */
export function countablesIn(p: Para, c: Clause): number[] {
  return p.mentions.flatMap((m, i) => (countable(m) && m.numStart >= c.start && m.numEnd <= c.end ? [i] : []));
}

/** The as-of point of a quote, as printed in its sentence. */
export function asOf(p: Para, from: number, to: number): { asOf?: string } {
  const a = asOfFor(p.asOfs, p.clauses, from, to);
  return a ? { asOf: a } : {};
}

/** Longer than this, a label is a sentence, not a name: nothing is proposed (the editor can still type the figure). */
export const MAX_LABEL = 32;

/**
 * A label from the paragraph's words between two offsets, without the given
 * numbers and without the as-of points (shown beside the label), fillers
 * trimmed; undefined when too little is left to say what is counted.
 */
export function labelFrom(p: Para, from: number, to: number, drop: readonly { start: number; end: number }[]): string | undefined {
  const spans = [...drop, ...p.asOfs.filter((a) => a.start >= from && a.end <= to)];
  const label = siteLabel(withoutSpans(p.text.slice(from, to), from, spans));
  return meaningful(label) && label.length <= MAX_LABEL ? label : undefined;
}

/** The hedge of a mention, as a metric field. */
export function qualifierOf(m: Mention): { qualifier?: string } {
  return m.qualifier ? { qualifier: m.qualifier } : {};
}

/** Where a noun phrase stops and its verb starts: 兴梁公寓已基本完成… → 兴梁公寓. */
const VERB_START = /已|均|正在|基本|完成|实现|开展|进行|累计|同比|环比|较|比/;

/**
 * What the previous clause of the same sentence is about, for a clause that
 * names no subject of its own (占比51.2%, 同比增长12.82%, 完成总工程量的55%):
 * the words before its one number (实现亩均开票销售173.01万元), or, in a
 * clause with no number, its words up to the verb. Undefined when unclear.
 */
export function subjectBefore(p: Para, clause: number): { start: number; label: string; mention?: number } | undefined {
  const c = p.clauses[clause];
  const prev = p.clauses[clause - 1];
  if (!c || !prev || prev.sentence !== c.sentence) return undefined;
  const numbers = p.mentions.flatMap((m, i) => (m.numStart >= prev.start && m.numEnd <= prev.end && usable(m) ? [i] : []));
  if (numbers.length === 1) {
    const m = p.mentions[numbers[0] as number] as Mention;
    if ((m.kind !== 'count' && m.kind !== 'amount' && m.kind !== 'event') || m.numberFirst) return undefined;
    const label = labelFrom(p, prev.start, m.start, []);
    return label ? { start: prev.start, label, mention: numbers[0] as number } : undefined;
  }
  if (numbers.length > 0) return undefined;
  return nounOf(p, prev);
}

/** A clause's words up to its verb (its subject), as a label; undefined when too little is left. */
export function nounOf(p: Para, c: Clause): { start: number; label: string } | undefined {
  const words = withoutSpans(c.text, c.start, p.asOfs);
  // A verb inside quotes (“三比一提升”) is part of a name.
  const cut = VERB_START.exec(words.replace(/“[^”]*”/g, (q) => '\u25CB'.repeat(q.length)));
  if (cut?.index === 0) return undefined;
  const label = siteLabel(cut ? words.slice(0, cut.index) : words);
  // A number left in the words (not a quoted name like “12345”) would read as the figure's own.
  return meaningful(label) && label.length <= MAX_LABEL && !/[0-9\uFF10-\uFF19]/.test(label.replace(/“[^”]*”/g, ''))
    ? { start: c.start, label }
    : undefined;
}
