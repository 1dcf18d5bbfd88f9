/**
 * Parses a plain-text rectification report (巡视整改情况通报) into its parts.
 * Pure: text in, structure or located problems out. Writing files is the
 * script's job (scripts/import-report.ts).
 *
 * The genre: an optional title, a preamble naming the inspection, then three
 * parts headed 一、 二、 三、 — how the work was organised (points 一是…), the
 * problems one by one (N. 关于“…”问题的整改, measures (1)… / 1. … / 一是…,
 * optionally grouped under category headings (一)…方面 or 一、…方面), the
 * next steps — and a feedback contact paragraph, the issuer and the date.
 * Every line of the report is kept as printed; only portal boilerplate
 * around it (索引号, 来源, 浏览量, 分享 …) is dropped, and the result says which.
 */
import { chineseNumeral, readMarker } from '../markdown/markers.ts';
import { measureNumbers } from '../metrics/permalink.ts';
import { HEADING_NUMBER } from '../fidelity/reconstruct.ts';

export interface ParsedSection {
  number: number;
  /** The heading exactly as printed, without its leading number: 关于“…”问题的整改。 */
  heading: string;
  /** The problem as quoted in the heading. */
  title: string;
  /** Body paragraphs, verbatim. */
  paragraphs: string[];
  /** 1-based line of the heading in the source. */
  line: number;
  /** How many measures the site gives a permalink: the run of paragraphs numbered 1, 2, 3… in one marker style ((1), 1., 一是). */
  measures: number;
}

/** A category heading of part two, e.g. (一)关于…方面, and the problem it opens. */
export interface ParsedCategory {
  heading: string;
  firstProblem: number;
  line: number;
}

export interface ParsedPart {
  heading: string;
  intro: string[];
  points: string[];
}

export interface ParsedContact {
  printed: string;
  phone: string;
  address: string;
  envelopeNote?: string;
  postcode?: string;
  email: string;
}

