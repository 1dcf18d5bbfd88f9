/**
 * Reads the content tree from disk: every file under content/ that the
 * check looks at. The only code that reads content/: the content check and
 * the site's collections (src/data/loaders.ts) take their reading from here.
 * The check itself stays pure.
 *
 * Only regular files are opened, and only those of the kinds content is
 * made of (CONTENT_FILE) or kept as received (ORIGINAL_FILES). A symbolic
 * link, a device, pipe or socket, and a hidden (dot) file or folder are
 * listed by name and never opened or followed, so a link to a system file
 * or a key can never be read, let alone echoed in a message; any other
 * regular file is listed unread, for the folder reader to accept
 * (REPORT_FOLDER_FILES) or report.
 */
import { closeSync, constants, fstatSync, openSync, readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative } from 'node:path';
import { checkFolders, type SourceFile } from './run.ts';
import { readFolders, type ContentFolders } from './folders.ts';
import { CONTENT_DIR, CONTENT_FILE, ORIGINAL_FILES } from './layout.ts';
import { formatIssues, RefusalError, type Issue } from '../issues.ts';
import { utf8Issue } from '../fidelity/exact.ts';

/** Files kept as received beside a report, read as bytes. */
const ORIGINALS = new Set<string>(Object.values(ORIGINAL_FILES));

/** Opens a regular file without following a link or blocking on a pipe (a file swapped for either after it was listed is refused too); null when it is no regular file. */
function readRegular(path: string): Buffer | null {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
  } catch {
    return null;
  }
  try {
    return fstatSync(fd).isFile() ? readFileSync(fd) : null;
  } finally {
    closeSync(fd);
  }
}

/** Every file under root/contentDir, with paths relative to root (content/…), in a stable order: content files read, every other entry listed unread (see the header). */
export function readContentFiles(root: string, contentDir = CONTENT_DIR): SourceFile[] {
  const files: SourceFile[] = [];
  const rel = (p: string) => relative(root, p).split('\\').join('/');
  const walk = (abs: string) => {
    let entries: Dirent[];
    try {
      entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch {
      return;
    }
    for (const d of entries) {
      const p = join(abs, d.name);
      // Dirent types come from the folder listing (the entry itself, a link not followed).
      if (d.name.startsWith('.')) files.push({ path: `${rel(p)}${d.isDirectory() ? '/' : ''}`, content: '', unread: 'hidden' });
      else if (d.isSymbolicLink()) files.push({ path: rel(p), content: '', unread: 'symlink' });
      else if (d.isDirectory()) walk(p);
      else if (!d.isFile()) files.push({ path: rel(p), content: '', unread: 'special' });
      else if (!CONTENT_FILE.test(d.name) && !ORIGINALS.has(d.name)) files.push({ path: rel(p), content: '', unread: 'other' });
      else {
        const bytes = readRegular(p);
        if (!bytes) files.push({ path: rel(p), content: '', unread: 'special' });
        else if (ORIGINALS.has(d.name)) files.push({ path: rel(p), content: '', bytes });
        else {
          // Decoded lossily for the rest of the check; a file that is not UTF-8 is said so once instead of as mojibake.
          const notUtf8 = utf8Issue(bytes);
          files.push({ path: rel(p), content: bytes.toString('utf8'), ...(notUtf8 ? { notUtf8 } : {}) });
        }
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

/** Runs the content check on the tree under root; throws with every error, file:line first (a refusal: no stack trace). Returns the warnings. */
export function assertContent(root: string): Issue[] {
  const { errors, warnings } = readContent(root);
  if (errors.length > 0) throw new RefusalError(contentFailure(errors));
  return warnings;
}
