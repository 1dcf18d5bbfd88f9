/**
 * npm run new:section -- --report <slug> [--title <问题名称>] [--theme <主题>] [--number N] [--bump] [--content <dir>]
 * Creates content/reports/<slug>/sections/NN-标题.mdx with every required
 * field present and commented. --report may be left out when the archive
 * holds one report. The number defaults to problemCount + 1; --bump also
 * raises problemCount in that report's report.yaml. Never overwrites a file.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { scaffoldSection } from '../src/lib/content/scaffold.ts';
import { REPORT_FILE, SECTIONS_DIR, reportFile, reportsDir } from '../src/lib/content/layout.ts';

const { values } = parseArgs({
  options: {
    report: { type: 'string' },
    title: { type: 'string' },
    theme: { type: 'string' },
    number: { type: 'string' },
    bump: { type: 'boolean', default: false },
    content: { type: 'string', default: 'content' },
  },
});
const contentDir = values.content.replace(/[\\/]+$/, '');
const root = reportsDir(contentDir);
const slugs = existsSync(root) ? readdirSync(root).filter((s) => existsSync(reportFile(s, REPORT_FILE, contentDir))) : [];
const slug = values.report ?? (slugs.length === 1 ? slugs[0] : undefined);
if (!slug || !slugs.includes(slug)) {
  console.error(
    `--report 应为 ${root}/ 下的通报文件夹名之一：${slugs.join('、') || '（无）'}，实为 ${values.report ?? '（未给出）'} / expected --report <slug>, one of: ${slugs.join(', ') || '(none)'}, found ${values.report ?? 'none'}`,
  );
  process.exit(2);
}
const reportPath = reportFile(slug, REPORT_FILE, contentDir);
const reportText = readFileSync(reportPath, 'utf8');
const data = parse(reportText) as { problemCount?: unknown; themes?: { name?: unknown }[] };
const problemCount = Number(data.problemCount);
if (!Number.isInteger(problemCount)) {
  console.error(
    `${reportPath}: problemCount 应为整数，实为 ${String(data.problemCount)} / expected a whole number, found ${String(data.problemCount)}`,
  );
  process.exit(1);
}
const themes = (data.themes ?? []).map((t) => String(t.name));
const number = values.number ? Number(values.number) : problemCount + 1;
if (!Number.isInteger(number) || number < 1) {
  console.error(`--number 应为正整数，实为 ${values.number} / expected a whole number from 1, found ${values.number}`);
  process.exit(2);
}
if (values.theme && !themes.includes(values.theme)) {
  console.error(
    `--theme 应为 ${reportPath} 的主题之一：${themes.join('、') || '（本通报未设主题）'}，实为 ${values.theme} / expected one of the report's themes: ${themes.join(', ') || '(none)'}, found ${values.theme}`,
  );
  process.exit(2);
}
const dir = reportFile(slug, SECTIONS_DIR, contentDir);
const taken = existsSync(dir) ? readdirSync(dir).find((f) => f.startsWith(`${String(number).padStart(2, '0')}-`)) : undefined;
if (taken) {
  console.error(
    `${join(dir, taken)}: 编号 ${number} 已有条目，未创建新文件 / number ${number} already has an entry; nothing written (use --number)`,
  );
  process.exit(1);
}
const newCount = values.bump ? Math.max(problemCount, number) : problemCount;
const { name, content } = scaffoldSection({ slug, number, problemCount: newCount, themes, title: values.title, theme: values.theme });
const path = reportFile(slug, name, contentDir);
if (existsSync(path)) {
  console.error(`${path}: 已存在，未覆盖 / exists; not overwritten`);
  process.exit(1);
}
writeFileSync(path, content);
console.log(`✔ 已创建 / created ${path}`);
if (values.bump && newCount !== problemCount) {
  writeFileSync(reportPath, reportText.replace(/^problemCount:\s*\d+/m, `problemCount: ${newCount}`));
  console.log(`✔ ${reportPath}: problemCount ${problemCount} → ${newCount}`);
} else if (number > problemCount) {
  console.log(
    `提示 / note: ${reportPath} 的 problemCount 仍为 ${problemCount}；加 --bump 可一并改为 ${number} / problemCount is still ${problemCount}; add --bump to raise it`,
  );
}
console.log(
  '下一步 / next: 填写各字段和正文，然后运行 npm run check:content / fill in the fields and the text, then run npm run check:content',
);
