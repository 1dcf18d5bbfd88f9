/**
 * Reads the content tree from disk: every file under content/ that the
 * check looks at. The only code that reads content/: the content check and
 * the site's collections (src/data/loaders.ts) take their reading from here.
 * The check itself stays pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFolders, type SourceFile } from './run.ts';
import { readFolders, type ContentFolders } from './folders.ts';
import { CONTENT_DIR } from './layout.ts';
import { formatIssues, type Issue } from '../issues.ts';
import { utf8Issue } from '../fidelity/exact.ts';
import { ORIGINAL_FILES } from './layout.ts';

const CONTENT = /\.(mdx|md|ya?ml|txt)$/;
/** Files kept as received beside a report, read as bytes. */
const ORIGINALS = new Set<string>(Object.values(ORIGINAL_FILES));

/** Every content file under root/contentDir, with paths relative to root (content/…), in a stable order. */
export function readContentFiles(root: string, contentDir = CONTENT_DIR): SourceFile[] {
  const files: SourceFile[] = [];
  const walk = (abs: string) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      return;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const p = join(abs, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (ORIGINALS.has(name)) files.push({ path: relative(root, p).split('\\').join('/'), content: '', bytes: readFileSync(p) });
      else if (CONTENT.test(name)) {
        const bytes = readFileSync(p);
        // Decoded lossily for the rest of the check; a file that is not UTF-8 is said so once instead of as mojibake.
        const notUtf8 = utf8Issue(bytes);
        files.push({ path: relative(root, p).split('\\').join('/'), content: bytes.toString('utf8'), ...(notUtf8 ? { notUtf8 } : {}) });
      }
    }
  };
  walk(join(root, contentDir));
  return files;
}

/** The content tree under root, read once and checked: the reports and sections as read, and what the check found in them. */
export interface ContentReading {
  folders: ContentFolders;
  errors: Issue[];
  warnings: Issue[];
}

/** Reads the tree under root and runs the content check on that reading. */
export function readContent(root: string): ContentReading {
  const folders = readFolders(readContentFiles(root));
  return { folders, ...checkFolders(folders) };
}

/** The message a failed content check stops with: every error, file:line first. */
export function contentFailure(errors: readonly Issue[]): string {
  return `内容检查未通过，共 ${errors.length} 处错误 / content check failed with ${errors.length} error(s):\n${formatIssues(errors)}`;
}

/** Runs the content check on the tree under root; throws with every error, file:line first. Returns the warnings. */
export function assertContent(root: string): Issue[] {
  const { errors, warnings } = readContent(root);
  if (errors.length > 0) throw new Error(contentFailure(errors));
  return warnings;
}
