/**
 * Zod error messages an editor can act on: what was expected and what was
 * found, in Chinese with the English beside it. Astro adds the file and field.
 */

/** Shows a found value briefly and unambiguously (strings quoted, long ones cut). */
export function shown(value: unknown): string {
  if (value === undefined) return '（缺失 / missing)';
  const s = JSON.stringify(value) ?? String(value);
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}

/** Builds a zod `error` option: "应为…,实为… / expected …, found …". */
export function expected(zh: string, en: string) {
  return {
    error: (issue: { input?: unknown }) =>
      issue.input === undefined
        ? `必填字段缺失，应为${zh} / required field is missing: expected ${en}`
        : `应为${zh}，实为 ${shown(issue.input)} / expected ${en}, found ${shown(issue.input)}`,
  };
}
