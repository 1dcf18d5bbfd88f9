/**
 * The plain text of an MDX body, paragraph by paragraph, as a reader sees it
 * (escapes resolved, markup dropped). Used by the fidelity check and the
 * importer's round trip.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMdx);

/** Splits an MDX body into its block-level texts, in order. */
export function bodyParagraphs(mdx: string): string[] {
  const tree = parser.parse(mdx) as Root;
  return tree.children
    .filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'yaml' && n.type !== 'thematicBreak')
    .map((n) => toString(n))
    .filter((t) => t.trim() !== '');
}
