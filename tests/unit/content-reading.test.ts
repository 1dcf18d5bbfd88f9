import { createHash } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';
import { readFolders } from '../../src/lib/content/folders.ts';
import { reportEntries, sectionEntries } from '../../src/lib/content/entries.ts';
import { isSectionFile, reportFile, sectionEntryId } from '../../src/lib/content/layout.ts';
import { sharedReading, type ContentWatcher } from '../../src/lib/content/shared-reading.ts';
import { treePolicyIssues } from '../../src/lib/content/body-policy.ts';
import { bodyRenderer } from '../../src/lib/markdown/render-body.ts';
import rehypeMeasures from '../../src/lib/markdown/rehype-measures.ts';
import type { SourceFile } from '../../src/lib/content/run.ts';

/** A small watcher: listeners by event, and a way to emit. */
function fakeWatcher() {
  const listeners = new Set<(event: string, path: string) => void>();
  const watcher: ContentWatcher = { on: (_e, l) => listeners.add(l), off: (_e, l) => listeners.delete(l) };
  return { watcher, listeners, emit: (path: string) => [...listeners].forEach((l) => l('change', path)) };
}

describe('sharedReading', () => {
  const COLLECTIONS = ['reports', 'sections', 'contentCheck'];

  it('reads once for the collections of one sync, and again for the next sync', () => {
    const read = vi.fn(() => ({}));
    const shared = sharedReading(read, COLLECTIONS);
    const first = COLLECTIONS.map((c) => shared.take(c));
    expect(read).toHaveBeenCalledTimes(1);
    expect(new Set(first.map((r) => r.value)).size).toBe(1);
    const second = shared.take('sections');
    expect(read).toHaveBeenCalledTimes(2);
    expect(second.reading).toBeGreaterThan(first[0]?.reading ?? Infinity);
  });

  it('reads again when a collection is loaded a second time before the others took the reading (a refresh of one collection)', () => {
    const read = vi.fn(() => ({}));
    const shared = sharedReading(read, COLLECTIONS);
    shared.take('reports');
    shared.take('reports');
    expect(read).toHaveBeenCalledTimes(2);
  });

  it('makes one reading for changes that arrive before it starts, hands it to every collection, and ignores files outside content', async () => {
    let n = 0;
    const shared = sharedReading(() => ++n, COLLECTIONS);
    for (const c of COLLECTIONS) shared.take(c);
    const { watcher, listeners, emit } = fakeWatcher();
    const got: [string, number][] = [];
    const errors: unknown[] = [];
    for (const c of COLLECTIONS) {
      shared.watch(
        c,
        watcher,
        (p) => p.startsWith('/site/content/'),
        async (r) => void got.push([c, r.value]),
        (e) => errors.push(e),
      );
    }
    expect(listeners.size).toBe(1);
    emit('/site/src/pages/index.astro');
    emit('/site/content/reports/a/report.yaml');
    emit('/site/content/reports/a/source.txt');
    await vi.waitFor(() => expect(got).toHaveLength(3));
    expect(got).toEqual(COLLECTIONS.map((c) => [c, 2]));
    emit('/site/content/reports/a/source.txt');
    await vi.waitFor(() => expect(got).toHaveLength(6));
    expect(got.slice(3).map(([, v]) => v)).toEqual([3, 3, 3]);
    expect(errors).toEqual([]);
  });

  it('hands what a reading throws to the error handler and keeps watching', async () => {
    let fail = true;
    const shared = sharedReading(() => {
      if (fail) throw new Error('unreadable');
      return 1;
    }, ['only']);
    const { watcher, emit } = fakeWatcher();
    const errors: unknown[] = [];
    const apply = vi.fn(async () => {});
    shared.watch(
      'only',
      watcher,
      () => true,
      apply,
      (e) => errors.push(e),
    );
    emit('/x');
    await vi.waitFor(() => expect(errors).toHaveLength(1));
    fail = false;
    emit('/x');
    await vi.waitFor(() => expect(apply).toHaveBeenCalledTimes(1));
  });
});

const file = (path: string, content: string): SourceFile => ({ path, content });
const SECTION = '---\nnumber: 1\ntitle: 问题甲\nheading: 问题甲的标题\n---\n\n（1）召开推进会。\n\n（2）完成清单\\{一\\}。\n';

