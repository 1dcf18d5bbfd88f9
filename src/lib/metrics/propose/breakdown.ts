/**
 * Breakdowns: a whole and the parts the text splits it into — 新增学位1540个,
 * 其中…1000个,…360个,…180个; 25个小区…1个已完工、2个正在扫尾、22个已进场施工.
 * Proposed only when at least two parts that follow the whole in the same
 * sentence, in the same unit, add up to it exactly (every such number, or
 * every one but the done numbers of a part: 其中一般隐患6231项,已整改5388项,
 * 重大隐患10项). Parts that do not add up are not a breakdown: nothing.
 */
import type { Mention } from './mentions.ts';
import { isDone } from './progress.ts';
import { asOf, clauseAt, clauseOf, countable, labelFrom, type Draft, type Para } from './paragraph.ts';
import { meaningful, siteLabel, withoutSpans } from './text.ts';

/** Words a part's label leaves off its start (其中, 其余, 目前…): what remains names the part. */
const PART_LEAD = /^(?:其中|其余|剩余|目前|现|共有|共|对其中|将其中|已有|有)+/;
/** Where the words after a part's number stop naming it: a reason or a means. */
const PART_STOP = /由于|因为|因|通过|经|、/;

/** A part's label: the words before its number in its clause, else the words after it (1个已完工); 查实的5条问题线索 takes both. */
export function partLabel(p: Para, m: Mention): string | undefined {
  const c = clauseOf(p, m);
  const nextNumber = p.mentions.find((o) => o.numStart > m.numStart && o.numStart < c.end);
  // Parts listed with 、 in one clause (党委建制8个、党总支建制188个): a part's words start after the one before.
  const prevEnd = Math.max(
    c.start,
    ...p.mentions.filter((o) => o.end <= m.start && o.end > c.start && o.kind !== 'other' && !o.excluded).map((o) => o.end),
    c.start + p.text.slice(c.start, m.start).lastIndexOf('、') + 1,
  );
  const rawBefore = withoutSpans(p.text.slice(prevEnd, m.start), prevEnd, p.asOfs).replace(/^、/, '').replace(PART_LEAD, '');
  let after = p.text.slice(m.end, nextNumber ? nextNumber.start : c.end);
  const stop = PART_STOP.exec(after);
  if (stop) after = after.slice(0, stop.index);
  const [b, a] = [siteLabel(rawBefore), siteLabel(after)];
  if (meaningful(b) && /的$/.test(rawBefore) && meaningful(a)) return siteLabel(rawBefore + after);
  // 1个已完工, 将其中33个调整为党委建制: the words after the number name the part.
  if (m.numberFirst && meaningful(a)) return a;
  if (meaningful(b)) return b;
  if (meaningful(a)) return a;
  // 其余4个由于…: the rest, as printed.
  const rest = /(其余|剩余)$/.exec(p.text.slice(prevEnd, m.start));
  if (rest) return rest[1];
  return undefined;
}

/** Breakdowns of one paragraph. */
export function breakdownDrafts(p: Para): Draft[] {
  const out: Draft[] = [];
  p.mentions.forEach((t, ti) => {
    if (!countable(t) || t.qualifier || isDone(p, ti)) return;
    const tc = clauseAt(p, t.numStart);
    const sentence = p.clauses[tc]?.sentence;
    const after = p.mentions.flatMap((m, i) =>
      i > ti && countable(m) && m.unit === t.unit && p.clauses[clauseAt(p, m.numStart)]?.sentence === sentence ? [i] : [],
    );
    if (after.length < 2) return;
    // The first part follows the whole at once: no number of another clause stands between them.
    const firstClause = clauseAt(p, (p.mentions[after[0] as number] as Mention).numStart);
    if (p.mentions.some((m) => countable(m) && clauseAt(p, m.numStart) > tc && clauseAt(p, m.numStart) < firstClause)) return;
    const sumTo = (list: number[]) => {
      let sum = 0;
      for (let n = 0; n < list.length; n++) {
        sum = Math.round((sum + (p.mentions[list[n] as number] as Mention).value) * 1e6) / 1e6;
        if (sum === t.value) return n >= 1 ? list.slice(0, n + 1) : undefined;
        if (sum > t.value) return undefined;
      }
      return undefined;
    };
    const parts = sumTo(after) ?? sumTo(after.filter((i) => !isDone(p, i)));
    if (!parts || parts.some((i) => (p.mentions[i] as Mention).qualifier)) return;
    const c = p.clauses[tc];
    if (!c) return;
    const lastPart = p.mentions[parts.at(-1) as number] as Mention;
    // A part named after its number (22个已进场施工) keeps its words in the quote.
    const lastClause = clauseOf(p, lastPart);
    const named = lastPart.numberFirst
      ? Math.min(
          lastClause.end,
          ...[p.text.indexOf('、', lastPart.end)].filter((x) => x !== -1),
          ...p.mentions.filter((o) => o.numStart > lastPart.end).map((o) => o.start),
        )
      : lastPart.end;
    const last = { end: named };
    // What the whole counts: the words before it (新增学位1540个), or around it up to the first part (25个小区雨污分流改造1个已完工).
    const first = p.mentions[parts[0] as number] as Mention;
    const label = t.numberFirst
      ? labelFrom(p, c.start, first.numStart < c.end ? first.start : c.end, [t])
      : labelFrom(p, c.start, t.start, []);
    const labels = parts.map((i) => partLabel(p, p.mentions[i] as Mention));
    if (!label || labels.some((l) => l === undefined)) return;
    out.push({
      metric: {
        kind: 'breakdown',
        label,
        unit: t.unit,
        ...asOf(p, c.start, last.end),
        quote: p.text.slice(c.start, last.end),
        total: t.value,
        parts: parts.map((i, n) => ({ label: labels[n] as string, value: (p.mentions[i] as Mention).value })),
        proposed: true,
      },
      uses: [{ mention: ti, role: 'total' }, ...parts.map((i) => ({ mention: i, role: 'part' as const }))],
      start: c.start,
    });
  });
  return out;
}
