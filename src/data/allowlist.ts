/**
 * content/metrics-allowlist.yaml, validated: the percentages of the report
 * that are deliberately not metrics, each with its reason.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { allowlistSchema, type AllowlistEntry } from '../schemas/metric.ts';

export const ALLOWLIST_FILE = 'content/metrics-allowlist.yaml';

/** The allowlist entries; throws naming the file, field, expected and found on a bad entry. */
export function loadAllowlist(file = ALLOWLIST_FILE): AllowlistEntry[] {
  const result = allowlistSchema.safeParse(parse(readFileSync(file, 'utf8')));
  if (!result.success) {
    throw new Error(`${file}:\n${result.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
  }
  return result.data.entries;
}
