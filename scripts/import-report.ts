/**
 * npm run import -- <report.txt|.docx|.html> [--slug <slug>] [--out <content dir>] [--force]
 * npm run import -- <corrected.txt|.docx|.html> --slug <slug> --update [--note "…"] [--dry-run]
 * Adds a report as content/reports/<slug>/ (or <out>/reports/<slug>/), from
 * plain text, a Word document or a saved portal page (src/lib/import/sources/);
 * a Word document or page is kept in the folder as original.docx / original.html.
 * Checks what it would write with the build's own content check first; writes
 * nothing if that fails, if the text holds no problem, or if the target is bad,
 * and never replaces an existing report without --force. --update puts a
 * corrected source into an existing report, keeping what editors added where
 * it still holds, and records the correction (src/lib/import/update.ts).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { importReceived, summarise } from '../src/lib/import/run.ts';
import { readReceived } from '../src/lib/import/sources/index.ts';
import { describeRemovals } from '../src/lib/import/sources/invisible.ts';
import { ORIGINAL_FILES, REPORTS_DIR } from '../src/lib/content/layout.ts';
import { targetProblem, writeReport } from '../src/lib/import/target.ts';
import { today, updateFromText } from '../src/lib/import/update.ts';
import { readContentFiles } from '../src/lib/content/files.ts';

const USAGE =
  '用法 / usage: npm run import -- <report.txt|report.docx|page.html> [--slug <slug>] [--out <content dir>] [--force] | <corrected.txt|.docx|.html> --slug <slug> --update [--note "…"] [--dry-run]';
function parsedArgs() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        out: { type: 'string', default: 'content' },
        slug: { type: 'string' },
        force: { type: 'boolean', default: false },
        update: { type: 'boolean', default: false },
        note: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    console.error(`${(e as Error).message} / ${USAGE}`);
    process.exit(2);
  }
}
const { values, positionals } = parsedArgs();
const input = positionals[0];
if (!input || !existsSync(input) || !statSync(input).isFile()) {
  console.error(input ? `${input}: 文件不存在或不是文件 / expected a file (.txt, .docx or .html), found none` : USAGE);
  process.exit(2);
}
if (values.update && (!values.slug || values.force)) {
  console.error(`--update: 须与 --slug 同用，不能与 --force 同用 / expected --slug with --update, and not --force / ${USAGE}`);
  process.exit(2);
}
if (!values.update && (values.note !== undefined || values['dry-run'])) {
  console.error(`--note、--dry-run: 只用于 --update / expected only with --update / ${USAGE}`);
  process.exit(2);
}
const received = await readReceived(readFileSync(input), basename(input));
if (!received.ok) {
  console.error(`${input}: ${received.message}`);
  process.exit(1);
}
for (const n of received.notes) console.log(`${input}: ${n}`);
// Line numbers below are those of the text read from the file: for a .docx or a page, its paragraphs in order.
for (const line of describeRemovals(received.removals)) console.log(`${input}: ${line}`);
const text = received.text;

if (values.update) {
  const slug = values.slug ?? '';
  const out = resolve(values.out);
  const update = updateFromText(text, {
    files: readContentFiles(dirname(out), basename(out)),
    contentDir: basename(out),
    slug,
    date: today(),
    note: values.note,
  });
  if (!update.ok) {
    for (const p of update.problems) console.error(`${input}:${p.line}: ${p.message}`);
    console.error('未找到问题，不是整改情况通报；未写入任何文件 / no problem found: not a rectification report; nothing written');
    process.exit(1);
  }
  for (const d of update.dropped) console.log(`${input}:${d.line}: 舍弃 / dropped: ${d.message}`);
  const { plan } = update;
  if (!plan.ok) {
    (plan.unchanged ? console.log : console.error)(plan.errors);
    process.exit(plan.unchanged ? 0 : 1);
  }
  for (const line of plan.summary) console.log(line);
  if (values['dry-run']) {
    console.log('试运行，未写入任何文件 / dry run: nothing written');
    process.exit(0);
  }
  // The kept original is the file the text now comes from: the new one, or none.
  const original = received.original ? [{ path: received.original.name, content: received.original.bytes }] : [];
  const write = [...plan.write, ...original];
  const stale = Object.values(ORIGINAL_FILES).filter(
    (name) => name !== received.original?.name && existsSync(join(values.out, REPORTS_DIR, slug, name)),
  );
  const remove = [...plan.remove, ...stale];
  const problem = targetProblem(values.out, slug, write, true);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  try {
    const folder = writeReport(values.out, slug, write, { remove });
    if (plan.warnings) console.log(plan.warnings);
    console.log(
      `已更正 / corrected: ${folder}/（写入 ${write.length} 个文件，删除 ${remove.length} 个 / ${write.length} files written, ${remove.length} removed）`,
    );
  } catch (e) {
    console.error(`${values.out}: 写入失败，未改动 / could not write; left as it was: ${(e as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
  process.exit(0);
}

const outcome = importReceived(received, basename(input), { slug: values.slug });
if (!outcome.ok) {
  for (const p of outcome.problems) console.error(`${input}:${p.line}: ${p.message}`);
  if (outcome.checkErrors) console.error(outcome.checkErrors);
  for (const line of summarise(outcome)) console.error(line);
  process.exit(1);
}
for (const d of outcome.dropped) console.log(`${input}:${d.line}: 舍弃 / dropped: ${d.message}`);
for (const n of outcome.notes) console.log(`${input}:${n.line}: 说明 / note: ${n.message}`);
const files = outcome.original ? [...outcome.files, outcome.original] : outcome.files;
const problem = targetProblem(values.out, outcome.slug, files, values.force);
if (problem) {
  console.error(problem);
  process.exit(1);
}
let folder: string;
try {
  folder = writeReport(values.out, outcome.slug, files);
} catch (e) {
  console.error(`${values.out}: 写入失败，未改动 / could not write; left as it was: ${(e as Error).message.split('\n')[0]}`);
  process.exit(1);
}
for (const line of summarise(outcome)) console.log(line);
if (outcome.warnings) console.log(outcome.warnings);
if (received.removals.length > 0)
  console.log(
    `看不见的字符 / invisible characters: 删除或替换 ${received.removals.length} 处（见上）${outcome.original ? `，保留的 ${outcome.original.path} 中仍有` : ''} / ${received.removals.length} removed or replaced (listed above)${outcome.original ? `; the kept ${outcome.original.path} still has them` : ''}`,
  );
console.log(
  `写入 / written: ${files.length} files in ${folder}/ (主题与百分数为自动建议,请核对 / themes and percentages are suggestions: review them)`,
);
