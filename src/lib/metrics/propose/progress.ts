/**
 * Progress: done of a stated total. Three readings, each only where the
 * words leave no doubt which number is done and which is the total:
 *
 * - a stated completion rate that equals done ÷ total at its printed
 *   precision (22家…已清零16家、完成率72.73%): the arithmetic confirms the pair;
 * - a total, then 已完成/已整改/办结… and the done number in the same or the
 *   next clause (46项重点工作任务已完成33项, 受理信访举报件21件,已办结13件),
 *   the total alone in its clause;
 * - a number, then 均已整改到位 / 已全部完成 (done = total).
 *
 * Two candidate totals, a hedged number (近, 余), or a stated rate that
 * disagrees with the numbers: nothing is proposed, and the words are listed
 * for the editor.
 */
import { ratioPercent, roundAt } from '../numbers.ts';
import { PLANNED, type Clause } from './text.ts';
import type { Mention } from './mentions.ts';
import { asOf, clauseAt, clauseOf, countable, countablesIn, labelFrom, type Draft, type Para, type Unclear } from './paragraph.ts';

/** 已完成, 已整改, 累计整改完成, 已经盘活… right before the done number. */
const DONE_BEFORE =
  /(?:已经|已|累计|已累计|现已|均已)(?:整改)?(?:完成|办结|清零|盘活|销号|化解|解决|整改|追回|收回|清退|拆除|关停|取缔|处置|接管|处理)(?:整改|完毕|到位)?(?:了)?$/;
/** A clause that is only the done verb: 办结46件, 整改完成12个. */
const DONE_ALONE = /^(?:办结|整改完成|完成整改|整改到位|销号)$/;
/** 已有34件…基本到位: the done number first, the verb after it in the clause. */
const DONE_AFTER = /^[^，,。；;]{0,20}?(?:完成|到位|办结|销号)/;
/** All of them done: 均已整改到位, 已全部整改完成, 全部通过整改, 已全部完成. */
const ALL_DONE =
  /(?:均已|均已经|已全部|已经全部|全部已|均|全部)(?:整改)?(?:完成|到位|办结|销号|清零|通过整改|整改完成|整改到位)|(?:均已|全部)整改(?=[，,。；;]|$)/;
/** A completion rate phrase right before its percentage: 完成率72.73%, 整改完成率达58.62%, 完成57.9%. */
const RATE_BEFORE = /(?:(?:整改)?完成率|办结率|整改率|销号率)(?:已)?(?:达到|达|为|是)?$|完成$/;

/** True when the mention is a done number: 已完成33项, 办结46件, 已有34件…到位. */
export function isDone(p: Para, i: number): boolean {
  const m = p.mentions[i] as Mention;
  const c = clauseOf(p, m);
  const before = p.text.slice(c.start, m.start);
  if (DONE_BEFORE.test(before) || DONE_ALONE.test(before)) return true;
  return /已有$/.test(before) && DONE_AFTER.test(p.text.slice(m.end, c.end));
}

/** The completion-rate percentage that follows a done number in its clause or the next one, and where its phrase starts. */
export function rateAfter(p: Para, i: number): { index: number; phraseStart: number } | undefined {
  const m = p.mentions[i] as Mention;
  const next = p.mentions.findIndex((x, k) => k > i && x.kind === 'percent');
  const z = p.mentions[next];
  if (!z || clauseAt(p, z.numStart) > clauseAt(p, m.numStart) + 1) return undefined;
  const c = p.clauses[clauseAt(p, z.numStart)];
  if (!c) return undefined;
  const from = Math.max(c.start, m.end);
  const gap = p.text.slice(from, z.start);
  const phrase = RATE_BEFORE.exec(gap);
  if (!phrase) return undefined;
  // Between the done number and the rate phrase: nothing, or the words of a done number printed first (已有34件信访件…基本到位).
  const between = gap.slice(0, phrase.index).replace(/[、，,\s]+$/, '');
  if (between.length > 0 && (!DONE_AFTER.test(between) || /[0-9\uFF10-\uFF19]/.test(between) || !isDone(p, i))) return undefined;
  // The label stops before the rate phrase and the separator before it.
  return { index: next, phraseStart: from + between.length };
}

