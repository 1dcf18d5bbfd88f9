/**
 * The plain text of an MDX body, paragraph by paragraph, as a reader sees it
 * (escapes resolved, markup dropped), with the line each starts on. Used by
 * the fidelity check, the figures and the importer's round trip.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkMdx from 'remark-mdx';
import { toString } from 'mdast-util-to-string';
import type { Root } from 'mdast';

const parser = unified().use(remarkParse).use(remarkMdx);

/** One block of a body: its text and the 1-based line of the body it starts on. */
export interface BodyBlock {
  text: string;
  line: number;
}

/** Splits an MDX body into its block-level texts with their lines, in order. */
export function bodyBlocks(mdx: string): BodyBlock[] {
  return treeBlocks(parser.parse(mdx) as Root);
}

/** As bodyBlocks, on a body already parsed (remark-parse + remark-mdx). */
export function treeBlocks(tree: Root): BodyBlock[] {
  return tree.children
    .filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'yaml' && n.type !== 'thematicBreak')
    .map((n) => ({ text: toString(n), line: n.position?.start.line ?? 1 }))
    .filter((b) => b.text.trim() !== '');
}

/** Splits an MDX body into its block-level texts, in order. */
export function bodyParagraphs(mdx: string): string[] {
  return bodyBlocks(mdx).map((b) => b.text);
}
