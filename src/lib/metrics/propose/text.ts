/**
 * The words around a figure: a paragraph cut into sentences and clauses
 * (offsets kept, text untouched), the as-of point a sentence states
 * (截至10月底, 1-9月, 8月以来), and labels made only of a quote's own words.
 */
import { FULL_WIDTH_OF } from '../../punctuation/halfwidth.ts';

/** One clause of a paragraph: text between ，,：: and the sentence's ends. */
export interface Clause {
  start: number;
  end: number;
  text: string;
  /** Index of its sentence (text between 。；;！？). */
  sentence: number;
}

const SENTENCE_END = /[。；;！？!?]/;
const CLAUSE_END = /[，,：:]/;

/** The clauses of a paragraph in order; separators belong to no clause. */
export function clausesOf(text: string): Clause[] {
  const out: Clause[] = [];
  let sentence = 0;
  let start = 0;
  // Separators inside “…” or (…) do not cut: 对“三重一大”事项, (含物管委).
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text[i] ?? '';
    if (c === '“' || c === '(' || c === '\uFF08' || c === '《') depth++;
    else if ((c === '”' || c === ')' || c === '\uFF09' || c === '》') && depth > 0) depth--;
    const end = i === text.length || (depth === 0 && (SENTENCE_END.test(c) || CLAUSE_END.test(c)));
    if (!end) continue;
    if (i > start) out.push({ start, end: i, text: text.slice(start, i), sentence });
    if (SENTENCE_END.test(c)) sentence++;
    start = i + 1;
  }
  return out;
}

const D = '[0-9\\uFF10-\\uFF19]';
/** As-of points as reports print them, longest forms first. */
const AS_OF = new RegExp(
  [
    `截[至止](?:到)?(?:目前|当前|今年|${D}{4}年)?(?:${D}{1,2}月(?:底|末|中旬|上旬|下旬|初)?(?:${D}{1,2}日)?)?`,
    `(?:${D}{4}年)?${D}{1,2}月${D}{1,2}日(?:以来|至今)?`,
    `(?:${D}{4}年)?${D}{1,2}(?:[-—–~～至\\uFF0D]${D}{1,2})?月(?:份)?(?:以来|至今)?`,
    `${D}{4}年(?:以来|至今)`,
    '今年以来|年初以来|整改以来|集中整改期间|整改期间|目前|当前|近期',
    `近${D}{1,2}(?:个月|年)`,
    '(?:省委|市委|县委|区委|中央)?(?:巡视|巡察)(?:组)?反馈(?:意见)?以来',
  ].join('|'),
  'g',
);

/** One as-of point found in a text. */
export interface AsOf {
  start: number;
  end: number;
  text: string;
}

/** Every as-of point of a paragraph, in order. */
export function asOfsIn(text: string): AsOf[] {
  const out: AsOf[] = [];
  for (const m of text.matchAll(AS_OF)) {
    const t = m[0];
    // 截至 alone is no point in time.
    if (t === '截至' || t === '截止') continue;
    out.push({ start: m.index ?? 0, end: (m.index ?? 0) + t.length, text: t });
  }
  return out;
}

/**
 * The as-of points that head a clause (截至目前,… / 1-9月全区… / 今年以来已…), or
 * any 截至…: a date inside a clause (对2017年6月来新发展的党员…) says when
 * something else happened, not when the figure was taken.
 */
export function headingAsOfs(asOfs: readonly AsOf[], clauses: readonly Clause[], text: string): AsOf[] {
  return asOfs.filter((a) => {
    if (/^截[至止]/.test(a.text)) return true;
    const c = clauses.find((x) => x.start <= a.start && a.start < x.end);
    return c !== undefined && /^(?:同时|其中|并|且|自|在|于)?$/.test(text.slice(c.start, a.start));
  });
}

/**
 * The as-of point that governs a stretch of a sentence: the last one printed
 * before its end in the same sentence that reads as the time of a figure —
 * 截至…, …以来 / 至今 / 期间, a time standing alone as its clause (1-9月,), or
 * a time heading the clause the stretch starts in. 9月下发《通知》,… dates
 * the notice, not a figure later in the sentence.
 */
export function asOfFor(asOfs: readonly AsOf[], clauses: readonly Clause[], from: number, to: number): string | undefined {
  const own = clauses.find((c) => c.start <= from && from < c.end + 1);
  if (!own) return undefined;
  const first = clauses.find((c) => c.sentence === own.sentence)?.start ?? 0;
  const fits = (a: AsOf) => {
    const c = clauses.find((x) => x.start <= a.start && a.start < x.end);
    return /^截[至止]|以来$|至今$|期间$/.test(a.text) || c === own || a.start >= from || (c !== undefined && c.text.trim() === a.text);
  };
  return asOfs.filter((a) => a.start >= first && a.end <= to && fits(a)).at(-1)?.text;
}

/** A plan, a goal or an estimate, not a result: 预计新增用地空间450亩, 拟申报…11家, 确保10个问题全部整改到位. */
export const PLANNED = /预计|预估|拟|计划|力争|争取|有望|目标|确保|务必|将于|将在|将持续|计划于/;

/** Words a label leaves off its start: connectives and scope words that say nothing of what is counted. */
const LEAD_FILLERS =
  /^(?:[一二三四五六七八九十]+是|其中|共有|共计|总计|合计|累计|另有|另|同时|并|且|特别是|目前|当前|均|共|全部|经核查|对其中|将其中|对|向|将)+/;
/** Words a label leaves off its end: verbs of being that point at the number. */
const TRAIL_FILLERS = /(?:达到了|达到|已达|分别为|均为|总数为|数量为|达|有|共计|共|的)+$/;

/** A label for the site: the quote's own words, with the site's full-width punctuation (GB/T 15834). */
export function siteLabel(words: string): string {
  const cut = words
    .replace(/[,:;()?!]/g, (c) => FULL_WIDTH_OF[c as keyof typeof FULL_WIDTH_OF] ?? c)
    .replace(/^[\s，、：；,]+|[\s，、：；,]+$/g, '')
    .trim();
  let s = cut;
  for (let i = 0; i < 3; i++)
    s = s
      .replace(LEAD_FILLERS, '')
      .replace(TRAIL_FILLERS, '')
      .replace(/^[\s，、：；]+|[\s，、：；]+$/g, '');
  return s;
}

/** The text (which starts at `offset` of its paragraph) without the given spans; a 、 right after a removed number goes with it (产值252.1亿元、占比 → 产值占比). */
export function withoutSpans(text: string, offset: number, spans: readonly { start: number; end: number }[]): string {
  const drop = new Array<boolean>(text.length).fill(false);
  for (const s of spans) {
    for (let i = Math.max(s.start, offset); i < Math.min(s.end, offset + text.length); i++) drop[i - offset] = true;
    const after = s.end - offset;
    if (after >= 0 && after < text.length && text[after] === '、') drop[after] = true;
  }
  return text
    .split('')
    .filter((_, i) => !drop[i])
    .join('');
}

/** Words that say where, not what: a label of only these names nothing counted. */
const SCOPE_ONLY = /^(?:全区|全市|全县|全省|全镇|全乡|全国|各地|各镇街|本单位|我区|我市|我县)$/;

/** True when a label says something: at least two Han characters, and more than a place. */
export function meaningful(label: string): boolean {
  return (label.match(/[\u3400-\u9FFF]/g) ?? []).length >= 2 && !SCOPE_ONLY.test(label);
}
