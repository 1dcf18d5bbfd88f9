/**
 * The head of a report: portal lines before it, the title (none, once,
 * twice, or with a date glued on), the addressee of a 报告, and the facts of
 * the inspection the preamble states (team, dates, feedback date — each may
 * be missing).
 */
import type { ReportData } from '../../schemas/report.ts';
import { CN_NUMERAL } from '../numbering/markers.ts';
import { headingLike, isPortal, unquoted, type Line } from './lines.ts';
import { note, type ImportNote } from './messages.ts';

/** A title of the genre: …关于巡察整改情况的通报, …集中整改进展情况的报告, with a date glued on or not. */
const TITLE = /(?:巡视|巡察)[^。]*(?:通报|报告|情况|公告|公示)(?:\s*[（(]?\s*(\d{4}[-年./]\d{1,2}[-月./]\d{1,2}日?)\s*[)）]?)?$/;
/** The addressee line of a 报告: ××县委巡察工作办公室: */
const ADDRESSEE = /^[^。，,；;:：]{2,40}(?:办公室|巡察办|巡视办|领导小组|委员会|党委|党组|县委|市委|区委)[:\uFF1A]$/;

export interface Head {
  dropped: Line[];
  title: Line[];
  /** The title without a glued-on date. */
  titleText: string | undefined;
  addressee: Line | undefined;
  /** Index in `lines` of the first line after the head. */
  next: number;
  notes: ImportNote[];
}

function titleOf(l: Line): string | undefined {
  // A title has no sentence in it: no full stop, and no comma (a preamble line ending 予以通报 has one).
  if (l.marker || !headingLike(l.text, 100) || /[。，,]/.test(unquoted(l.text))) return undefined;
  const m = TITLE.exec(l.text);
  if (!m) return undefined;
  return m[1] ? l.text.slice(0, l.text.length - m[0].length + m[0].indexOf(m[1])).replace(/[\s（(]+$/, '') : l.text;
}

/** Reads the head: portal lines, title lines, addressee. */
export function readHead(lines: readonly Line[]): Head {
  const notes: ImportNote[] = [];
  const dropped: Line[] = [];
  let i = 0;
  // The title is looked for among the first lines; what stands before it is the portal's.
  const LOOK = 24;
  // …but only if every line before it reads like portal text: a sentence of the report is never dropped as portal.
  const portalish = (l: Line) => isPortal(l.text) || (l.text.length <= 40 && !/[。；;]/.test(l.text) && !l.marker);
  const found = lines.slice(0, LOOK).findIndex((l) => titleOf(l) !== undefined);
  const titleAt = found > 0 && !lines.slice(0, found).every(portalish) ? -1 : found;
  if (titleAt >= 0) {
    for (; i < titleAt; i++) {
      const l = lines[i] as Line;
      dropped.push(l);
      notes.push(note(l.no, 'portal', l.text));
    }
  }
  const title: Line[] = [];
  let titleText: string | undefined;
  const skipPortal = () => {
    while (i < lines.length && isPortal((lines[i] as Line).text)) {
      const l = lines[i] as Line;
      dropped.push(l);
      notes.push(note(l.no, 'portal', l.text));
      i++;
    }
  };
  skipPortal();
  const first = lines[i];
  if (first && titleOf(first) !== undefined) {
    titleText = titleOf(first);
    title.push(first);
    const m = TITLE.exec(first.text);
    if (m?.[1]) notes.push(note(first.no, 'titleDate', m[1]));
    i++;
    skipPortal();
    const again = lines[i];
    if (again && titleOf(again) !== undefined && (titleOf(again) === titleText || again.text === first.text)) {
      title.push(again);
      notes.push(note(again.no, 'titleTwice'));
      i++;
      skipPortal();
    }
  }
  let addressee: Line | undefined;
  const a = lines[i];
  if (a && ADDRESSEE.test(a.text)) {
    addressee = a;
    i++;
  }
  return { dropped, title, titleText, addressee, next: i, notes };
}

const CN = CN_NUMERAL;
/** An inspection team as printed: 省委第九巡视组, 县委第三巡察组, 市委乡村振兴领域专项巡察组, 区委组建4个巡察组. */
const TEAM = new RegExp(
  `((?:中央|省委|市委|州委|盟委|区委|县委|旗委|党委|党组)(?:第${CN}(?:轮)?)?(?:[\\u4e00-\\u9fa5]{0,10}?专项)?(?:第${CN})?(?:巡视|巡察)(?:工作)?组|(?:中央|省委|市委|县委|区委)组建\\d+个(?:巡视|巡察)组)`,
);
const DAY = '(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日';
const RANGE = new RegExp(`${DAY}\\s*(?:至|到|—{1,2}|-|－|~|\\uFF5E|–)\\s*${DAY}`);

const pad = (n: string | number) => String(n).padStart(2, '0');

/** Reads the inspection team and dates from the preamble; each is left out when not printed. */
export function readInspection(
  preamble: string,
  year: string | undefined,
): { inspection: ReportData['inspection']; missing: ('team' | 'dates' | 'feedback')[] } {
  const inspection: ReportData['inspection'] = {};
  const missing: ('team' | 'dates' | 'feedback')[] = [];
  const team = TEAM.exec(preamble)?.[1];
  if (team) inspection.team = team;
  else missing.push('team');
  const range = RANGE.exec(preamble);
  let endYear = year;
  let endMonth = '';
  if (range) {
    const [, y1p, m1 = '', d1 = '', y2p, m2 = '', d2 = ''] = range;
    const y1 = y1p ?? year;
    if (y1) {
      // A date printed without its year follows the one before it: 11月8日至1月10日 ends in the next year.
      const y2 = y2p ?? (Number(m2) < Number(m1) ? String(Number(y1) + 1) : y1);
      inspection.start = `${y1}-${pad(m1)}-${pad(d1)}`;
      inspection.end = `${y2}-${pad(m2)}-${pad(d2)}`;
      endYear = y2;
      endMonth = m2;
    } else missing.push('dates');
  } else missing.push('dates');
  const after = range ? preamble.slice(range.index + range[0].length) : preamble;
  const fb = new RegExp(`${DAY}[,，]?[^。]*?反馈`).exec(after);
  if (fb && (fb[1] ?? endYear)) {
    const y = fb[1] ?? (endMonth && Number(fb[2]) < Number(endMonth) ? String(Number(endYear) + 1) : (endYear as string));
    inspection.feedback = `${y}-${pad(fb[2] ?? '')}-${pad(fb[3] ?? '')}`;
  } else missing.push('feedback');
  // Dates the text does not put in order are not read as the inspection's (the schema would refuse them): left out, and said.
  if (inspection.start && inspection.end && inspection.start > inspection.end) {
    delete inspection.start;
    delete inspection.end;
    missing.push('dates');
  }
  if (inspection.feedback && inspection.end && inspection.feedback < inspection.end) {
    delete inspection.feedback;
    if (!missing.includes('feedback')) missing.push('feedback');
  }
  return { inspection, missing };
}
