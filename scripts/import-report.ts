/**
 * npm run import -- <report.txt> [--out <content dir>] [--force]
 * Parses a plain-text report into content entries. Writes nothing if any part
 * cannot be placed, and never overwrites an entry without --force.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseReport } from '../src/lib/import/parse.ts';
import { reportToFiles } from '../src/lib/import/write.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { out: { type: 'string', default: 'content' }, force: { type: 'boolean', default: false } },
});
const input = positionals[0];
if (!input) {
  console.error('用法 / usage: npm run import -- <report.txt> [--out <dir>] [--force]');
  process.exit(2);
}
const result = parseReport(readFileSync(input, 'utf8'));
if (!result.ok) {
  for (const p of result.problems) console.error(`${input}:${p.line}: ${p.message}`);
  console.error('未写入任何文件 / nothing written');
  process.exit(1);
}
const text = readFileSync(input, 'utf8');
const sourcePath = `source/${basename(input)}`;
const files = [...reportToFiles(result.report, sourcePath), { path: sourcePath, content: text }];
const clashes = files.map((f) => join(values.out, f.path)).filter((p) => existsSync(p));
if (clashes.length > 0 && !values.force) {
  for (const p of clashes) console.error(`${p}: 已存在,未覆盖 / exists; not overwritten (use --force)`);
  console.error('未写入任何文件 / nothing written');
  process.exit(1);
}
for (const f of files) {
  const path = join(values.out, f.path);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, f.content);
}
const r = result.report;
console.log(`问题 / problems: ${r.sections.length}`);
console.log(`组织要点 / organisation points: ${r.organisation.points.length}; 下一步要点 / next-step points: ${r.nextSteps.points.length}`);
console.log(`写入 / written: ${files.length} files under ${values.out}/ (主题为自动建议,请核对 / themes are suggestions: review them)`);