export interface ParsedReport {
  title: string;
  /** True when the title line is printed in the source (then the fidelity check includes it). */
  titleInSource: boolean;
  issuer: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  inspection: { team: string; start: string; end: string; feedback?: string };
  preamble: string[];
  organisation: ParsedPart;
  sectionsHeading: string;
  categories: ParsedCategory[];
  sections: ParsedSection[];
  nextSteps: ParsedPart;
  contact: ParsedContact;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export type ParseResult =
  | { ok: true; report: ParsedReport; warnings: ImportProblem[]; dropped: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

export interface Line {
  no: number;
  text: string;
}

const CN = '[一二三四五六七八九十]+';
/** A part heading: 一、… (also 一. / 一．). Short: a heading, not a paragraph. */
const TOP_HEADING = new RegExp(`^(${CN})\\s*[、.\\uFF0E]\\s*(\\S.{0,48})$`);
/** A category heading inside part two: (一)… or 一、… */
const CATEGORY = new RegExp(`^(?:[(\\uFF08]\\s*${CN}\\s*[)\\uFF09]|${CN}\\s*[、.\\uFF0E])\\s*\\S.{0,78}$`);
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
/** The report's title, as portals print it above the text. */
const TITLE = /(?:巡视|巡察)\S*(?:通报|公告|公示|报告|情况)$/;
/** Lines a government portal prints around an article. */
const BOILERPLATE = new RegExp(
  [
    '^[【\\[]?\\s*(?:信息索引号|索引号|发布机构|发布单位|发文机关|发文机构|发布日期|发布时间|生成日期|成文日期|更新时间|日期|时间|来源|信息来源|文章来源|浏览量|浏览次数|阅读量|阅读次数|阅读数|点击量|点击数|点击率|访问量|访问次数|分享到|分享|朗读|打印本页|打印|关闭窗口|关闭|收藏|字号|字体|首页|当前位置|您当前的位置|您的位置|主题分类|体裁分类|公开方式|公开范围|公开时限|公开日期|文号|发文字号|有效性|作者|编辑|责任编辑|审核|扫一扫|微信|微博|返回顶部|上一篇|下一篇)(?:\\s*[:\\uFF1A\u3011\\]]|\\s|$)',
    '^\\d{4}[-/.年]\\d{1,2}[-/.月]\\d{1,2}日?(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$',
    '^[【\\[]\\s*[大中小]\\s*[】\\]]',
  ].join('|'),
);
const PHONE = /(0\d{2,3}[-\u2014\u2013\uFF0D]?\d{7,8})/;
const EMAIL = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/;

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

function clip(s: string, n = 30): string {
  return s.length > n ? `${s.slice(0, n)}…` : s;
}

/** Splits text into non-empty, trimmed lines with their 1-based numbers. */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ no: i + 1, text: raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') }))
    .filter((l) => l.text !== '');
}

/** True for a line a government portal prints around the article (索引号, 来源, 浏览量, 分享 …). */
export function isBoilerplate(text: string): boolean {
  return text.length <= 160 && BOILERPLATE.test(text);
}

/** Quoted words removed, so punctuation inside “…” does not count. */
function unquoted(s: string): string {
  return s.replace(/[“"「『][^”"」』]*[”"」』]/g, '“”');
}

/** The heading text of a problem, if the line is one: "6. 关于“…”问题的整改。" → number and heading. */
export function readProblemHeading(text: string): { number: number; heading: string } | null {
  // The same rule the fidelity check uses to recognise a heading's number (1. / 1、 / 1． / (1)).
  const m = HEADING_NUMBER.exec(text);
  const n = m?.[1] ?? m?.[2] ?? m?.[3];
  const rest = m ? text.slice(m[0].length) : '';
  if (!n || !rest) return null;
  const bare = unquoted(rest).replace(/[。.]$/, '');
  if (bare.length > 80 || /[。;\uFF1B,\uFF0C:\uFF1A]/.test(bare)) return null;
  const ok = /^关于/.test(rest) || /整改(?:情况|进展|落实情况)?$/.test(bare);
  return ok ? { number: Number(n), heading: rest } : null;
}

/** True when every opening quote mark in text is closed after it, and no closing mark comes first. */
function balancedQuotes(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '“' || c === '「' || c === '『') depth++;
    else if (c === '”' || c === '」' || c === '』') depth--;
    if (depth < 0) return false;
  }
  return depth === 0;
}

/** The problem named in a section heading: the quoted words, or the whole phrase. */
export function titleFromHeading(heading: string): string {
  // Outermost quotes first: 关于“基层“微腐败”问题多发”问题的整改 names 基层“微腐败”问题多发.
  const outer = /^(?:关于)?[“"「『](.+)[”"」』](?:问题)?(?:的?整改(?:情况|进展|落实情况)?)?[。.]?$/.exec(heading)?.[1];
  // …but not 关于“招商引资”和“项目建设”问题: there the outer marks close and reopen inside.
  if (outer && balancedQuotes(outer)) return outer;
  const inner = /^(?:关于)?(.+?)(?:问题)?(?:的?整改(?:情况|进展|落实情况)?)?[。.]?$/.exec(heading)?.[1];
  return inner ?? heading.replace(/[。.]$/, '');
}

function isoFromChinese(y: string, m: string, d: string): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads the inspection team and dates from the preamble. */
export function readInspection(preamble: string, year: string): ParsedReport['inspection'] | null {
  const team = new RegExp(`((?:中央|省委|市委|区委|县委)?第${CN}(?:轮)?(?:巡视|巡察)组|(?:中央|省委|市委)(?:巡视|巡察)组)`).exec(preamble)?.[1];
  const range = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日\s*(?:至|到|—|-|~|\uFF5E|\u2014\u2014)\s*(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(preamble);
  if (!team || !range) return null;
  const [, y1 = year, m1 = '', d1 = '', y2, m2 = '', d2 = ''] = range;
  // A date printed without its year follows the one before it: 11月8日至1月10日 ends in the next year.
  const yearAfter = (y: string, fromMonth: string, toMonth: string, printed: string | undefined) =>
    printed ?? (Number(toMonth) < Number(fromMonth) ? String(Number(y) + 1) : y);
  const endYear = yearAfter(y1, m1, m2, y2);
  const inspection: ParsedReport['inspection'] = {
    team,
    start: isoFromChinese(y1, m1, d1),
    end: isoFromChinese(endYear, m2, d2),
  };
  const after = preamble.slice(range.index + range[0].length);
  const fb = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[,\uFF0C]?[^。]*?反馈/.exec(after);
  if (fb) inspection.feedback = isoFromChinese(yearAfter(endYear, m2, fb[2] ?? '', fb[1]), fb[2] ?? '', fb[3] ?? '');
  return inspection;
}

/** Reads phone, address, envelope note, postcode and email from the printed contact paragraph. */
export function readContact(printed: string): ParsedContact | null {
  const phone = PHONE.exec(printed)?.[1];
  const email = EMAIL.exec(printed)?.[1];
  const address = /(?:邮政信箱|通信地址|通讯地址|来信地址|邮寄地址|信件地址|地址)[:\uFF1A]\s*([^(\uFF08;\uFF1B,\uFF0C。\n]+)/.exec(printed)?.[1];
  if (!phone || !email || !address) return null;
  const contact: ParsedContact = { printed, phone, address: address.trim(), email };
  // 信封请注明:… / (信封注明“…”) / 来信请注明“…”: the words to write on the envelope.
  const note = /注明[:\uFF1A]?\s*[“"「]?([^)\uFF09”"」;\uFF1B。,\uFF0C\n]+)/.exec(printed)?.[1];
  if (note) contact.envelopeNote = note.trim();
  const postcode = /(?:邮编|邮政编码)[:\uFF1A]?\s*(\d{6})/.exec(printed)?.[1];
  if (postcode) contact.postcode = postcode;
  return contact;
}

/** A point of part one or three may also be numbered (一)/（一）. */
const PART_POINT = new RegExp(`^[(\\uFF08]\\s*${CN}\\s*[)\\uFF09]`);

/** Intro paragraphs until the first numbered point (一是 / (一) / (1) / 1.), then the points. */
function splitPart(lines: readonly Line[]): Pick<ParsedPart, 'intro' | 'points'> {
  const intro: string[] = [];
  const points: string[] = [];
  for (const l of lines) {
    if (points.length > 0 || readMarker(l.text) || PART_POINT.test(l.text)) points.push(l.text);
    else intro.push(l.text);
  }
  return { intro, points };
}

function describeTops(tops: readonly Line[]): string {
  if (tops.length === 0) return '未找到任何“一、…”形式的标题 / no headings like 一、… found';
  return `找到的标题 / headings found: ${tops.map((l) => `第${l.no}行 / line ${l.no} “${clip(l.text, 20)}”`).join('; ')}`;
}

interface Parts {
  orgH: Line;
  secH: Line;
  nextH: Line;
}

/** Finds the three part headings: the first 一、, the first 二、 after it, then the last later heading about next steps (下一步…), else the last 三、. */
function findParts(lines: readonly Line[], problems: ImportProblem[]): Parts | null {
  const tops = lines.filter((l) => TOP_HEADING.test(l.text));
  const numeral = (l: Line) => chineseNumeral(TOP_HEADING.exec(l.text)?.[1] ?? '');
  const orgH = tops.find((l) => numeral(l) === 1);
  const secH = orgH && tops.find((l) => l.no > orgH.no && numeral(l) === 2);
  // Part three: the last heading after part two that speaks of what comes next, else the last 三、.
  const after = secH ? tops.filter((l) => l.no > secH.no) : [];
  const nextH = secH && (after.filter((l) => /下一步|打算|今后|持续|巩固|深化/.test(l.text) && (numeral(l) ?? 0) >= 3).at(-1) ?? after.filter((l) => numeral(l) === 3).at(-1));
  if (!orgH) problems.push({ line: 1, message: `找不到第一部分标题“一、…(整改工作组织情况)” / no part-one heading (一、…) found. ${describeTops(tops)}` });
  else if (!secH) problems.push({ line: orgH.no, message: `第${orgH.no}行“${clip(orgH.text, 20)}”之后找不到第二部分标题“二、…(整改落实情况)” / no part-two heading (二、…) after line ${orgH.no}. ${describeTops(tops)}` });
  else if (!nextH) problems.push({ line: secH.no, message: `第${secH.no}行“${clip(secH.text, 20)}”之后找不到第三部分标题“三、…(下一步…)” / no part-three heading (三、…) after line ${secH.no}. ${describeTops(tops)}` });
  return orgH && secH && nextH ? { orgH, secH, nextH } : null;
}

/** Parses a report of this genre. Returns every problem found, with line numbers, rather than a partial result. */
export function parseReport(text: string): ParseResult {
  const lines = toLines(text);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const dropped: ImportProblem[] = [];
  if (lines.length === 0) return { ok: false, problems: [{ line: 1, message: '文件为空 / the file is empty' }] };
  if (!lines.some((l) => /巡视|巡察/.test(l.text))) {
    const tops = lines.filter((l) => TOP_HEADING.test(l.text));
    return { ok: false, problems: [{ line: 1, message: `全文(${lines.length}行,第1行“${clip(lines[0]?.text ?? '', 20)}”)未出现“巡视”或“巡察”,不是巡视整改情况通报 / the text (${lines.length} lines) never mentions 巡视 or 巡察: not an inspection rectification report. ${describeTops(tops)}` }] };
  }
  const parts = findParts(lines, problems);
  if (!parts) return { ok: false, problems };
  const { orgH, secH, nextH } = parts;
  const between = (a: Line, b: Line | undefined) => lines.filter((l) => l.no > a.no && (!b || l.no < b.no));

  // Before part one: portal boilerplate, the title, the preamble.
  const head = lines.filter((l) => l.no < orgH.no);
  const titleLine = head.find((l) => TITLE.test(l.text) && l.text.length <= 80 && !/[。,\uFF0C]/.test(l.text));
  const preamble: Line[] = [];
  for (const l of head) {
    if (titleLine && l.no < titleLine.no) dropped.push({ line: l.no, message: `标题前的网页文字 / portal text before the title: “${clip(l.text)}”` });
    else if (l === titleLine) continue;
    else if (titleLine && l.text === titleLine.text) dropped.push({ line: l.no, message: `重复的标题 / the title again: “${clip(l.text)}”` });
    else if (isBoilerplate(l.text)) dropped.push({ line: l.no, message: `网页信息栏 / portal boilerplate: “${clip(l.text)}”` });
    else preamble.push(l);
  }
  if (preamble.length === 0) problems.push({ line: orgH.no, message: `第${orgH.no}行“一、”标题前没有导语段落 / no preamble paragraph before the part-one heading` });
  for (const l of preamble.filter((p) => p.text.length < 20 && !/[。:\uFF1A]$/.test(p.text))) {
    problems.push({ line: l.no, message: `无法归类的短行“${l.text}”:既不是标题、网页信息,也不像导语段落 / cannot place this short line: not a title, portal boilerplate or a preamble paragraph` });
  }

  // Part two: category headings, problem headings, their paragraphs.
  const categories: ParsedCategory[] = [];
  const sections: ParsedSection[] = [];
  const unplaced: Line[] = [];
  const seenCategoryLike: Line[] = [];
  let pending: Line[] = [];
  const addParagraph = (l: Line): void => {
    const s = sections.at(-1);
    if (!s) {
      unplaced.push(l);
      return;
    }
    s.paragraphs.push(l.text);
  };
  for (const l of between(secH, nextH)) {
    const h = readProblemHeading(l.text);
    if (h) {
      // Heading-like lines right before a problem heading group the problems: category headings.
      for (const c of pending) categories.push({ heading: c.text, firstProblem: h.number, line: c.no });
      pending = [];
      sections.push({ number: h.number, heading: h.heading, title: titleFromHeading(h.heading), paragraphs: [], line: l.no, measures: 0 });
    } else if (CATEGORY.test(l.text) && !/[。;\uFF1B]/.test(unquoted(l.text).replace(/[。.]$/, '')) && !readMarker(l.text)) {
      pending.push(l);
      seenCategoryLike.push(l);
    } else {
      // Followed by text instead: (一)-style lines were sub-headings inside the current problem, kept as its
      // paragraphs; a 三、-style line is another part of the report, which this genre does not have.
      for (const c of pending) {
        if (TOP_HEADING.test(c.text) && sections.length > 0) problems.push({ line: c.no, message: `“${clip(c.text, 20)}”像是另一部分的标题,但其后不是问题标题;本类通报只有“一、组织情况 二、整改落实 三、下一步”三部分 / looks like the heading of another part but no problem heading follows; this genre has three parts (organisation, rectification, next steps)` });
        else addParagraph(c);
      }
      pending = [];
      addParagraph(l);
    }
  }
  const MAX_LISTED = 8;
  for (const l of unplaced.slice(0, MAX_LISTED)) {
    problems.push({ line: l.no, message: `无法归入任何问题:“${clip(l.text)}”(不在“N. 关于…问题的整改”标题之下) / cannot place this paragraph: it is not under a problem heading (N. 关于…问题的整改)` });
  }
  if (unplaced.length > MAX_LISTED) {
    const rest = unplaced.slice(MAX_LISTED);
    problems.push({ line: rest[0]?.no ?? secH.no, message: `另有 ${rest.length} 行同样无法归入(第${rest[0]?.no}–${rest.at(-1)?.no}行) / ${rest.length} more lines cannot be placed (lines ${rest[0]?.no}–${rest.at(-1)?.no})` });
  }
  for (const c of pending) {
    if (sections.length > 0) addParagraph(c);
    else problems.push({ line: c.no, message: `分类标题“${clip(c.text)}”之后没有问题标题 / category heading not followed by any problem heading` });
  }
  if (sections.length === 0) {
    const hint = seenCategoryLike.length > 0 ? `;找到的是“${clip(seenCategoryLike[0]?.text ?? '', 20)}”(第${seenCategoryLike[0]?.no}行)这类标题,问题标题须以阿拉伯数字编号 / found headings like line ${seenCategoryLike[0]?.no}; problem headings must be numbered 1. 2. 3.` : '';
    problems.push({ line: secH.no, message: `第${secH.no}行之后找不到“N. 关于…问题的整改”形式的问题标题 / no problem headings (N. 关于…问题的整改) after line ${secH.no}${hint}` });
  }
  sections.forEach((s, i) => {
    if (s.number !== i + 1) problems.push({ line: s.line, message: `问题编号应为${i + 1},实为${s.number} / problem number expected ${i + 1}, found ${s.number}` });
    if (s.paragraphs.length === 0) problems.push({ line: s.line, message: `第${s.number}项“${clip(s.title, 20)}”没有正文 / problem ${s.number} has no text` });
  });

  // After part three: next steps, the contact paragraph, issuer, date, maybe more boilerplate.
  const tail = between(nextH, undefined);
  const dateIdx = tail.findLastIndex((l) => DATE_LINE.test(l.text));
  const dateLine = tail[dateIdx];
  if (!dateLine) problems.push({ line: tail.at(-1)?.no ?? nextH.no, message: '文末找不到落款日期(如 2022年12月20日) / no closing date (yyyy年m月d日) found at the end' });
  for (const l of dateLine ? tail.slice(dateIdx + 1) : []) {
    if (isBoilerplate(l.text)) dropped.push({ line: l.no, message: `网页信息栏 / portal boilerplate: “${clip(l.text)}”` });
    else problems.push({ line: l.no, message: `落款日期之后的文字无法归类:“${clip(l.text)}” / cannot place text after the closing date` });
  }
  const issuerLine = dateLine ? tail[dateIdx - 1] : undefined;
  if (dateLine && (!issuerLine || readMarker(issuerLine.text) || issuerLine.text.length > 40)) {
    problems.push({ line: dateLine.no, message: '落款日期前一行应为发布单位(如 中共泰州市姜堰区委) / expected the issuer on the line before the closing date' });
  }
  const body = dateLine && issuerLine ? tail.slice(0, dateIdx - 1) : tail;
  // The contact block: the last lines before the issuer that speak of phones, mail, addresses.
  const isContact = (l: Line | undefined) => !!l && !readMarker(l.text) && /电话|邮箱|信箱|地址|邮编|邮政编码|来信|来电|联系方式|@|\d{3,4}-?\d{7,8}/.test(l.text);
  let contactStart = body.length;
  while (contactStart > 0 && isContact(body[contactStart - 1])) contactStart -= 1;
  // "欢迎…监督…" may stand on its own line just before the details.
  if (contactStart < body.length && contactStart > 0 && /^欢迎/.test(body[contactStart - 1]?.text ?? '')) contactStart -= 1;
  const contactLines = body.slice(contactStart);
  const nextBody = body.slice(0, contactStart);
  let contact: ParsedContact | null = null;
  if (contactLines.length === 0 || !contactLines.some((l) => EMAIL.test(l.text)) || !contactLines.some((l) => PHONE.test(l.text))) {
    problems.push({ line: issuerLine?.no ?? nextH.no, message: '落款前找不到含电话和电子邮箱的反馈联系方式段落 / no feedback paragraph with a phone number and an email address before the issuer' });
  } else {
    contact = readContact(contactLines.map((l) => l.text).join('\n'));
    const at = contactLines[0]?.no ?? nextH.no;
    if (!contact) problems.push({ line: at, message: '反馈段落中缺少电话、地址(邮政信箱/通信地址:…)或邮箱 / the feedback paragraph lacks a phone, an address (邮政信箱/通信地址:…) or an email' });
    else {
      if (!contact.postcode) problems.push({ line: at, message: '反馈段落中找不到邮编(邮编:六位数字) / no postcode (邮编:nnnnnn) in the feedback paragraph' });
      if (!contact.envelopeNote) problems.push({ line: at, message: '反馈段落中找不到信封注明的文字(如 信封请注明:巡视整改监督意见) / no envelope note (信封请注明:…) in the feedback paragraph' });
    }
  }
  const nextSteps = { heading: nextH.text, ...splitPart(nextBody) };
  if (nextBody.length === 0) problems.push({ line: nextH.no, message: `第${nextH.no}行“${clip(nextH.text, 20)}”之下没有正文 / part three has no text` });

  const organisation = { heading: orgH.text, ...splitPart(between(orgH, secH)) };
  if (organisation.points.length === 0) warnings.push({ line: orgH.no, message: '第一部分没有“一是…”形式的要点 / part one has no numbered points (一是…)' });
  if (nextSteps.points.length === 0) warnings.push({ line: nextH.no, message: '第三部分没有“一是…”形式的要点 / part three has no numbered points (一是…)' });

  const year = dateLine ? (DATE_LINE.exec(dateLine.text)?.[1] ?? '') : '';
  const inspection = readInspection(preamble.map((l) => l.text).join(''), year);
  if (!inspection && preamble.length > 0) {
    problems.push({ line: preamble[0]?.no ?? 1, message: '导语中找不到巡视组及巡视起止日期(如 省委第九巡视组于2022年4月16日至6月30日) / the preamble names no inspection team and dates' });
  }
  for (const s of sections) {
    // Count measures the way the site numbers them, so the summary matches the permalinks.
    const run = measureNumbers(s.paragraphs);
    s.measures = run.filter((n) => n !== null).length;
    s.paragraphs.forEach((p, i) => {
      const m = readMarker(p);
      if (m && run[i] === null) warnings.push({ line: s.line, message: `第${s.number}项中“${m.label}”开头的段落不在 1、2、3…连续编号之内,网站不为它生成措施链接 / in problem ${s.number}, the paragraph starting ${m.label} is outside the run 1, 2, 3…; the site gives it no measure link` });
    });
  }

  if (problems.length > 0 || !dateLine || !issuerLine || !contact || !inspection) return { ok: false, problems: problems.sort((a, b) => a.line - b.line) };
  const d = DATE_LINE.exec(dateLine.text);
  const issuer = issuerLine.text;
  return {
    ok: true,
    warnings,
    dropped,
    report: {
      title: titleLine?.text ?? `${issuer}关于巡视整改情况的通报`,
      titleInSource: titleLine !== undefined,
      issuer,
      date: isoFromChinese(d?.[1] ?? '', d?.[2] ?? '', d?.[3] ?? ''),
      inspection,
      preamble: preamble.map((l) => l.text),
      organisation,
      sectionsHeading: secH.text,
      categories,
      sections,
      nextSteps,
      contact,
    },
  };
}

/** The source text without the dropped portal lines, otherwise unchanged: what content/source/ keeps. */
export function keptSource(text: string, dropped: readonly ImportProblem[]): string {
  if (dropped.length === 0) return text;
  const drop = new Set(dropped.map((d) => d.line));
  return `${text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .filter((_, i) => !drop.has(i + 1))
    .join('\n')
    .trim()}\n`;
}
