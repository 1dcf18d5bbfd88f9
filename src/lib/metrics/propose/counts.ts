/**
 * Counts and amounts: one number of a clause with the words that say what it
 * counts — 立案查处环境违法行为166件, 新增就业1100多人, 追回违规资金120万元,
 * or the number first, 对9个指标进行建议调整、取消. Money, area and length
 * are amounts; meetings, trainings and other events (次, 场, 期) are left
 * out, being effort rather than result. Nothing where the clause holds more
 * than one number, where the number is one of each (均为12个, 分别, 每户), a part
 * after 其中/其余 of a number already given, or a done number whose total
 * was unclear.
 */
import { isDone } from './progress.ts';
import { asOf, clauseOf, countablesIn, labelFrom, qualifierOf, type Draft, type Para } from './paragraph.ts';
import { PLANNED, type Clause } from './text.ts';

/**
 * The stretch of a clause that is about one number: the clause when it holds
 * only that number, else its piece between 、 when every piece holds at most
 * one (新签约…项目69个、计划总投资126亿元); undefined when numbers share a piece.
 */
function pieceOf(p: Para, c: Clause, i: number): Clause | undefined {
  const numbers = countablesIn(p, c);
  if (numbers.length === 1) return c;
  const pieces: Clause[] = [];
  let start = c.start;
  let depth = 0;
  for (let k = c.start; k <= c.end; k++) {
    const ch = p.text[k] ?? '';
    if (ch === '\u201C' || ch === '(' || ch === '\uFF08') depth++;
    else if ((ch === '\u201D' || ch === ')' || ch === '\uFF09') && depth > 0) depth--;
    if (k === c.end || (ch === '、' && depth === 0)) {
      pieces.push({ start, end: k, text: p.text.slice(start, k), sentence: c.sentence });
      start = k + 1;
    }
  }
  if (pieces.some((x) => countablesIn(p, x).length > 1)) return undefined;
  const m = p.mentions[i];
  return pieces.find((x) => m !== undefined && m.numStart >= x.start && m.numEnd <= x.end);
}

/** Counts and amounts of one paragraph; `used` are mentions other proposals claim. */
export function countDrafts(p: Para, used: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  p.mentions.forEach((m, i) => {
    if (used.has(i) || (m.kind !== 'count' && m.kind !== 'amount') || m.excluded) return;
    const c = pieceOf(p, clauseOf(p, m), i);
    if (!c || /分别|均为|各|每/.test(c.text) || PLANNED.test(c.text) || isDone(p, i)) return;
    // A part of a number already given: 其中…, 其余… after a number of the same unit in the sentence.
    const sentenceStart = p.clauses.find((x) => x.sentence === c.sentence)?.start ?? 0;
    const lead = p.text.slice(sentenceStart, m.start);
    const partWord = Math.max(lead.lastIndexOf('其中'), lead.lastIndexOf('其余'));
    if (
      partWord !== -1 &&
      p.mentions.some((o) => o !== m && o.unit === m.unit && o.numStart >= sentenceStart && o.numEnd <= sentenceStart + partWord)
    )
      return;
    const label = m.numberFirst ? labelFrom(p, c.start, c.end, [m]) : labelFrom(p, c.start, m.start, []);
    if (!label) return;
    const end = m.numberFirst ? c.end : m.end;
    out.push({
      metric: {
        kind: m.kind,
        label,
        unit: m.unit,
        ...asOf(p, c.start, end),
        quote: p.text.slice(c.start, end),
        value: m.value,
        ...qualifierOf(m),
        proposed: true,
      },
      uses: [{ mention: i, role: 'value' }],
      start: c.start,
    });
  });
  return out;
}
