/**
 * Reads the content tree from disk for the content check: every file under
 * content/ that the check looks at. The check itself stays pure.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkContent, type SourceFile } from './run.ts';
import { formatIssues, type Issue } from '../issues.ts';
import { utf8Issue } from '../fidelity/exact.ts';

const CONTENT = /\.(mdx|md|ya?ml|txt)$/;

/** Every content file under root/contentDir, with paths relative to root (content/…), in a stable order. */
export function readContentFiles(root: string, contentDir = 'content'): SourceFile[] {
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

/** Runs the content check on the tree under root; throws with every error, file:line first. Returns the warnings. */
export function assertContent(root: string): Issue[] {
  const { errors, warnings } = checkContent(readContentFiles(root));
  if (errors.length > 0) throw new Error(`内容检查未通过，共 ${errors.length} 处错误 / content check failed with ${errors.length} error(s):\n${formatIssues(errors)}`);
  return warnings;
}
