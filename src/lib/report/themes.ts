/** A report's own theme grouping: its problems grouped in the report's theme order, empty themes left out. */

/** Groups items by theme in the given order; items without a theme or with an unlisted one are left out. */
export function groupByTheme<T>(
  items: readonly T[],
  themeOf: (item: T) => string | undefined,
  order: readonly string[],
): { theme: string; items: T[] }[] {
  return order.map((theme) => ({ theme, items: items.filter((i) => themeOf(i) === theme) })).filter((g) => g.items.length > 0);
}
