/**
 * npm run check:content
 * Runs the schema, numbering, figure and fidelity checks on content/ without
 * a build. Exit 1 if anything is wrong; every message names file:line and field.
 */
import { checkContent } from '../src/lib/content/run.ts';
import { formatIssues } from '../src/lib/issues.ts';
import { readContentFiles } from '../src/lib/content/files.ts';

const { errors, warnings } = checkContent(readContentFiles(process.cwd()));
if (warnings.length > 0) console.warn(`⚠ 警告 / warnings (${warnings.length}):\n${formatIssues(warnings)}\n`);
if (errors.length > 0) {
  console.error(
    `✘ 内容检查未通过，共 ${errors.length} 处错误 / content check failed with ${errors.length} error(s):\n${formatIssues(errors)}`,
  );
  process.exit(1);
}
console.log('✔ 内容检查通过 / content check passed');
