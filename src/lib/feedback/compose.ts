/**
 * The feedback letter: its subject, its body, the mailto: URL that opens the
 * reader's own mail program, and the guard against URLs too long to open.
 * Pure functions; the composer page's script and the unit tests share them.
 * The site itself sends nothing: everything here only builds text.
 */
import { mailtoHref } from '../contact/links.ts';

/**
 * Longest mailto: URL we hand to a mail program, in characters of the
 * percent-encoded URL. Windows passes mailto: URLs to the mail program
 * through a command line that Outlook and other clients cut at about 2,048
 * characters (and older browsers capped URLs at 2,083), so longer links open
 * a truncated or empty message, or nothing at all. Every Chinese character
 * becomes 9 characters (%E5%B7%A1), so this allows roughly 200 characters of
 * opinion; above it the page offers to copy the text instead.
 */
export const MAILTO_SAFE_LENGTH = 2000;

/** A section the reader can write about; absent means 总体意见 (the report as a whole). */
export interface FeedbackSection {
  number: number;
  title: string;
}

/** Labels the letter is written with; the page passes them from src/i18n/zh-CN.ts. */
export interface LetterLabels {
  /** How a section is named, with {n}: 第{n}项. */
  sectionNumber: string;
  /** The subject when no section is chosen: 总体意见. */
  general: string;
  /** Before the section line in the body: 事项. */
  about: string;
  /** Before the reader's name: 姓名. */
  name: string;
  /** Before the reader's way to reply: 联系方式. */
  reply: string;
}

/** What the reader typed. */
export interface LetterInput {
  section?: FeedbackSection | undefined;
  opinion: string;
  name?: string | undefined;
  reply?: string | undefined;
}

/** A section as the subject and letter name it: 第17项 生态环境治理和监管不扎实. */
export function sectionLabel(section: FeedbackSection | undefined, labels: LetterLabels): string {
  if (!section) return labels.general;
  return `${labels.sectionNumber.replace('{n}', String(section.number))} ${section.title}`;
}

/** The email subject: 巡视整改监督意见：第17项 生态环境治理和监管不扎实 (or …：总体意见). */
export function feedbackSubject(envelopeNote: string, section: FeedbackSection | undefined, labels: LetterLabels): string {
  return `${envelopeNote}：${sectionLabel(section, labels)}`;
}

/**
 * Text as the letter carries it: line breaks as \n, blank lines before and
 * after the text dropped, spaces kept as typed (indents included).
 */
export function cleanText(text: string | undefined): string {
  return (text ?? '')
    .replace(/\r\n?/g, '\n')
    .replace(/^(?:[ \t\u3000]*\n)+|(?:\n[ \t\u3000]*)+$/g, '')
    .replace(/^[ \t\u3000]+$/, '');
}

/**
 * The letter's body, lines separated by \n: the section it is about, the
 * opinion as typed, then the name and the way to reply if given.
 */
export function feedbackBody(input: LetterInput, labels: LetterLabels): string {
  const lines = [`${labels.about}：${sectionLabel(input.section, labels)}`, '', cleanText(input.opinion)];
  const name = cleanText(input.name);
  const reply = cleanText(input.reply);
  if (name || reply) lines.push('');
  if (name) lines.push(`${labels.name}：${name}`);
  if (reply) lines.push(`${labels.reply}：${reply}`);
  return lines.join('\n');
}

/** The composed message and whether its link is safe to open. */
export interface ComposedMail {
  subject: string;
  body: string;
  /** mailto: URL with subject and body, UTF-8 percent-encoded, CRLF line breaks (RFC 6068). */
  href: string;
  /** mailto: URL with the subject only: short enough to open whatever the body's length. */
  subjectOnlyHref: string;
  /** Length of href in characters. */
  length: number;
  /** True when href is longer than MAILTO_SAFE_LENGTH and should not be offered. */
  tooLong: boolean;
}

/** Builds subject, body and mailto: URL for the letter and applies the length guard. */
export function composeMail(
  input: LetterInput,
  contact: { email: string; envelopeNote: string },
  labels: LetterLabels,
  limit = MAILTO_SAFE_LENGTH,
): ComposedMail {
  const subject = feedbackSubject(contact.envelopeNote, input.section, labels);
  const body = feedbackBody(input, labels);
  const href = mailtoHref(contact.email, subject, body);
  return { subject, body, href, subjectOnlyHref: mailtoHref(contact.email, subject), length: href.length, tooLong: href.length > limit };
}

/** A date as written on a letter: 2026年11月26日 (local calendar day). */
export function letterDate(date: Date): string {
  return `${date.getFullYear()}年${date.getMonth() + 1}月${date.getDate()}日`;
}

/**
 * The section preset in a query string such as "?section=17" or "?section=07";
 * undefined unless it names one of the given section numbers.
 */
export function sectionFromQuery(search: string, numbers: readonly number[]): number | undefined {
  const raw = new URLSearchParams(search).get('section')?.trim() ?? '';
  if (!/^\d{1,3}$/.test(raw)) return undefined;
  const n = Number(raw);
  return numbers.includes(n) ? n : undefined;
}
