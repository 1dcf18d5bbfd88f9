/**
 * The plain text of an MDX body, paragraph by paragraph, as a reader sees it
 * (escapes resolved, markup dropped), with the line each starts on; a
 * sub-problem heading (a `### ` line, the one heading a body may hold) is a
 * block of its own, marked as such. Used by the fidelity check, the figures,
 * the measure count and the importer's round trip.
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
  /** A sub-problem heading (### …), not a paragraph. */
  subProblem?: true;
}

/** Splits an MDX body into its block-level texts with their lines, in order. */
export function bodyBlocks(mdx: string): BodyBlock[] {
  return treeBlocks(parser.parse(mdx) as Root);
}

/** As bodyBlocks, on a body already parsed (remark-parse + remark-mdx). */
export function treeBlocks(tree: Root): BodyBlock[] {
  return tree.children
    .filter((n) => n.type !== 'mdxjsEsm' && n.type !== 'yaml' && n.type !== 'thematicBreak')
    .map(
      (n): BodyBlock => ({
        text: toString(n),
        line: n.position?.start.line ?? 1,
        ...(n.type === 'heading' ? { subProblem: true as const } : {}),
      }),
    )
    .filter((b) => b.text.trim() !== '');
}

/** Splits an MDX body into its block-level texts, in order. */
export function bodyParagraphs(mdx: string): string[] {
  return bodyBlocks(mdx).map((b) => b.text);
}

/** The body's sub-problem headings (its ### lines), in order. */
export function subProblemsOf(blocks: readonly BodyBlock[]): string[] {
  return blocks.filter((b) => b.subProblem).map((b) => b.text);
}

/** An MDX body's paragraphs and its sub-problem headings among them: what the measure rule reads. */
export function bodyText(mdx: string): { paragraphs: string[]; subProblems: string[] } {
  const blocks = bodyBlocks(mdx);
  return { paragraphs: blocks.map((b) => b.text), subProblems: subProblemsOf(blocks) };
}
