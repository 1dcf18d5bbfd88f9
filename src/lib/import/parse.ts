/**
 * Parses a plain-text rectification report (巡视整改情况通报) into its parts.
 * Pure: text in, structure or located problems out. Writing files is the
 * script's job (scripts/import-report.ts).
 */
import { readMarker } from '../markdown/markers.ts';

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
  issuer: string;
  /** ISO date, yyyy-mm-dd. */
  date: string;
  inspection: { team: string; start: string; end: string; feedback?: string };
  preamble: string[];
  organisation: ParsedPart;
  sectionsHeading: string;
  sections: ParsedSection[];
  nextSteps: ParsedPart;
  contact: ParsedContact;
}

export interface ImportProblem {
  line: number;
  message: string;
}

export type ParseResult =
  | { ok: true; report: ParsedReport; warnings: ImportProblem[] }
  | { ok: false; problems: ImportProblem[] };

interface Line {
  no: number;
  text: string;
}

const TOP_HEADING = /^[一二三四五六七八九十]+、/;
const SECTION_HEADING = /^(\d{1,4})\s*[.．、]\s*(关于.+)$/;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;

function pad(n: number | string): string {
  return String(n).padStart(2, '0');
}

/** Splits text into non-empty, trimmed lines with their 1-based numbers. */
export function toLines(text: string): Line[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((raw, i) => ({ no: i + 1, text: raw.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') }))
    .filter((l) => l.text !== '');
}

/** The problem named in a section heading: the quoted words, or the whole phrase. */
export function titleFromHeading(heading: string): string {
  const inner = /^关于(.+?)问题的整改[。.]?$/.exec(heading)?.[1] ?? heading;
  const quoted = /^[“"]([^“”"]+)[”"]$/.exec(inner);
  return quoted?.[1] ?? inner;
}

function isoFromChinese(y: string, m: string, d: string): string {
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads the inspection team and dates from the preamble. */
export function readInspection(preamble: string, year: string): ParsedReport['inspection'] | null {
  const m =
    /(省委第[一二三四五六七八九十]+巡视组|[^,\uFF0C。]*巡视组)于(\d{4})年(\d{1,2})月(\d{1,2})日至(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/.exec(
      preamble,
    );
  if (!m) return null;
  const [, team = '', y1 = year, m1 = '', d1 = '', y2, m2 = '', d2 = ''] = m;
  const fb = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日[,\uFF0C]?[^。]*?反馈/.exec(preamble.slice(m.index + m[0].length));
  const inspection: ParsedReport['inspection'] = {
    team,
    start: isoFromChinese(y1, m1, d1),
    end: isoFromChinese(y2 ?? y1, m2, d2),
  };
  if (fb) inspection.feedback = isoFromChinese(fb[1] ?? y2 ?? y1, fb[2] ?? '', fb[3] ?? '');
  return inspection;
}

/** Reads phone, address, envelope note, postcode and email from the printed contact paragraph. */
export function readContact(printed: string): ParsedContact | null {
  const phone = /(0\d{2,3}-?\d{7,8})/.exec(printed)?.[1];
  const email = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/.exec(printed)?.[1];
  const address = /(?:邮政信箱|通信地址|来信地址|邮寄地址)[:\uFF1A]\s*([^(\uFF08;\uFF1B,\uFF0C]+)/.exec(printed)?.[1];
  if (!phone || !email || !address) return null;
  const contact: ParsedContact = { printed, phone, address: address.trim(), email };
  const note = /信封[^:\uFF1A]*[:\uFF1A]\s*([^)\uFF09]+)[)\uFF09]/.exec(printed)?.[1];
  if (note) contact.envelopeNote = note.trim();
  const postcode = /邮编[:\uFF1A]\s*(\d{6})/.exec(printed)?.[1];
  if (postcode) contact.postcode = postcode;
  return contact;
}

function splitPart(lines: Line[]): Pick<ParsedPart, 'intro' | 'points'> {
  const intro: string[] = [];
  const points: string[] = [];
  for (const l of lines) {
    if (readMarker(l.text)?.style === 'shi' || points.length > 0) points.push(l.text);
    else intro.push(l.text);
  }
  return { intro, points };
}

/** Parses a report of this genre. Returns every problem found, with line numbers, rather than a partial result. */
export function parseReport(text: string): ParseResult {
  const lines = toLines(text);
  const problems: ImportProblem[] = [];
  const warnings: ImportProblem[] = [];
  const tops = lines.filter((l) => TOP_HEADING.test(l.text));
  const find = (re: RegExp) => tops.find((l) => re.test(l.text));
  const orgH = find(/组织/);
  const secH = find(/落实情况|整改情况|整改进展/);
  const nextH = find(/下一步/);
  if (!orgH) problems.push({ line: 1, message: '找不到“一、…组织…”标题 / no organisation heading (一、…组织…) found' });
  if (!secH) problems.push({ line: 1, message: '找不到“二、整改落实情况”标题 / no heading for the rectification sections found' });
  if (!nextH) problems.push({ line: 1, message: '找不到“三、下一步…”标题 / no next-steps heading found' });
  if (!orgH || !secH || !nextH) return { ok: false, problems };

  const between = (a: Line, b: Line | undefined) => lines.filter((l) => l.no > a.no && (!b || l.no < b.no));
  const preamble = lines.filter((l) => l.no < orgH.no);
  const orgLines = between(orgH, secH);
  const secLines = between(secH, nextH);
  const tail = between(nextH, undefined);

  const dateLine = [...tail].reverse().find((l) => DATE_LINE.test(l.text));
  const contactLine = tail.find((l) => /@/.test(l.text) && /\d{3,4}-?\d{7,8}/.test(l.text));
  if (!dateLine) problems.push({ line: tail.at(-1)?.no ?? nextH.no, message: '文末找不到落款日期 / no closing date (yyyy年m月d日) found' });
  if (!contactLine) problems.push({ line: nextH.no, message: '找不到含电话和电子邮箱的反馈联系方式段落 / no feedback paragraph with a phone number and an email address found' });
  const issuerLine = dateLine ? lines.find((l) => l.no < dateLine.no && l.no > (contactLine?.no ?? nextH.no) && !DATE_LINE.test(l.text)) : undefined;
  if (dateLine && !issuerLine) problems.push({ line: dateLine.no, message: '落款日期前找不到发布单位 / no issuer line before the closing date' });

  const sections: ParsedSection[] = [];
  for (const l of secLines) {
    const h = SECTION_HEADING.exec(l.text);
    if (h?.[1] && h[2]) {
      sections.push({ number: Number(h[1]), heading: h[2], title: titleFromHeading(h[2]), paragraphs: [], line: l.no });
    } else if (sections.length === 0) {
      problems.push({ line: l.no, message: `无法归入任何问题:“${l.text.slice(0, 30)}” / text before the first problem heading cannot be placed` });
    } else {
      sections.at(-1)?.paragraphs.push(l.text);
    }
  }
  if (sections.length === 0) problems.push({ line: secH.no, message: '找不到“N. 关于…问题的整改”形式的问题标题 / no problem headings found' });
  sections.forEach((s, i) => {
    if (s.number !== i + 1) problems.push({ line: s.line, message: `问题编号应为${i + 1},实为${s.number} / problem number expected ${i + 1}, found ${s.number}` });
    if (s.paragraphs.length === 0) problems.push({ line: s.line, message: `第${s.number}项没有正文 / problem ${s.number} has no text` });
  });

  const nextBody = tail.filter((l) => l.no < (contactLine?.no ?? Infinity));
  const contact = contactLine ? readContact(contactLine.text) : null;
  if (contactLine && !contact) problems.push({ line: contactLine.no, message: '反馈段落中缺少电话、地址或邮箱 / the feedback paragraph lacks a phone, an address or an email' });
  const year = dateLine ? (DATE_LINE.exec(dateLine.text)?.[1] ?? '') : '';
  const inspection = readInspection(preamble.map((l) => l.text).join(''), year);
  if (!inspection) problems.push({ line: preamble[0]?.no ?? 1, message: '导语中找不到巡视组及巡视起止日期 / the preamble names no inspection team and dates' });

  if (problems.length > 0 || !dateLine || !issuerLine || !contact || !inspection) return { ok: false, problems };
  const d = DATE_LINE.exec(dateLine.text);
  const issuer = issuerLine.text;
  return {
    ok: true,
    warnings,
    report: {
      title: `${issuer}关于巡视整改情况的通报`,
      issuer,
      date: isoFromChinese(d?.[1] ?? '', d?.[2] ?? '', d?.[3] ?? ''),
      inspection,
      preamble: preamble.map((l) => l.text),
      organisation: { heading: orgH.text, ...splitPart(orgLines) },
      sectionsHeading: secH.text,
      sections,
      nextSteps: { heading: nextH.text, ...splitPart(nextBody) },
      contact,
    },
  };
}
