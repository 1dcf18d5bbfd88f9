/**
 * The end of a report, read from the last line backwards: portal lines
 * after it, the signature (issuer and date line, either may be missing),
 * 特此报告。, and the contact block with any subset of its items (or none).
 */
import type { ContactData } from '../../schemas/report.ts';
import { parsePrintedDate } from '../report/dates.ts';
import { isPortal, type Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';

export interface End {
  dropped: Line[];
  /** Lines after the signature that are not portal text. */
  after: Line[];
  issuer: Line | undefined;
  date: Line | undefined;
  /** The ISO date of the date line. */
  iso: string | undefined;
  closing: Line | undefined;
  contact: Line[];
  /** Index in `lines` of the first line of the end (everything before is the body). */
  start: number;
  notes: ImportNote[];
}

/** An issuer line: short, no sentence, names an organisation. */
const ISSUER =
  /^[^。，,；;:：“”]{2,40}(?:委|党组|委员会|党委|党工委|小组|局|政府|公司|集团|办公室|院|校|学|中心|厅|部|处|所|站|会|社|行|馆)$/;
const CLOSING = /^特此(?:报告|通报)[。.]?$/;
/** What a contact line speaks of. */
const CONTACT =
  /电话|联系方式|邮政信箱|信箱|通信地址|通讯地址|来信地址|地址[:\uFF1A]|邮编|邮政编码|电子邮箱|邮箱|举报平台|网址|来信|来电|信封|@/;

/** Reads the end of the text. `from` is the first index the end may start at (the body before it stays). */
export function readEnd(lines: readonly Line[], from: number): End {
  const notes: ImportNote[] = [];
  const dropped: Line[] = [];
  let j = lines.length;
  while (j > from && isPortal((lines[j - 1] as Line).text) && parsePrintedDate((lines[j - 1] as Line).text) === null) {
    j--;
    dropped.unshift(lines[j] as Line);
  }
  // The date line: among the last lines, the last that is a whole date.
  let dateAt = -1;
  for (let k = j - 1; k >= Math.max(from, j - 4); k--) {
    if (parsePrintedDate((lines[k] as Line).text) !== null) {
      dateAt = k;
      break;
    }
  }
  const after: Line[] = [];
  if (dateAt >= 0) {
    for (const l of lines.slice(dateAt + 1, j)) {
      if (isPortal(l.text)) dropped.push(l);
      else {
        after.push(l);
        notes.push(note(l.no, 'afterSignature', l.text));
      }
    }
    j = dateAt;
  }
  for (const l of dropped) notes.push(note(l.no, 'portal', l.text));
  const date = dateAt >= 0 ? lines[dateAt] : undefined;
  let issuer: Line | undefined;
  const cand = lines[j - 1];
  if (j - 1 >= from && cand && !cand.marker && ISSUER.test(cand.text)) {
    issuer = cand;
    j--;
  }
  let closing: Line | undefined;
  const c = lines[j - 1];
  if (j - 1 >= from && c && CLOSING.test(c.text)) {
    closing = c;
    j--;
  }
  let k = j;
  while (
    k - 1 >= from &&
    !(lines[k - 1] as Line).marker &&
    CONTACT.test((lines[k - 1] as Line).text) &&
    (lines[k - 1] as Line).text.length <= 300
  )
    k--;
  // "欢迎…监督…" may stand on its own line just before the details.
  if (k < j && k - 1 >= from && /^欢迎/.test((lines[k - 1] as Line).text)) k--;
  // A block without a number or an address is not a contact block (e.g. a sentence about 来信来访).
  if (!lines.slice(k, j).some((l) => /\d{5,}|@|12388/.test(l.text))) k = j;
  const contact = lines.slice(k, j);
  return {
    dropped,
    after,
    issuer,
    date,
    iso: date ? (parsePrintedDate(date.text) ?? undefined) : undefined,
    closing,
    contact,
    start: k,
    notes,
  };
}

const PHONE = /((?:0\d{2,3}[-\u2014\u2013\uFF0D]?)?\d{7,8}|12388|12345)/;
const EMAIL = /([A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,})/;
const WEB = /((?:https?:\/\/)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.(?:cn|com|gov\.cn|org|net)(?:\/[^\s，。；;,)）]*)?)/;

/** Reads whichever contact items the block prints. */
export function readContact(printed: string): { contact: ContactData; missing: string[] } {
  const contact: ContactData = { type: 'contact', printed };
  const missing: string[] = [];
  const withoutEmail = printed.replace(EMAIL, ' ');
  const phone =
    /(?:电话|联系方式|热线)[^0-9０-９]{0,12}([0-9][0-9\-–—－]{3,20}[0-9])/.exec(printed)?.[1] ??
    PHONE.exec(withoutEmail.replace(/\d{6}(?!\d)/g, ' '))?.[1];
  if (phone) contact.phone = phone;
  else missing.push('电话 phone');
  const address =
    /(?:邮政信箱|通信地址|通讯地址|来信地址|邮寄地址|信件地址|来信请寄|寄送地址|地址)[:\uFF1A]\s*([^(\uFF08;\uFF1B,\uFF0C。\n]+)/
      .exec(printed)?.[1]
      ?.trim();
  if (address) contact.address = address;
  else missing.push('地址 address');
  // 信封请注明:… / (信封注明“…”) / 来信请注明“…”: the words to write on the envelope.
  const envelope = /注明[:\uFF1A]?\s*[“"「]?([^)\uFF09”"」;\uFF1B。,\uFF0C\n]+)/.exec(printed)?.[1]?.trim();
  if (envelope) contact.envelopeNote = envelope;
  else missing.push('信封注明 envelope note');
  const postcode = /(?:邮编|邮政编码)[:\uFF1A]?\s*(\d{6})/.exec(printed)?.[1];
  if (postcode) contact.postcode = postcode;
  else missing.push('邮编 postcode');
  const email = EMAIL.exec(printed)?.[1];
  if (email) contact.email = email;
  else missing.push('电子邮箱 email');
  const web = /(?:举报平台|网址|网站)[^A-Za-z]{0,12}/.test(printed) ? WEB.exec(printed.replace(EMAIL, ' '))?.[1] : undefined;
  if (web) contact.web = web;
  return { contact, missing };
}
