/**
 * Rates: a percentage the text names — 组建率达80.44%, 占比51.2%, 占全区总量
 * 32.12%, 完成总工程量的80%, and a list read with 分别 (沿河、东桥一期、太宇…
 * 分别完成总工程量的80%、75%、70%) when the list and the percentages are as
 * many. Only 完成率 and 完成…的Z% are completion; 占比, 覆盖率, 满意率 are
 * rates of something else. A percentage named by nothing (后10%), a weight
 * (考评占比60%) or 分别 without a list of as many names: nothing.
 */
import { usable, type Mention } from './mentions.ts';
import { asOf, clauseAt, clauseOf, labelFrom, nounOf, subjectBefore, type Draft, type Para } from './paragraph.ts';
import { siteLabel } from './text.ts';

/** The word that names a rate, right before its percentage: 组建率达, 占比, 比重, 收集率已提升至. */
const RATE_WORD =
  /(率|占比|比重|比例)(?:已经|已)?(?:达到了|达到|达|为|是|提升至|提高至|提升到|提高到|上升至|上升到|增至|降至|下降至|下降到|降低至|降低到)?$/;
/** 占全区总量32.12%, 占规上工业总产值比重43.98%. */
const SHARE_OF = /占([^，,。；;、]{1,15}?)(?:的)?(?:比重|比例)?(?:为|达到|达)?$/;
/** 完成总工程量的80%, 完成市交计划的92.3%. */
const DONE_OF = /完成([^，,。；;、]{1,12}?)的$/;
/** Rates that are rules, not results: a weight in an assessment, a ranking threshold. */
const NOT_A_RESULT = /考评|考核|权重|分值|评分|排名|预估|预计|目标/;
/** A change, not a rate: 占比下降4%, 同比增长12.82% (changes.ts reads those). */
const CHANGE_END = /(?:增长|增加|上升|提升|提高|下降|减少|降低|回落|压减|下滑)了?$/;
/** Rates of completion. */
const COMPLETION_WORD = /完成率|办结率|整改率|销号率/;

interface Named {
  /** Where the quote starts. */
  start: number;
  label: string;
  ofCompletion: boolean;
}

/** What a percentage is a rate of, from the words before it; undefined when nothing names it. */
function named(p: Para, z: Mention, ci: number): Named | undefined {
  const c = p.clauses[ci];
  if (!c) return undefined;
  const before = p.text.slice(c.start, z.start);
  // Other numbers of the clause are facts of their own (产值252.1亿元、占比…); a threshold (50万元以上村) is part of the name.
  const others = p.mentions.filter((m) => m.numStart >= c.start && m.numEnd <= z.start && usable(m));
  const word = RATE_WORD.exec(before);
  if (word) {
    const end = c.start + word.index + (word[1]?.length ?? 0);
    const own = labelFrom(p, c.start, c.start + word.index, others);
    const ofCompletion = COMPLETION_WORD.test(p.text.slice(c.start, end));
    if (own) return { start: c.start, label: labelFrom(p, c.start, end, others) as string, ofCompletion };
    // 占比51.2% alone in its clause: of what the clause before it counts.
    const subject = subjectBefore(p, ci);
    if (!subject) return undefined;
    return { start: subject.start, label: siteLabel(subject.label + (word[1] ?? '')), ofCompletion };
  }
  const share = SHARE_OF.exec(before) ?? DONE_OF.exec(before);
  if (!share) return undefined;
  const ofCompletion = share[0].startsWith('完成');
  const phrase = siteLabel(share[0].replace(/(?:的|为|达到|达)+$/, ''));
  const own = labelFrom(p, c.start, c.start + share.index, others);
  if (own) return { start: c.start, label: siteLabel(own + phrase), ofCompletion };
  const subject = subjectBefore(p, ci);
  return subject ? { start: subject.start, label: siteLabel(subject.label + phrase), ofCompletion } : undefined;
}

/** Rates of one paragraph; `used` are the mentions other proposals already claim (a progress's completion rate). */
export function rateDrafts(p: Para, used: ReadonlySet<number>): Draft[] {
  const out: Draft[] = [];
  const listed = new Set<number>();
  // 分别: a list of names and as many percentages.
  p.clauses.forEach((c, ci) => {
    const at = c.text.indexOf('分别');
    if (at === -1) return;
    const zs = p.mentions.flatMap((m, i) => (m.kind === 'percent' && m.numStart > c.start + at && m.numEnd <= c.end ? [i] : []));
    if (zs.length < 2) return;
    const first = p.mentions[zs[0] as number] as Mention;
    const lastZ = p.mentions[zs.at(-1) as number] as Mention;
    // Only the percentages and 、 after the first: 80%、75%、70%.
    if (
      !/^(?:[、\s]*[0-9\uFF10-\uFF19.\uFF0E]+\s*[%\uFF05])+$/.test(p.text.slice(first.end, lastZ.end)) ||
      zs.some((i) => (p.mentions[i] as Mention).excluded)
    )
      return;
    const word = p.text.slice(c.start + at + 2, first.start).replace(/(?:的|为|达到|达)+$/, '');
    if (!/^(?:完成|占)/.test(word) && !RATE_WORD.test(word)) return;
    // The names: before 分别 in this clause, else the clause before.
    const own = p.text.slice(c.start, c.start + at);
    const source = own.includes('、')
      ? { start: c.start, text: own }
      : ci > 0 && p.clauses[ci - 1]?.sentence === c.sentence
        ? { start: (p.clauses[ci - 1] as (typeof p.clauses)[number]).start, text: (p.clauses[ci - 1] as (typeof p.clauses)[number]).text }
        : undefined;
    if (!source) return;
    const items = source.text.split('、');
    if (items.length !== zs.length) return;
    const lastNoun = nounOf(p, {
      start: source.start,
      end: source.start + source.text.length,
      text: items.at(-1) ?? '',
      sentence: c.sentence,
    });
    const names = [...items.slice(0, -1).map((x) => siteLabel(x)), lastNoun?.label];
    if (names.some((n) => !n || /[0-9\uFF10-\uFF19]/.test(n))) return;
    zs.forEach((zi, n) => {
      const z = p.mentions[zi] as Mention;
      listed.add(zi);
      out.push({
        metric: {
          kind: 'rate',
          label: siteLabel(`${names[n]}${word}`),
          unit: '%',
          ...asOf(p, source.start, lastZ.end),
          quote: p.text.slice(source.start, lastZ.end),
          percent: z.value,
          ...(word.startsWith('完成') ? { ofCompletion: true } : {}),
          proposed: true,
        },
        uses: [{ mention: zi, role: 'percent' }],
        start: source.start,
      });
    });
  });
  p.mentions.forEach((z, zi) => {
    if (z.kind !== 'percent' || z.excluded || used.has(zi) || listed.has(zi)) return;
    const ci = clauseAt(p, z.numStart);
    const c = clauseOf(p, z);
    if (NOT_A_RESULT.test(c.text) || c.text.includes('分别') || CHANGE_END.test(p.text.slice(c.start, z.start))) return;
    const n = named(p, z, ci);
    if (!n) return;
    out.push({
      metric: {
        kind: 'rate',
        label: n.label,
        unit: '%',
        ...asOf(p, n.start, z.end),
        quote: p.text.slice(n.start, z.end),
        percent: z.value,
        ...(n.ofCompletion ? { ofCompletion: true } : {}),
        ...(z.qualifier ? { qualifier: z.qualifier } : {}),
        proposed: true,
      },
      uses: [{ mention: zi, role: 'percent' }],
      start: n.start,
    });
  });
  return out;
}
