import { THEMES, type Theme } from '../../schemas/themes.ts';

/** Groups items by theme in the fixed theme order, leaving out empty themes. */
export function groupByTheme<T>(items: readonly T[], themeOf: (item: T) => Theme): { theme: Theme; items: T[] }[] {
  return THEMES.map((theme) => ({ theme, items: items.filter((i) => themeOf(i) === theme) })).filter((g) => g.items.length > 0);
}
