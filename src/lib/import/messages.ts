/**
 * Every message the importer gives, in one table: Chinese / English, what
 * was expected and what was found. Readers (head, parts, problems, end)
 * report by key; nothing else words a message.
 */

import { describeRefused, type RefusedChar } from '../text/characters.ts';

const clip = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);

const TABLE = {
  // Refusals: nothing is written.
  empty: () => ['文件为空', 'the file is empty'],
  character: (c: Pick<RefusedChar, 'name' | 'kind' | 'column'>) => {
    const [zh, en] = describeRefused(c);
    const control = c.kind === 'control' ? ['；文件是否损坏或为二进制文件？', '; is the file damaged or binary?'] : ['', ''];
    return [
      `原文应为普通文字，实第 ${c.column} 列有 ${zh}${control[0]}：导入不会悄悄删去任何字符，请在原文中删除后重新导入`,
      `expected the source as plain text, found ${en} at column ${c.column}${control[1]}: the importer drops nothing silently; delete it from the source and import again`,
    ];
  },
  noProblems: (looked: string, found: string) => [
    `找不到任何一项问题，不是整改情况通报（可能是新闻、巡察进驻公告、在整改落实部分开始之前被截断的开头或多单位汇总）。查找了：问题标题（1.关于“…”问题的整改、(一)关于…、一、关于…，或其后为“整改情况：”的问题陈述），或第一部分之后整改部分的编号标题（工作方面）；找到：${found}`,
    `expected at least one problem (headings like 1.关于“…”问题的整改, (一)关于…, 一、关于…, a stated problem followed by 整改情况:, or the numbered areas of work of a rectification part after the first part), found ${looked}: not a rectification report (a news item, an inspection-start notice, an opening cut off before its rectification part, or a round summary?)`,
  ],
  // Notes: imported, and said in the summary.
  portal: (text: string) => [`舍弃网页文字“${clip(text)}”`, `dropped portal text "${clip(text)}"`],
  titleMade: (title: string) => [
    `原文无标题，已按发布单位生成“${title}”（请核对）`,
    `no title printed; made "${title}" from the issuer (review it)`,
  ],
  titleTwice: () => ['标题印了两次，两行都保留', 'the title is printed twice; both lines kept'],
  titleDate: (date: string) => [`标题后附日期“${date}”，随标题保留`, `a date "${date}" is glued to the title; kept with it`],
  noTeam: () => ['导语中未写明巡视巡察组名称', 'the preamble names no inspection team'],
  noDates: () => ['导语中未写明巡视巡察起止日期', 'the preamble gives no inspection dates'],
  noFeedback: () => ['导语中未写明反馈日期', 'the preamble gives no feedback date'],
  noIssuer: () => [
    '文末找不到落款单位；发布单位取自导语或标题，请核对',
    'no issuer line at the end; the issuer is taken from the preamble or title (review it)',
  ],
  issuerGuessed: (issuer: string) => [`发布单位推定为“${issuer}”`, `issuer taken to be "${issuer}"`],
  noDate: () => ['文末找不到落款日期，date 留空', 'no date line at the end; date left out'],
  noOrganisation: () => ['没有整改工作组织情况部分', 'no organisation part'],
  noPartHeadings: () => ['没有“一、二、三、”形式的部分标题，按段落位置划分', 'no part headings (一、二、…); parts told apart by position'],
  unknownPart: (heading: string) => [
    `不认识的部分标题“${clip(heading)}”，其内容作为一般文字块保留`,
    `an unfamiliar part heading "${clip(heading)}"; kept as a text block`,
  ],
  problemsIntro: (n: number) => [
    `问题部分标题与第一项问题之间有 ${n} 段说明文字，保留在该部分`,
    `${n} summary paragraph(s) between the problems heading and the first problem; kept in that part`,
  ],
  noNextSteps: () => ['没有下一步工作打算', 'no next steps'],
  nextStepsUnheaded: () => [
    '下一步工作打算没有标题，以“下一步”开头的段落作为该部分',
    'next steps without a heading: the paragraph(s) starting 下一步 taken as that part',
  ],
  noContact: () => ['没有反馈联系方式', 'no contact block'],
  contactPartial: (missing: string) => [`联系方式中未印：${missing}`, `contact block without: ${missing}`],
  numbering: (expected: number, found: string) => [
    `问题编号应为 ${expected}，原文印为“${found}”；按顺序编为第 ${expected} 项，原编号照印`,
    `expected problem number ${expected}, found "${found}" printed; numbered ${expected}, the printed marker kept`,
  ],
  emptyProblem: (n: number) => [
    `第 ${n} 项问题标题之后没有正文（原文在此截断或只印了标题），按标题导入`,
    `problem ${n} has no text under its heading (the text stops there, or prints the heading only); imported with its heading`,
  ],
  areasAsProblems: (n: number) => [
    `没有“关于…问题”式的问题标题，按整改部分的 ${n} 个工作方面（编号标题）作为问题导入，其下编号小标题作为子标题（请核对）`,
    `no problem headings (关于…问题); the ${n} numbered areas of work of the rectification part taken as its problems, their numbered headings as sub-headings (review it)`,
  ],
  partGuessed: (heading: string) => [
    `“${clip(heading)}”未写明是整改落实部分，按其位置（第一部分之后、带编号标题）推定`,
    `"${clip(heading)}" does not say it is the rectification part; taken as such by its place (after the first part, with numbered headings)`,
  ],
  statedCount: (printed: string, n: number) => [
    `原文载明问题数“${printed}”，网页按原文显示；本次导入 ${n} 项问题页`,
    `the report states its count "${printed}", shown as printed; ${n} problem page(s) imported`,
  ],
  unplaced: (where: string) => [`无法归类的行，保留在“${where}”中`, `a line that fits nowhere; kept in "${where}"`],
  cutOff: () => [
    '正文在问题之后中断（无下一步、联系方式或落款）',
    'the text stops after its problems (no next steps, contact block or signature)',
  ],
  afterSignature: (text: string) => [
    `落款之后还有文字“${clip(text)}”，保留在文末文字块`,
    `text after the signature "${clip(text)}"; kept in a closing text block`,
  ],
  kindFrom: (kind: string, n1: number, n2: number) => [
    `按原文判断为${kind}（“巡察”${n1}次，“巡视”${n2}次）`,
    `taken as ${kind} (巡察 ${n1} times, 巡视 ${n2} times)`,
  ],
  figureUnclear: (n: number, text: string, reason: string) => [
    `${n === 0 ? '通报自身段落' : `第${n}项`}“${clip(text)}”：${reason.split(' / ')[0]}，未建议指标，请核对`,
    `${n === 0 ? "the report's own paragraphs" : `problem ${n}`} "${clip(text)}": ${reason.split(' / ')[1] ?? reason}; no figure proposed, review it`,
  ],
  percentToReview: (n: number) => [
    `${n} 处百分数列入 metrics-allowlist.yaml，待核对`,
    `${n} percentage(s) listed in metrics-allowlist.yaml to review`,
  ],
  themesSuggested: (from: string) => [`主题为自动建议（${from}），请核对`, `themes are suggestions (${from}): review them`],
} satisfies Record<string, (...args: never[]) => readonly [string, string]>;

export type MessageKey = keyof typeof TABLE;

/** A message in the one format: Chinese / English. */
export function message<K extends MessageKey>(key: K, ...args: Parameters<(typeof TABLE)[K]>): string {
  const [zh, en] = (TABLE[key] as (...a: Parameters<(typeof TABLE)[K]>) => readonly [string, string])(...args);
  return `${zh} / ${en}`;
}

/** One thing the importer says about a line of the source. */
export interface ImportNote {
  /** 1-based line of the source. */
  line: number;
  key: MessageKey;
  message: string;
}

/** Builds a note for a line. */
export function note<K extends MessageKey>(line: number, key: K, ...args: Parameters<(typeof TABLE)[K]>): ImportNote {
  return { line, key, message: message(key, ...args) };
}
