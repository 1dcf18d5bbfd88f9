/**
 * Geometry of the build-time SVG bars: a progress bar (done of total) and a
 * stacked bar (parts of a whole). Pure numbers; components only draw them.
 * The viewBox is fixed and the SVG scales to its container, so the bars work
 * from 320px up. Segments differ in fill pattern as well as shade, so they
 * never rely on colour alone.
 */

/** Size of every bar's viewBox, in user units. */
export interface BarBox {
  width: number;
  height: number;
}

export const BAR_BOX: BarBox = { width: 300, height: 24 };

/** The fill patterns a stacked bar cycles through, in order; 'solid' is a plain fill (a class), the others an SVG <pattern> each. */
export const SEGMENT_PATTERNS = ['solid', 'hatch', 'dots', 'cross'] as const;
export type SegmentPattern = (typeof SEGMENT_PATTERNS)[number];

/** The id of a figure's <pattern> element; idPrefix is unique on the page, so the bar and its legend share one definition. */
export function patternId(idPrefix: string, pattern: SegmentPattern): string {
  return `${idPrefix}-${pattern}`;
}

/** The fill attribute that points at patternId(idPrefix, pattern). */
export function patternFill(idPrefix: string, pattern: SegmentPattern): string {
  return `url(#${patternId(idPrefix, pattern)})`;
}

export interface ProgressGeometry {
  box: BarBox;
  /** Width of the done part, 0 to box.width. */
  doneWidth: number;
  /** Done share, 0 to 1 (clamped). */
  fraction: number;
}

const clamp01 = (x: number) => (Number.isFinite(x) ? Math.min(1, Math.max(0, x)) : 0);
const round2 = (x: number) => Math.round(x * 100) / 100;

/** A progress bar from a fraction 0..1 (done/total, or a stated percent / 100). */
export function progressGeometry(fraction: number, box: BarBox = BAR_BOX): ProgressGeometry {
  const f = clamp01(fraction);
  return { box, fraction: f, doneWidth: round2(f * box.width) };
}

export interface Segment {
  /** Left edge in user units. */
  x: number;
  width: number;
  /** Index of the part in the text's order. */
  index: number;
  pattern: SegmentPattern;
}

/** The narrowest a non-zero segment is drawn, in user units, so a small part (10 of 6241) stays visible. */
export const MIN_SEGMENT = 4;

/**
 * A stacked bar: each part a segment proportional to its value, in order,
 * separated by a gap (taken from the segment's own width, so the whole bar
 * still spans the total). A non-zero part narrower than MIN_SEGMENT is drawn
 * at MIN_SEGMENT, the difference taken from the widest part; the legend
 * carries the exact numbers.
 */
export function stackedGeometry(values: readonly number[], total: number, box: BarBox = BAR_BOX, gap = 2): Segment[] {
  const sum = total > 0 ? total : values.reduce((s, v) => s + v, 0);
  if (sum <= 0) return [];
  const widths = values.map((v) => clamp01(v / sum) * box.width);
  const widest = widths.indexOf(Math.max(...widths));
  widths.forEach((w, i) => {
    if (w > 0 && w < MIN_SEGMENT && i !== widest) {
      widths[widest] = (widths[widest] ?? 0) - (MIN_SEGMENT - w);
      widths[i] = MIN_SEGMENT;
    }
  });
  let x = 0;
  return widths.map((full, index) => {
    const seg: Segment = {
      x: round2(x),
      width: round2(Math.max(0, full - (index < widths.length - 1 ? gap : 0))),
      index,
      pattern: SEGMENT_PATTERNS[index % SEGMENT_PATTERNS.length] ?? 'solid',
    };
    x += full;
    return seg;
  });
}
