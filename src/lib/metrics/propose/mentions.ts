/**
 * The numbers of one paragraph as the proposer sees them: each printed
 * number with its unit, its hedge (近, 约, 余, 多, 以上, 左右) and what kind
 * of thing it counts, read from the words around it. A number that is part
 * of a range (3至5个, 1-9月), a date, an ordinal, a threshold (超过50人的),
 * a per-item or per-each figure (均为12个, 每户) or a quoted name (“12345”)
 * is marked excluded: it is never a figure's value. Written by hand because
 * no maintained library reads Chinese measure words; the unit lists are the
 * ones reports of the genre print.
 */
import { asciiNumber, NUMBER } from '../numbers.ts';

/** Measure words of things counted (件, 项, 家…); longest first where one starts another. */
const COUNT_UNITS = [
  '人次',
  '户次',
  '家次',
  '件次',
  '个',
  '家',
  '件',
  '项',
  '条',
  '人',
  '名',
  '户',
  '处',
  '篇',
  '座',
  '辆',
  '所',
  '套',
  '间',
  '栋',
  '幢',
  '台',
  '份',
  '张',
  '块',
  '宗',
  '起',
  '例',
  '类',
  '部',
  '本',
  '支',
  '棵',
  '株',
  '只',
  '头',
  '位',
  '片',
  '段',
  '眼',
  '艘',
  '架',
  '根',
  '把',
  '批',
];
/** Money, area, length, weight and volume: amounts. */
const AMOUNT_UNITS = [
  '万亿元',
  '亿元',
  '千万元',
  '百万元',
  '万元',
  '千元',
  '元',
  '万亩',
  '亩',
  '公顷',
  '平方公里',
  '万平方米',
  '平方米',
  '公里',
  '千米',
  '延米',
  '米',
  '万吨',
  '吨',
  '万立方米',
  '立方米',
  '万千瓦',
  '千瓦',
];
/** Events and effort (次, 场, 期): counted, but never proposed as a result. */
const EVENT_UNITS = ['场次', '批次', '次', '场', '期', '轮', '遍', '届'];
/** Time, dates and other non-quantities: a number followed by these is never a figure. */
const NOT_QUANTITY = [
  '个百分点',
  '个月',
  '个工作日',
  '小时',
  '分钟',
  '年度',
  '年',
  '月',
  '日',
  '天',
  '周',
  '号',
  '时',
  '点',
  '岁',
  '级',
  '倍',
  '大',
  '小',
  '国',
];

const byLength = (a: string, b: string) => b.length - a.length;
const UNITS: { unit: string; kind: 'count' | 'amount' | 'event' | 'other' }[] = [
  ...NOT_QUANTITY.map((unit) => ({ unit, kind: 'other' as const })),
  ...AMOUNT_UNITS.map((unit) => ({ unit, kind: 'amount' as const })),
  ...EVENT_UNITS.map((unit) => ({ unit, kind: 'event' as const })),
  ...COUNT_UNITS.map((unit) => ({ unit, kind: 'count' as const })),
].sort((a, b) => byLength(a.unit, b.unit));

/** Hedges printed before the number (近2000亩, 约23%, 逾300人). 超过 is left out: 超过50人的 is a threshold as often as a hedge. */
const LEADING = ['近', '约', '逾'];
/** Words that end in a hedge's character but are no hedge: 签约27个, 节约, 就近. */
const NOT_HEDGE = /(?:签|节|制|预|契|公|条|履|违|集|特|邀|合|相|守|毁|践)约$|(?:最|附|就|临|邻)近$/;
/** Hedges between the number and its unit (3000余条, 20多个). */
const INNER = ['余', '多'];
/** Hedges after the unit (80辆以上, 4%左右). */
const TRAILING = ['以上', '左右'];

export type MentionKind = 'count' | 'amount' | 'event' | 'percent' | 'points' | 'other';

/** Why a number is never a figure's value. */
export type Exclusion = 'range' | 'ordinal' | 'threshold' | 'modifier' | 'signed' | 'quoted' | 'each' | 'multiplierHedge';

/** One printed number of a paragraph, with its unit. */
export interface Mention {
  /** Offset of the first character that belongs to it (a leading hedge included). */
  start: number;
  /** Offsets of the digits. */
  numStart: number;
  numEnd: number;
  /** Offset after the unit and any trailing hedge. */
  end: number;
  /** The digits as printed (full-width kept). */
  text: string;
  value: number;
  /** Digits after the decimal point, as printed (58.62 → 2): the precision of a stated rate. */
  decimals: number;
  /** The unit as printed ("件", "万元", "%", "个百分点"), "" when none follows. */
  unit: string;
  kind: MentionKind;
  qualifier?: string;
  excluded?: Exclusion;
  /** A noun follows the unit: 对28个问题项目…, 1个已完工 (the counted thing is after the number). */
  numberFirst: boolean;
}

const CJK = /[\u3400-\u9FFF\uF900-\uFAFF]/;
const JOINERS = /^\s*[-—–~～至到\uFF0D]\s*$/;

/** True when the text between two numbers joins them into a range: "-", "至", or a unit and "至" (3个至5个, 3%-5%). */
function joinsRange(gap: string): boolean {
  if (JOINERS.test(gap)) return true;
  const u = /^\s*[%\uFF05]/.exec(gap)?.[0] ?? UNITS.find((x) => gap.startsWith(x.unit))?.unit;
  return u !== undefined && JOINERS.test(gap.slice(u.length));
}
const DIGIT = /[0-9\uFF10-\uFF19]/;

