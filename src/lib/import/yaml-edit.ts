/**
 * Edits a YAML file in place for the importer's --update: only the keys
 * whose value changes are touched, so everything else an editor wrote —
 * comments, quoting, key order — stays as it was. Lists merged by id are
 * edited item by item (removed, replaced, added) for the same reason.
 */
import { isDeepStrictEqual } from 'node:util';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';
import type { ListMerge } from './merge.ts';

/** How the importer writes YAML: no folding of long lines, flow lists as [a, b]. */
export const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** One top-level key's new value (undefined: remove the key), or the item edits of a list merged by id. */
export type KeyEdit = { key: string; value: unknown } | { key: string; list: ListMerge<unknown>['edit']; value: unknown[] };

/** Puts a new top-level key before the first present key that comes after it in `order` (else at the end). */
function insertKey(doc: Document, key: string, value: unknown, order: readonly string[]): void {
  const map = doc.contents;
  if (!isMap(map)) {
    doc.set(key, value);
    return;
  }
  const rank = order.indexOf(key);
  const at =
    rank === -1 ? -1 : map.items.findIndex((p) => order.indexOf(String((p.key as { value?: unknown } | null)?.value ?? p.key)) > rank);
  const pair = doc.createPair(key, value);
  if (at === -1) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}

/**
 * Applies the edits to YAML text and returns the new text; the text itself
 * when nothing changes. `current` is the file's data as parsed (with
 * defaults), so a key left out for its default is not written back.
 */
export function editYaml(text: string, current: Record<string, unknown>, edits: readonly KeyEdit[], order: readonly string[]): string {
  const doc = parseDocument(text, { keepSourceTokens: false });
  let changed = false;
  for (const e of edits) {
    if (isDeepStrictEqual(current[e.key] ?? null, e.value ?? null)) continue;
    changed = true;
    const empty = e.value === undefined || (Array.isArray(e.value) && e.value.length === 0);
    if (empty) {
      doc.delete(e.key);
      continue;
    }
    const node = doc.get(e.key, true);
    if ('list' in e && isSeq(node)) {
      for (const [i, v] of e.list.replace) node.set(i, doc.createNode(v));
      for (const i of [...e.list.remove].sort((a, b) => b - a)) node.delete(i);
      for (const v of e.list.add) node.add(doc.createNode(v));
    } else if (doc.has(e.key)) doc.set(e.key, e.value);
    else insertKey(doc, e.key, e.value, order);
  }
  return changed ? doc.toString(YAML_OPTIONS) : text;
}
