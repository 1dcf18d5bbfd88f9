/**
 * Dates as reports of the genre print them: 2022年12月20日, 2023-11-20,
 * 2023.11.20, 二〇二三年十月九日 / 二○二三年十月九日 (both circles occur).
 */

const DIGITS: Record<string, number> = { 〇: 0, '○': 0, 零: 0, Ｏ: 0, O: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number written in Chinese numerals up to 31 (十, 十二, 二十, 三十一), or digit by digit for a year. */
function chineseNumber(s: string, year = false): number | null {
  if (year) {
    if (![...s].every((c) => c in DIGITS)) return null;
    return Number([...s].map((c) => DIGITS[c]).join(''));
  }
  const m = /^([一二三])?十([一二三四五六七八九])?$/.exec(s);
  if (m) return (m[1] ? (DIGITS[m[1]] ?? 0) : 1) * 10 + (m[2] ? (DIGITS[m[2]] ?? 0) : 0);
  if (s.length === 1 && s in DIGITS) return DIGITS[s] ?? null;
  return null;
}

const pad = (n: number) => String(n).padStart(2, '0');

function iso(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Reads a printed date line; the ISO date, or null when the line is not a whole date. */
export function parsePrintedDate(line: string): string | null {
  const s = line.trim().replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  let m = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/.exec(s) ?? /^(\d{4})[-./](\d{1,2})[-./](\d{1,2})$/.exec(s);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([〇○零Ｏ一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日$/.exec(s);
  if (m) {
    const [y, mo, d] = [chineseNumber(m[1] ?? '', true), chineseNumber(m[2] ?? ''), chineseNumber(m[3] ?? '')];
    return y !== null && mo !== null && d !== null ? iso(y, mo, d) : null;
  }
  return null;
}

/** Prints an ISO date the way the site writes dates: 2022年12月20日. */
export function chineseDate(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}
