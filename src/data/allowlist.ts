/**
 * A report's metrics-allowlist.yaml, validated: the percentages of the report
 * that are deliberately not figures, each with its reason. Absent: none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allowlistSchema, type AllowlistEntry } from '../schemas/metric.ts';
import { ALLOWLIST_FILE, REPORTS_DIR } from '../lib/content/layout.ts';

/** The allowlist entries of one report; throws naming the file, field, expected and found on a bad entry. */
export function loadAllowlist(slug: string): AllowlistEntry[] {
  const file = `content/${REPORTS_DIR}/${slug}/${ALLOWLIST_FILE}`;
  if (!existsSync(file)) return [];
  const result = allowlistSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) throw new Error(`${file}:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  return result.data.entries;
}
