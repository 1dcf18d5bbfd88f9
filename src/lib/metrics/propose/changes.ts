/**
 * Changes: 同比增长12.82%, 较去年底提升11.81个百分点, 比去年增加837亩,
 * 同比下降约23%, 较去年同期减少12次. The direction is the printed verb's
 * (增长/提升/增加 up, 下降/减少/降低 down); the basis is printed before it or
 * left out; a change in a unit (not % or 个百分点) needs its basis. What
 * changed is the clause's own words, or what the clause before it counts.
 * A percent change of a percentage (利用率达40%,同比增长300%: 300% of the
 * rate or of what?), a signed number (增长-3.2%) or 分别 without a list:
 * nothing.
 */
import { PLANNED } from './text.ts';
import { usable, type Mention } from './mentions.ts';
import { asOf, clauseAt, clauseOf, labelFrom, subjectBefore, type Draft, type Para } from './paragraph.ts';

const UP = ['增长', '增加', '上升', '提升', '提高'];
const DOWN = ['下降', '减少', '降低', '回落', '压减', '下滑'];
/** The basis (同比, 较去年底, 比去年) and the verb, right before the number. */
const CHANGE_BEFORE = new RegExp(
  `(同比|环比|较[^，,。；;、0-9\\uFF10-\\uFF19]{1,8}?|比[^，,。；;、0-9\\uFF10-\\uFF19]{1,6}?)?(${[...UP, ...DOWN].join('|')})了?$`,
);

/** Changes of one paragraph; `used` are mentions other proposals claim. */
export function changeDrafts(p: Para, used: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  p.mentions.forEach((v, vi) => {
    if (v.excluded || used.has(vi) || !['percent', 'points', 'count', 'amount', 'event'].includes(v.kind)) return;
    const ci = clauseAt(p, v.numStart);
    const c = clauseOf(p, v);
    if (c.text.includes('分别') || PLANNED.test(c.text)) return;
    const before = p.text.slice(c.start, v.start);
    const m = CHANGE_BEFORE.exec(before);
    if (!m) return;
    const basis = m[1];
    const verb = m[2] ?? '';
    const measure = v.kind === 'percent' ? 'percent' : v.kind === 'points' ? 'points' : 'absolute';
    if (measure === 'absolute' && !basis) return;
    // What changed: the clause's own words before the basis, else the nearest number before it in this clause, else the clause before.
    const ownEnd = c.start + m.index;
    const earlier = p.mentions
      .map((x, i) => ({ x, i }))
      .filter(({ x }) => x.numStart >= c.start && x.numEnd <= ownEnd && !x.excluded && x.kind !== 'other');
    let subject: { start: number; label: string; of?: Mention } | undefined;
    if (earlier.length === 0) {
      const own = labelFrom(p, c.start, ownEnd, []);
      if (own) subject = { start: c.start, label: own };
      else {
        const s = subjectBefore(p, ci);
        // A percentage before it: the rate of which the change is the points (or an unclear percent of a percent).
        const prevRate = rateJustBefore(p, ci);
        if (prevRate) subject = prevRate;
        else if (s)
          subject = { start: s.start, label: s.label, ...(s.mention !== undefined ? { of: p.mentions[s.mention] as Mention } : {}) };
      }
    } else {
      const last = earlier.at(-1)?.x as Mention;
      if (last.kind === 'percent') {
        const rate = rateLabelOf(p, last);
        if (rate) subject = { ...rate, of: last };
      } else if ((last.kind === 'count' || last.kind === 'amount') && !last.numberFirst && earlier.length === 1) {
        const label = labelFrom(p, c.start, last.start, []);
        if (label) subject = { start: c.start, label, of: last };
      }
    }
    if (!subject) return;
    // 利用率达40%,同比增长300%: a percent change of a percentage could be of the rate or of the thing; unclear.
    if (measure === 'percent' && (subject.of?.kind === 'percent' || /率|占比|比重|比例/.test(subject.label))) return;
    out.push({
      metric: {
        kind: 'change',
        label: subject.label,
        unit: v.unit,
        ...asOf(p, subject.start, v.end),
        quote: p.text.slice(subject.start, v.end),
        direction: UP.includes(verb) ? 'up' : 'down',
        value: v.value,
        measure,
        ...(basis ? { basis } : {}),
        ...(v.qualifier ? { qualifier: v.qualifier } : {}),
        proposed: true,
      },
      uses: [{ mention: vi, role: 'change' }],
      start: subject.start,
    });
  });
  return out;
}

/** The rate a percentage names in its clause (占比51.2%), as a subject: its words up to the rate word. */
function rateLabelOf(p: Para, z: Mention): { start: number; label: string } | undefined {
  const c = clauseOf(p, z);
  const word = /(率|占比|比重|比例)[^，,。；;、]{0,6}$/.exec(p.text.slice(c.start, z.start));
  const share = /占[^，,。；;、]{1,15}$/.exec(p.text.slice(c.start, z.start));
  if (!word && !share) return undefined;
  const end = word ? c.start + word.index + (word[1]?.length ?? 0) : z.start;
  const others = p.mentions.filter((m) => m.numStart >= c.start && m.numEnd <= end && usable(m));
  const own = labelFrom(p, c.start, end, others);
  if (own && word && labelFrom(p, c.start, c.start + word.index, others)) return { start: c.start, label: own };
  const subject = subjectBefore(p, p.clauses.indexOf(c));
  const phrase = share ? p.text.slice(c.start + share.index, z.start).replace(/(?:的|为|达到|达)+$/, '') : (word?.[1] ?? '');
  return subject ? { start: subject.start, label: `${subject.label}${phrase}` } : undefined;
}

/** The clause right before, when its one number is a percentage: 车位利用率达40%, then 同比增长300%. */
function rateJustBefore(p: Para, ci: number): { start: number; label: string; of: Mention } | undefined {
  const prev = p.clauses[ci - 1];
  if (!prev || prev.sentence !== p.clauses[ci]?.sentence) return undefined;
  const nums = p.mentions.filter((m) => m.numStart >= prev.start && m.numEnd <= prev.end && !m.excluded && m.kind !== 'other');
  const last = nums.at(-1);
  if (last?.kind !== 'percent') return undefined;
  const rate = rateLabelOf(p, last);
  return rate ? { ...rate, of: last } : undefined;
}
