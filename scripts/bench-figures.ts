/**
 * npm run bench:figures [-- --report <slug>]
 * Imports the shipped report's source.txt with the importer and compares the
 * figures it proposes with the ones an editor typed by hand (tools/bench/figures.ts):
 * recall by kind, contradictions, other readings, misses. Exit 1 on any contradiction.
 */
import { parseArgs } from 'node:util';
import { compareFigures, formatComparison, shippedSections } from '../tools/bench/figures.ts';

const { values } = parseArgs({ options: { report: { type: 'string', default: '2022-12-20-jiangyan' } } });
const result = compareFigures(shippedSections(process.cwd(), values.report));
console.log(`figures proposed on content/reports/${values.report}/source.txt vs the hand-typed ones`);
for (const line of formatComparison(result)) console.log(line);
if (result.contradictions.length > 0) process.exit(1);