describe('reportEntries and sectionEntries', () => {
  const folders = readFolders([
    file('content/reports/r1/report.yaml', 'title: 某某\n'),
    file('content/reports/r1/source.txt', '\uFEFF原文第一行\r\n第二行\n'),
    file('content/reports/r1/sections/01-问题甲.mdx', SECTION),
  ]);

  it('gives a report entry the source text as stored, the SHA-256 and size of its bytes', () => {
    // report.yaml fails its schema here: no report entry, whatever the source.
    expect(reportEntries(folders)).toEqual([]);
    const folder = folders.reports[0];
    if (!folder) throw new Error('one folder');
    const text = '\uFEFF原文第一行\r\n第二行\n';
    const data = { title: 'x' } as never;
    const withReport = { reports: [{ ...folder, report: { file: folder.reportFile, data, lineOf: () => 1 } }], issues: [] };
    const [entry] = reportEntries(withReport);
    expect(entry?.id).toBe('r1');
    expect(entry?.data.source.text).toBe(text);
    expect(entry?.data.source.sha256).toBe(createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex'));
    expect(entry?.data.source.bytes).toBe(Buffer.byteLength(text));
    expect(entry?.data.allowlist).toEqual([]);
  });

  it('gives a report imported from a Word document its size, SHA-256 and bytes for the download; a saved page only its size and SHA-256', () => {
    const docx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]);
    const page = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    const entryWith = (kept: SourceFile[]) => {
      const read = readFolders([file('content/reports/r1/source.txt', '原文\n'), ...kept]);
      const folder = read.reports[0];
      if (!folder) throw new Error('one folder');
      return reportEntries({
        reports: [{ ...folder, report: { file: folder.reportFile, data: { title: 'x' } as never, lineOf: () => 1 } }],
        issues: [],
      })[0]?.data.original;
    };
    const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
    expect(entryWith([{ path: 'content/reports/r1/original.docx', content: '', bytes: docx }])).toEqual({
      file: 'content/reports/r1/original.docx',
      kind: 'docx',
      sha256: sha(docx),
      bytes: 7,
      docx: Buffer.from(docx).toString('base64'),
    });
    expect(entryWith([{ path: 'content/reports/r1/original.html', content: '', bytes: page }])).toEqual({
      file: 'content/reports/r1/original.html',
      kind: 'html',
      sha256: sha(page),
      bytes: page.byteLength,
    });
    expect(entryWith([])).toBeUndefined();
  });

  it('gives a section entry its id, its paragraphs as a reader sees them and the tree the reader parsed', () => {
    const [s] = sectionEntries(folders);
    expect(s?.id).toBe('r1/01-问题甲');
    expect(s?.data.paragraphs).toEqual(['（1）召开推进会。', '（2）完成清单{一}。']);
    expect(s?.tree.type).toBe('root');
    expect(s?.bodyLine).toBe(6);
  });

  it('names a section entry by its slug and file name', () => {
    expect(sectionEntryId('r1', 'content/reports/r1/sections/07-标题.mdx')).toBe('r1/07-标题');
  });
});

describe('a body rendered from the tree the reader parsed', () => {
  const guard = (tree: Parameters<typeof treePolicyIssues>[0], input: { line: number; file: string }) => {
    if (treePolicyIssues(tree, input.line).length > 0) throw new Error(`${input.file}: refused`);
  };
  const render = bodyRenderer({ rehypePlugins: [rehypeMeasures] }, guard);

  it('is the HTML the same body rendered from its text gives', async () => {
    const folders = readFolders([file('content/reports/r1/sections/01-问题甲.mdx', SECTION)]);
    const [s] = sectionEntries(folders);
    if (!s) throw new Error('one section');
    const base = { file: s.filePath, line: s.bodyLine, frontmatter: {} };
    const fromTree = await render({ ...base, tree: s.tree });
    expect(fromTree.html).toContain('id="m2"');
    expect(fromTree).toEqual(await render({ ...base, body: SECTION.split('---\n')[2] ?? '' }));
  });
});

describe('content paths (layout.ts)', () => {
  it('builds a report file path and tells section entries from other files', () => {
    expect(reportFile('r1', 'source.txt')).toBe('content/reports/r1/source.txt');
    expect(reportFile('r1', 'report.yaml', 'tests/x')).toBe('tests/x/reports/r1/report.yaml');
    expect(isSectionFile('content/reports/r1/sections/01-甲.mdx')).toBe(true);
    expect(isSectionFile('/abs/content/reports/r1/sections/01-甲.mdx')).toBe(true);
    expect(isSectionFile('content/reports/r1/sections/notes/01.mdx')).toBe(false);
    expect(isSectionFile('content/reports/r1/sections/01-甲.md')).toBe(false);
    expect(isSectionFile('content/reports/r1/report.yaml')).toBe(false);
  });
});
