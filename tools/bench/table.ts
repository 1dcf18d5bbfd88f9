/**
 * Plain-text tables and units for the benchmark's output. Sizes use
 * 1 KB = 1024 bytes throughout (the budgets are written in the same unit).
 */

/** 1536 → "1.5 KB"; below 1 KB, bytes. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes === null || bytes === undefined || !Number.isFinite(bytes)) return 'n/a';
  if (Math.abs(bytes) < 1024) return `${Math.round(bytes)} B`;
  if (Math.abs(bytes) < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** 1234 → "1.23 s"; below a second, milliseconds. */
export function formatMs(ms: number | null | undefined): string {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return 'n/a';
  if (Math.abs(ms) < 1000) return `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Display width of a string: CJK and full-width characters take two columns. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) ?? 0;
    const wide =
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6);
    w += wide ? 2 : 1;
  }
  return w;
}

export type Align = 'left' | 'right';

/**
 * Formats rows under headers with aligned columns. A row that is a single
 * string spans the table (used for "n/a (page missing)" and notes).
 */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly string[] | string)[],
  align: readonly Align[] = [],
): string {
  const cells = rows.filter((r): r is readonly string[] => typeof r !== 'string');
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...cells.map((r) => displayWidth(r[i] ?? ''))));
  const pad = (s: string, i: number) => {
    const gap = ' '.repeat(Math.max(0, (widths[i] ?? 0) - displayWidth(s)));
    return align[i] === 'right' ? gap + s : s + gap;
  };
  const line = (r: readonly string[]) =>
    r
      .map((c, i) => pad(c, i))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [line(headers), rule, ...rows.map((r) => (typeof r === 'string' ? r : line(r)))].join('\n');
}
