/**
 * How Word writes a list number in each numbering format (w:numFmt of
 * ECMA-376, 17.18.59), for the formats official documents use: 一 二 三
 * (chineseCounting), 1 2 3 (decimal), ① ② ③, ⑴ ⑵ ⑶, 甲 乙 丙, a b c,
 * i ii iii. A format this does not know is written as decimal, and said.
 */

const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const CN_LEGAL = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];

/** 一 … 十 … 十一 … 九十九, 一百, 一百零一 …: Chinese counting as Word prints it below ten thousand (a zero inside is 零). */
function chineseCounting(
  n: number,
  digits: readonly string[] = CN,
  units: readonly string[] = ['', '十', '百', '千'],
  dropLeadingOne = true,
): string {
  if (n === 0) return digits[0] as string;
  const d = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  d.forEach((x, i) => {
    const unit = units[d.length - 1 - i] ?? '';
    if (x === 0) {
      zero = out !== '';
      return;
    }
    if (zero) out += '零';
    zero = false;
    out += (dropLeadingOne && x === 1 && unit === units[1] && out === '' ? '' : digits[x]) + unit;
  });
  return out;
}

/** 一〇一: digit by digit. */
const ideographDigital = (n: number) =>
  String(n)
    .split('')
    .map((x) => CN[Number(x)])
    .join('');

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
const PARENTHESISED = '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇';
const FULL_STOP = '⒈⒉⒊⒋⒌⒍⒎⒏⒐⒑⒒⒓⒔⒕⒖⒗⒘⒙⒚⒛';
const STEMS = '甲乙丙丁戊己庚辛壬癸';
const BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

const fromList = (list: string, n: number) => [...list][n - 1] ?? String(n);

/** aa, bb after z, as Word does. */
const letter = (n: number) => String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);

function roman(n: number): string {
  const table: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let out = '';
  for (const [v, s] of table) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalHalfWidth: String,
  decimalZero: (n) => String(n).padStart(2, '0'),
  decimalFullWidth: (n) => String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  decimalFullWidth2: (n) => String(n).replace(/\d/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)),
  decimalEnclosedCircle: (n) => fromList(CIRCLED, n),
  decimalEnclosedCircleChinese: (n) => fromList(CIRCLED, n),
  decimalEnclosedParen: (n) => fromList(PARENTHESISED, n),
  decimalEnclosedFullstop: (n) => fromList(FULL_STOP, n),
  chineseCounting: (n) => chineseCounting(n),
  chineseCountingThousand: (n) => chineseCounting(n),
  japaneseCounting: (n) => chineseCounting(n),
  taiwaneseCounting: (n) => chineseCounting(n),
  ideographDigital,
  taiwaneseDigital: ideographDigital,
  japaneseDigitalTenThousand: ideographDigital,
  chineseLegalSimplified: (n) => chineseCounting(n, CN_LEGAL, ['', '拾', '佰', '仟'], false),
  ideographTraditional: (n) => fromList(STEMS, n),
  ideographZodiac: (n) => fromList(BRANCHES, n),
  lowerLetter: letter,
  upperLetter: (n) => letter(n).toUpperCase(),
  lowerRoman: roman,
  upperRoman: (n) => roman(n).toUpperCase(),
  none: () => '',
};

/** True when Word's format is one this writes as Word does. */
export function knownFormat(numFmt: string): boolean {
  return numFmt in FORMATS;
}

/** The number n in Word's format numFmt (decimal for a format this does not know). */
export function formatNumber(n: number, numFmt: string): string {
  return (FORMATS[numFmt] ?? String)(n);
}