/** The unit that starts at `at`, or none. */
function unitAt(text: string, at: number): { unit: string; kind: 'count' | 'amount' | 'event' | 'other' } | undefined {
  const u = UNITS.find((x) => text.startsWith(x.unit, at));
  if (u) return u;
  // 2万份, 1.2万人: a multiplier before a measure word.
  if (text[at] === '万' || text[at] === '亿') {
    const inner = UNITS.find((x) => x.kind === 'count' && text.startsWith(x.unit, at + 1));
    if (inner) return { unit: `${text[at]}${inner.unit}`, kind: 'count' };
  }
  return undefined;
}

/** True inside “…”: a number in a quoted name (“高质量发展30条”, “12345”) is part of the name. */
function openQuotes(before: string): boolean {
  let depth = 0;
  for (const c of before) {
    if (c === '\u201C' || c === '\u300C') depth++;
    else if ((c === '\u201D' || c === '\u300D') && depth > 0) depth--;
  }
  return depth > 0;
}

/** Every number of a paragraph, in order, with its unit, hedge and exclusion. */
export function mentionsIn(text: string): Mention[] {
  const out: Mention[] = [];
  const found = [...text.matchAll(NUMBER)];
  found.forEach((m, i) => {
    const numStart = m.index ?? 0;
    const numEnd = numStart + m[0].length;
    const before = text.slice(0, numStart);
    let at = numEnd;
    let qualifier: string | undefined;
    let start = numStart;
    let kind: MentionKind = 'other';
    let unit = '';
    let excluded: Exclusion | undefined;
    const lead = LEADING.find((q) => before.endsWith(q) && !NOT_HEDGE.test(before));
    if (lead) {
      qualifier = lead;
      start = numStart - lead.length;
    }
    const rest = text.slice(at);
    const pct = /^\s*[%\uFF05]/.exec(rest);
    if (pct) {
      kind = 'percent';
      unit = '%';
      at += pct[0].length;
    } else if (rest.startsWith('个百分点')) {
      kind = 'points';
      unit = '个百分点';
      at += 4;
    } else {
      // 2万余份: the hedge between a multiplier and its unit cannot be shown beside the number; left for the editor.
      if ((text[at] === '万' || text[at] === '亿') && INNER.includes(text[at + 1] ?? '')) excluded = 'multiplierHedge';
      const inner = INNER.find((q) => text.startsWith(q, at));
      const u = unitAt(text, at + (inner?.length ?? 0));
      if (u) {
        if (inner) {
          if (qualifier) excluded = 'threshold';
          qualifier = inner;
          at += inner.length;
        }
        unit = u.unit;
        kind = u.kind;
        at += u.unit.length;
      }
    }
    const trail = TRAILING.find((q) => text.startsWith(q, at));
    if (trail && kind !== 'other') {
      const next = text[at + trail.length] ?? '';
      // 30亩以上闲置用地, 亿元以上项目: a threshold inside a noun, not a hedge.
      if (CJK.test(next) || next === '的') excluded = 'modifier';
      else if (!qualifier) qualifier = trail;
      else excluded = 'threshold';
      at += trail.length;
    }
    const after = text.slice(at);
    const prev = found[i - 1];
    const next = found[i + 1];
    if (
      (prev && joinsRange(text.slice((prev.index ?? 0) + prev[0].length, numStart))) ||
      (next && joinsRange(text.slice(numEnd, next.index ?? 0)))
    )
      excluded = 'range';
    if (/第\s*$/.test(before)) excluded = 'ordinal';
    else if (
      /(?:(?<![目当此之以然其最])前|(?<![目当此之以然其最])后|排名|不足|低于|高于|少于|多于|大于|小于|不超过|不少于|超过|超|以下)\s*$/.test(
        before,
      )
    )
      excluded = 'threshold';
    else if (/(?:均为|均|各|每|分别为|分别)\s*$/.test(before)) excluded = 'each';
    else if ((/[-−\uFF0D+＋]\s*$/.test(before) && !DIGIT.test(before.replace(/[-−\uFF0D+＋]\s*$/, '').slice(-1))) || /负\s*$/.test(before))
      excluded = 'signed';
    else if (openQuotes(before)) excluded = 'quoted';
    // 超过50人的党支部, 100米范围内: the number describes a noun, it counts nothing.
    if (!excluded && /^(?:的|范围|以内|以外|之内|之外|内)/.test(after) && kind !== 'percent' && kind !== 'points') excluded = 'modifier';
    const numberFirst = kind !== 'percent' && kind !== 'points' && CJK.test(after[0] ?? '') && !/^的/.test(after);
    out.push({
      start,
      numStart,
      numEnd,
      end: at,
      text: m[0],
      value: Number(asciiNumber(m[0])),
      decimals: (asciiNumber(m[0]).split('.')[1] ?? '').length,
      unit,
      kind,
      ...(qualifier ? { qualifier } : {}),
      ...(excluded ? { excluded } : {}),
      numberFirst,
    });
  });
  return out;
}

/** True when a mention can be the value of a figure of its kind. */
export function usable(m: Mention): boolean {
  return m.excluded === undefined && m.kind !== 'other';
}
