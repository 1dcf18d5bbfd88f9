/**
 * Who issued the report, when, and what kind of text it is: 巡视 or 巡察
 * (by the words the text uses most), 通报 / 进展情况 / 报告, the issuer (the
 * signature, else the title or the preamble), the title (printed, else made
 * from the issuer), and the inspection the preamble describes.
 */
import { INSPECTION_KINDS, type InspectionKind, type ReportData, type TextKind } from '../../schemas/report.ts';
import type { End } from './end.ts';
import { readInspection, type Head } from './head.ts';
import type { Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';

export interface Facts {
  kind: InspectionKind;
  textKind: TextKind;
  issuer: string;
  title: string;
  inspection: ReportData['inspection'];
  notes: ImportNote[];
}

function countOf(all: readonly Line[], word: string): number {
  return all.reduce((n, l) => n + l.text.split(word).length - 1, 0);
}

/** The facts, from the kept lines (portal text left out), the head, the end and the preamble. */
export function readFacts(kept: readonly Line[], head: Head, end: End, preamble: readonly Line[]): Facts {
  const notes: ImportNote[] = [];
  const lastNo = kept.at(-1)?.no ?? 1;
  const [xc, xs] = [countOf(kept, '巡察'), countOf(kept, '巡视')];
  const kind: InspectionKind = xc > xs ? '巡察' : xs > 0 ? '巡视' : (INSPECTION_KINDS[1] as InspectionKind);
  if (xc > 0 && xs > 0) notes.push(note(1, 'kindFrom', kind, xc, xs));
  const titleText = head.titleText;
  const textKind: TextKind =
    head.addressee || end.closing || /报告$/.test(titleText ?? '') ? '报告' : /进展/.test(titleText ?? '') ? '进展情况' : '通报';
  const preambleText = preamble.map((l) => l.text).join('');
  let issuer = end.issuer?.text;
  if (!issuer) {
    issuer =
      /^(.+?)关于/.exec(titleText ?? '')?.[1] ??
      /(中共[^，。,；]{2,24}?(?:委员会|党组|党委|委))/.exec(preambleText)?.[1] ??
      '（原文未署名）';
    notes.push(note(end.date?.no ?? lastNo, 'noIssuer'), note(end.date?.no ?? lastNo, 'issuerGuessed', issuer));
  }
  if (!end.iso) notes.push(note(lastNo, 'noDate'));
  const title =
    titleText ?? `${issuer}关于${kind}整改${textKind === '进展情况' ? '进展' : ''}情况的${textKind === '报告' ? '报告' : '通报'}`;
  if (!titleText) notes.push(note(kept[0]?.no ?? 1, 'titleMade', title));
  const { inspection, missing } = readInspection(preambleText, end.iso?.slice(0, 4));
  const at = preamble[0]?.no ?? 1;
  if (missing.includes('team')) notes.push(note(at, 'noTeam'));
  if (missing.includes('dates')) notes.push(note(at, 'noDates'));
  if (missing.includes('feedback')) notes.push(note(at, 'noFeedback'));
  return { kind, textKind, issuer, title, inspection, notes };
}
