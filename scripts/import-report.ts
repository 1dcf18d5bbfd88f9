/**
 * npm run import -- <report.txt> [--slug <slug>] [--out <content dir>] [--force]
 * Adds a plain-text report as content/reports/<slug>/ (or <out>/reports/<slug>/).
 * Checks what it would write with the build's own content check first; writes
 * nothing if that fails, if the text holds no problem, or if the target is bad,
 * and never replaces an existing report without --force.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importReport, summarise } from '../src/lib/import/run.ts';
import { decodeReport } from '../src/lib/import/encoding.ts';
import { targetProblem, writeReport } from '../src/lib/import/target.ts';

const USAGE = '用法 / usage: npm run import -- <report.txt> [--slug <slug>] [--out <content dir>] [--force]';
function parsedArgs() {
  try {
    return parseArgs({ allowPositionals: true, options: { out: { type: 'string', default: 'content' }, slug: { type: 'string' }, force: { type: 'boolean', default: false } } });
  } catch (e) {
    console.error(`${(e as Error).message} / ${USAGE}`);
    process.exit(2);
  }
}
const { values, positionals } = parsedArgs();
const input = positionals[0];
if (!input || !existsSync(input) || !statSync(input).isFile()) {
  console.error(input ? `${input}: 文件不存在或不是文件 / expected a text file, found none` : USAGE);
  process.exit(2);
}
const { text, encoding } = decodeReport(readFileSync(input));
if (encoding !== 'utf-8') console.log(`${input}: 按 GB18030/GBK 编码读取,原文将另存为 UTF-8 / read as GB18030/GBK; the kept source is written as UTF-8`);
const outcome = importReport(text, basename(input), { slug: values.slug });
if (!outcome.ok) {
  for (const p of outcome.problems) console.error(`${input}:${p.line}: ${p.message}`);
  if (outcome.checkErrors) console.error(outcome.checkErrors);
  for (const line of summarise(outcome)) console.error(line);
  process.exit(1);
}
for (const d of outcome.dropped) console.log(`${input}:${d.line}: 舍弃 / dropped: ${d.message}`);
for (const n of outcome.notes) console.log(`${input}:${n.line}: 说明 / note: ${n.message}`);
const problem = targetProblem(values.out, outcome.slug, outcome.files, values.force);
if (problem) {
  console.error(problem);
  process.exit(1);
}
let folder: string;
try {
  folder = writeReport(values.out, outcome.slug, outcome.files);
} catch (e) {
  console.error(`${values.out}: 写入失败，未改动 / could not write; left as it was: ${(e as Error).message.split('\n')[0]}`);
  process.exit(1);
}
for (const line of summarise(outcome)) console.log(line);
if (outcome.warnings) console.log(outcome.warnings);
console.log(`写入 / written: ${outcome.files.length} files in ${folder}/ (主题与百分数为自动建议,请核对 / themes and percentages are suggestions: review them)`);
