/**
 * npm run new:section -- [--title <问题名称>] [--theme <主题>] [--number N] [--bump]
 * Creates content/sections/NN-标题.mdx with every required field present and
 * commented. The number defaults to problemCount + 1; --bump also raises
 * problemCount in content/report.yaml. Never overwrites a file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { scaffoldSection } from '../src/lib/content/scaffold.ts';
import { THEMES, type Theme } from '../src/schemas/themes.ts';

const { values } = parseArgs({
  options: {
    title: { type: 'string' },
    theme: { type: 'string' },
    number: { type: 'string' },
    bump: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});
const reportPath = join(values.content, 'report.yaml');
const reportText = readFileSync(reportPath, 'utf8');
const problemCount = Number((parse(reportText) as { problemCount?: unknown }).problemCount);
if (!Number.isInteger(problemCount)) {
  console.error(`${reportPath}: problemCount 应为整数 / expected a whole number, found ${String(problemCount)}`);
  process.exit(1);
}
const number = values.number ? Number(values.number) : problemCount + 1;
if (!Number.isInteger(number) || number < 1) {
  console.error(`--number 应为正整数,实为 ${values.number} / expected a whole number from 1, found ${values.number}`);
  process.exit(2);
}
if (values.theme && !(THEMES as readonly string[]).includes(values.theme)) {
  console.error(`--theme 应为以下之一:${THEMES.join('、')},实为 ${values.theme} / expected one of: ${THEMES.join(', ')}, found ${values.theme}`);
  process.exit(2);
}
const dir = join(values.content, 'sections');
const taken = readdirSync(dir).find((f) => f.startsWith(`${String(number).padStart(2, '0')}-`));
if (taken) {
  console.error(`${join(dir, taken)}: 编号 ${number} 已有条目,未创建新文件 / number ${number} already has an entry; nothing written (use --number)`);
  process.exit(1);
}
const newCount = values.bump ? Math.max(problemCount, number) : problemCount;
const { name, content } = scaffoldSection({ number, problemCount: newCount, title: values.title, theme: values.theme as Theme | undefined });
const path = join(dir, name);
if (existsSync(path)) {
  console.error(`${path}: 已存在,未覆盖 / exists; not overwritten`);
  process.exit(1);
}
writeFileSync(path, content);
console.log(`✔ 已创建 / created ${path}`);
if (values.bump && newCount !== problemCount) {
  writeFileSync(reportPath, reportText.replace(/^problemCount:\s*\d+/m, `problemCount: ${newCount}`));
  console.log(`✔ ${reportPath}: problemCount ${problemCount} → ${newCount}`);
} else if (number > problemCount) {
  console.log(`提示 / note: ${reportPath} 的 problemCount 仍为 ${problemCount};加 --bump 可一并改为 ${number} / problemCount is still ${problemCount}; add --bump to raise it`);
}
console.log('下一步 / next: 填写各字段和正文,然后运行 npm run check:content / fill in the fields and the text, then run npm run check:content');