/** The one total a done number is of: the nearest countable number before it, same unit, alone in its clause, in the same or the previous clause. */
function totalFor(p: Para, i: number): { total?: number; unclear?: string; from?: number } {
  const y = p.mentions[i] as Mention;
  const yc = clauseAt(p, y.numStart);
  const sentence = p.clauses[yc]?.sentence;
  for (let k = i - 1; k >= 0; k--) {
    const x = p.mentions[k] as Mention;
    const xc = clauseAt(p, x.numStart);
    if (p.clauses[xc]?.sentence !== sentence || xc < yc - 1) return {};
    if (!countable(x) || x.unit !== y.unit) continue;
    const clause = p.clauses[xc] as Clause;
    const others = countablesIn(p, clause).filter((o) => o !== k && o !== i);
    const from = clause.start;
    if (others.length > 0) return { unclear: '总数所在分句有多个数字，不能确定总数 / more than one number where the total stands', from };
    if (x.qualifier || y.qualifier) return { unclear: '数字带有“近、约、余、多”等限定词 / a hedged number', from };
    if (x.value < y.value) return {};
    return { total: k };
  }
  return {};
}

/** Progress figures of one paragraph. */
export function progressDrafts(p: Para): { drafts: Draft[]; unclear: Unclear[]; contested: number[] } {
  const drafts: Draft[] = [];
  const unclear: Unclear[] = [];
  // Percentages whose reading is in doubt (a stated rate that disagrees): no other rule may propose them.
  const contested: number[] = [];
  const unit = (i: number) => p.mentions[i]?.unit ?? '';
  const push = (total: number, done: number, percent: { index: number; phraseStart: number } | undefined, end: number) => {
    const x = p.mentions[total] as Mention;
    const y = p.mentions[done] as Mention;
    const start = clauseOf(p, x).start;
    const z = percent ? p.mentions[percent.index] : undefined;
    const label = labelFrom(p, start, z ? (percent?.phraseStart ?? end) : end, [x, ...(total === done ? [] : [y])]);
    if (!label) return;
    drafts.push({
      metric: {
        kind: 'progress',
        label,
        unit: unit(total),
        ...asOf(p, start, end),
        quote: p.text.slice(start, end),
        done: y.value,
        total: x.value,
        ...(z ? { percent: z.value } : {}),
        proposed: true,
      },
      uses: [
        { mention: total, role: 'total' },
        ...(total === done ? [] : [{ mention: done, role: 'done' as const }]),
        ...(percent ? [{ mention: percent.index, role: 'percent' as const }] : []),
      ],
      start,
    });
  };

  // A done number, its total, and the completion rate if one follows.
  p.mentions.forEach((y, i) => {
    if (!countable(y) || !isDone(p, i) || PLANNED.test(clauseOf(p, y).text)) return;
    const { total, unclear: why, from } = totalFor(p, i);
    if (why) unclear.push({ text: p.text.slice(from ?? clauseOf(p, y).start, y.end), reason: why });
    if (total === undefined) return;
    const x = p.mentions[total] as Mention;
    const rate = rateAfter(p, i);
    const z = rate ? p.mentions[rate.index] : undefined;
    if (rate && z) {
      if (roundAt(ratioPercent(y.value, x.value), z.decimals) !== z.value) {
        unclear.push({
          text: p.text.slice(clauseOf(p, x).start, z.end),
          reason: '原文完成率与已完成数÷总数不符 / the stated rate disagrees with done ÷ total',
        });
        contested.push(rate.index);
        return;
      }
      push(total, i, rate, z.end);
    } else push(total, i, undefined, y.end);
  });

  // A completion rate that confirms a pair the words alone did not give (500家…中有383家企业达到序时目标、完成76.6%).
  p.mentions.forEach((z, zi) => {
    if (z.kind !== 'percent' || z.excluded || drafts.some((d) => d.uses.some((u) => u.mention === zi))) return;
    const c = clauseOf(p, z);
    const phrase = RATE_BEFORE.exec(p.text.slice(c.start, z.start));
    if (!phrase) return;
    const sentence = c.sentence;
    const cands: [number, number][] = [];
    for (let a = 0; a < zi; a++) {
      for (let b = a + 1; b < zi; b++) {
        const x = p.mentions[a] as Mention;
        const y = p.mentions[b] as Mention;
        if (!countable(x) || !countable(y) || x.unit !== y.unit || x.qualifier || y.qualifier) continue;
        if (clauseOf(p, x).sentence !== sentence || clauseAt(p, y.numStart) < clauseAt(p, z.numStart) - 1) continue;
        // The total alone in its clause (besides the done number): 问题15个、隐患20个 names two totals.
        if (countablesIn(p, clauseOf(p, x)).some((o) => o !== a && o !== b)) continue;
        if (y.value <= x.value && x.value > 0 && roundAt(ratioPercent(y.value, x.value), z.decimals) === z.value) cands.push([a, b]);
      }
    }
    if (cands.length > 1)
      unclear.push({ text: c.text, reason: '完成率可由多组数字算得，不能确定 / more than one pair of numbers gives the stated rate' });
    if (cands.length !== 1) return;
    const [a, b] = cands[0] as [number, number];
    const phraseStart = c.start + phrase.index;
    // The label stops before the rate phrase and the 、 before it.
    push(a, b, { index: zi, phraseStart }, z.end);
  });

  // All done: 排查隐患1846项,均已整改到位 / 28座桥梁已全部完成….
  for (const c of p.clauses) {
    const all = ALL_DONE.exec(c.text);
    // 确保10个问题全部整改到位 is a goal, not a state.
    if (!all || PLANNED.test(c.text)) continue;
    const at = c.start + all.index;
    const here = countablesIn(p, c).filter((i) => (p.mentions[i] as Mention).end <= at);
    const prev = p.clauses[p.clauses.indexOf(c) - 1];
    const there =
      here.length === 0 && prev && prev.sentence === c.sentence && p.text.slice(c.start, at).trim().length <= 4
        ? countablesIn(p, prev)
        : [];
    const candidates = here.length > 0 ? here : there;
    const inClause = countablesIn(p, here.length > 0 ? c : (prev ?? c));
    if (candidates.length !== 1 || inClause.length !== 1) {
      if (candidates.length > 1)
        unclear.push({
          text: p.text.slice((here.length > 0 ? c : (prev ?? c)).start, c.end),
          reason: '“均已/全部”前有多个数字，不能确定所指 / more than one number before 均已/全部',
        });
      continue;
    }
    const k = candidates[0] as number;
    const x = p.mentions[k] as Mention;
    if (x.qualifier || drafts.some((d) => d.uses.some((u) => u.mention === k))) continue;
    push(k, k, undefined, at + (all[0]?.length ?? 0));
  }

  // One pair, one figure: a pair found twice (by the verb and by the rate) keeps the one with its percentage;
  // a done number given two different totals keeps the one the stated rate confirms, else none.
  const key = (d: Draft) =>
    d.uses
      .filter((u) => u.role !== 'percent')
      .map((u) => u.mention)
      .join(',');
  const hasPercent = (d: Draft) => d.uses.some((u) => u.role === 'percent');
  const byPair = new Map<string, Draft>();
  for (const d of drafts) {
    const before = byPair.get(key(d));
    if (!before || (hasPercent(d) && !hasPercent(before))) byPair.set(key(d), d);
  }
  const kept = [...byPair.values()];
  const doneOf = (d: Draft) => d.uses.find((u) => u.role === 'done')?.mention;
  return {
    drafts: kept.filter((d) => {
      const rivals = kept.filter((o) => o !== d && doneOf(o) !== undefined && doneOf(o) === doneOf(d));
      return rivals.length === 0 || (hasPercent(d) && !rivals.some(hasPercent));
    }),
    unclear,
    contested,
  };
}
