/**
 * The content check's runner: reads the tree into reports, runs each check
 * (one job each, in ./checks/) on every report and across reports, and gives
 * every issue its line. Pure: files in, issues out. Run by
 * `npm run check:content`, by the build before Astro renders anything, and
 * by the importer on what it is about to write.
 */
import type { Issue } from '../issues.ts';
import { readFolders, type ContentFolders, type ReportFolder, type SourceFile } from './folders.ts';
import { checkNumbering } from './checks/numbering.ts';
import { checkThemes } from './checks/themes.ts';
import { checkSectionFields } from './checks/sections.ts';
import { checkFigures } from './checks/figures.ts';
import { checkCoverage } from './checks/coverage.ts';
import { checkFidelity } from './checks/fidelity.ts';
import { checkSignature } from './checks/signature.ts';
import { checkFollows, checkReplacedBy } from './checks/related.ts';
import { checkCorrections } from './checks/corrections.ts';
import { checkCharacters } from './checks/characters.ts';
import { CONTENT_DIR, REPORT_FILE, reportsDir } from './layout.ts';

export type { SourceFile } from './folders.ts';

export interface CheckResult {
  errors: Issue[];
  warnings: Issue[];
}

export interface CheckOptions {
  /** Require every percentage of the source to be in a figure's quote or the allowlist (default true). */
  coverage?: boolean;
}

type Check = (folder: ReportFolder, options: CheckOptions) => Issue[] | CheckResult;

/** The per-report checks, in the order their messages are listed. */
const CHECKS: readonly Check[] = [
  checkCharacters,
  checkThemes,
  checkSectionFields,
  checkFigures,
  checkSignature,
  checkCorrections,
  (f, o) => (o.coverage === false ? [] : checkCoverage(f)),
];

/** Checks that compare the whole report with its source: run only when its numbering holds, else every line after a bad number would be reported again. */
const WHOLE: readonly Check[] = [checkFidelity];

/** Fills in the line of every issue that names a field path, from the parsed YAML of its file. */
function resolveLines(issues: readonly Issue[], folders: readonly ReportFolder[]): Issue[] {
  const finders = new Map<string, (p: readonly (string | number)[]) => number>();
  for (const f of folders) {
    if (f.report) finders.set(f.reportFile, f.report.lineOf);
    if (f.allowlist) finders.set(f.allowlist.file, f.allowlist.lineOf);
    for (const s of f.sections) finders.set(s.file, s.yaml.lineOf);
  }
  return issues.map((i) => (i.line === undefined && i.path ? { ...i, line: finders.get(i.file)?.(i.path) } : i));
}

/** Checks a content tree: layout, schemas, numbering, themes, figures, coverage, fidelity, links between reports. */
export function checkContent(files: readonly SourceFile[], contentDir = CONTENT_DIR, options: CheckOptions = {}): CheckResult {
  return checkFolders(readFolders(files, contentDir), contentDir, options);
}

/** As checkContent, on a tree already read: the site's loaders publish the same reading the check ran on. */
export function checkFolders(folders: ContentFolders, contentDir = CONTENT_DIR, options: CheckOptions = {}): CheckResult {
  const errors: Issue[] = [...folders.issues];
  const warnings: Issue[] = [];
  if (folders.reports.length === 0 && folders.issues.length === 0) {
    const root = reportsDir(contentDir);
    errors.push({
      file: `${root}/`,
      field: '(文件 / files)',
      message: `应至少有一份通报 ${root}/<文件夹名>/${REPORT_FILE}，未找到 / expected at least one report folder, found none`,
    });
  }
  for (const folder of folders.reports) {
    const numbering = checkNumbering(folder);
    errors.push(...numbering);
    for (const check of numbering.length === 0 ? [...CHECKS, ...WHOLE] : CHECKS) {
      const r = check(folder, options);
      if (Array.isArray(r)) errors.push(...r);
      else {
        errors.push(...r.errors);
        warnings.push(...r.warnings);
      }
    }
  }
  errors.push(...checkFollows(folders.reports), ...checkReplacedBy(folders.reports));
  return { errors: resolveLines(errors, folders.reports), warnings: resolveLines(warnings, folders.reports) };
}
