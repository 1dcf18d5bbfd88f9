/**
 * npm run import -- <report.txt> [--out <content dir>] [--force]
 * Parses a plain-text report into content entries. Writes nothing if any part
 * cannot be placed, and never overwrites an entry without --force.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { importReport, summarise } from '../src/lib/import/run.ts';
import { decodeReport } from '../src/lib/import/encoding.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false } },
});
const input = positionals[0];
if (!input || !existsSync(input)) {
  console.error(input ? `${input}: 文件不存在 / no such file` : '用法 / usage: npm run import -- <report.txt> [--out <dir>] [--force]');
  process.exit(2);
}
const { text, encoding } = decodeReport(readFileSync(input));
if (encoding !== 'utf-8') console.log(`${input}: 按 GB18030/GBK 编码读取,原文将另存为 UTF-8 / read as GB18030/GBK; the kept source is written as UTF-8`);
const outcome = importReport(text, basename(input));
if (!outcome.ok) {
  for (const p of outcome.problems) console.error(`${input}:${p.line}: ${p.message}`);
  if (outcome.checkErrors) console.error(outcome.checkErrors);
  for (const line of summarise(outcome)) console.error(line);
  process.exit(1);
}
for (const w of outcome.warnings) console.warn(`${input}:${w.line}: ⚠ ${w.message}`);
for (const d of outcome.dropped) console.log(`${input}:${d.line}: 舍弃 / dropped ${d.message}`);
const clashes = outcome.files.map((f) => join(values.out, f.path)).filter((p) => existsSync(p));
if (clashes.length > 0 && !values.force) {
  for (const p of clashes) console.error(`${p}: 已存在,未覆盖 / exists; not overwritten (use --force)`);
  console.error('未写入任何文件 / nothing written');
  process.exit(1);
}
for (const f of outcome.files) {
  const path = join(values.out, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
const sectionsDir = join(values.out, 'sections');
const stale = existsSync(sectionsDir) ? readdirSync(sectionsDir).filter((f) => f.endsWith('.mdx') && !outcome.files.some((o) => o.path === `sections/${f}`)) : [];
for (const f of stale) console.warn(`${join(sectionsDir, f)}: ⚠ 不属于本次导入的旧条目,请删除,否则检查会报编号错误 / an older entry not in this import: delete it, or the check fails on numbering`);
for (const line of summarise(outcome)) console.log(line);
console.log(`写入 / written: ${outcome.files.length} files under ${values.out}/ (主题为自动建议,请核对 / themes are suggestions: review them)`);
