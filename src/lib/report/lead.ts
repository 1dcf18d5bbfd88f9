/**
 * A point of the organisation part or the next steps (一是深化思想认识，提高
 * 政治站位。坚持…) opens with a short lead sentence that names it. On the
 * report page the lead stands as the point's summary and the rest folds
 * away, so a phone reaches the list of problems in two screens; the text is
 * split, never changed: lead + rest is the paragraph, character for character.
 */

/** The longest lead that still reads as a summary line. */
export const MAX_LEAD = 40;

/** Splits a paragraph after its first sentence when that sentence is a short lead and more follows; null otherwise. */
export function splitLead(paragraph: string): { lead: string; rest: string } | null {
  const end = paragraph.indexOf('。');
  if (end === -1 || end + 1 > MAX_LEAD || end + 1 >= paragraph.length) return null;
  return { lead: paragraph.slice(0, end + 1), rest: paragraph.slice(end + 1) };
}
