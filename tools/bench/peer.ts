/**
 * The peer build for the comparison issue 13 asks for: the same report built
 * with Astro Starlight (the usual choice for an Astro content site; it runs
 * Pagefind itself), one Markdown page per part of the report. The project is
 * made in a folder outside the repository and installed from the npm
 * registry once; later runs reuse the install (the folder name carries a
 * hash of its package.json, so a version change installs afresh).
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { bodyParagraphs } from '../../src/lib/content/body-text.ts';
import { splitFrontmatter } from './synthetic.ts';

/** Versions of the peer: Starlight 0.42 on the same Astro as ours. */
export const PEER_VERSIONS = { '@astrojs/starlight': '0.42.4', astro: '7.3.5' };

export interface PeerPage {
  /** Path under src/content/docs/, e.g. "sections/06.md". */
  path: string;
  title: string;
  paragraphs: string[];
}

/** Text as a Markdown paragraph that renders as itself (no emphasis, list, heading or HTML). */
export function markdownText(text: string): string {
  return text
    .replace(/[\\`*_{}[\]<>#|~!]/g, (c) => `\\${c}`)
    .replace(/^(\s*)(\d+)([.)])/, '$1$2\\$3')
    .replace(/^(\s*)([-+=])/, '$1\\$2');
}

/** One Markdown page, Starlight frontmatter and plain paragraphs. */
export function peerMarkdown(page: PeerPage): string {
  return `---\ntitle: ${JSON.stringify(page.title)}\n---\n\n${page.paragraphs.map(markdownText).join('\n\n')}\n`;
}

/** The printed text of one part of report.yaml's body, in its own order of fields. */
function partText(part: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const key of ['heading', 'paragraphs', 'intro', 'points', 'printed', 'issuer', 'date']) {
    const v = part[key];
    if (typeof v === 'string') out.push(v);
    else if (Array.isArray(v)) out.push(...v.filter((x): x is string => typeof x === 'string'));
  }
  return out;
}

/**
 * The report's parts as pages: what is printed before the problems (preamble,
 * part one and the problems' heading), one page per problem, and what follows
 * them (part three, contact block, signature) — 28 for a report of 26.
 */
export function peerPages(reportDir: string): PeerPage[] {
  const report = parse(readFileSync(join(reportDir, 'report.yaml'), 'utf8')) as { title: string; body?: Record<string, unknown>[] };
  const body = report.body ?? [];
  const at = body.findIndex((p) => p['type'] === 'problems');
  const before = (at < 0 ? body : body.slice(0, at + 1)).flatMap(partText);
  const after = (at < 0 ? [] : body.slice(at + 1)).flatMap(partText);
  const sectionsDir = join(reportDir, 'sections');
  const sections = readdirSync(sectionsDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((f) => splitFrontmatter(readFileSync(join(sectionsDir, f), 'utf8'), f));
  return [
    { path: 'index.md', title: report.title, paragraphs: before },
    ...sections.map((s) => ({
      path: `sections/${String(s.data.number).padStart(2, '0')}.md`,
      title: s.data.heading,
      paragraphs: bodyParagraphs(s.body),
    })),
    { path: 'next-steps.md', title: String(body[at + 1]?.['heading'] ?? '下一步'), paragraphs: after },
  ];
}

/** The peer project's own files (package.json, config, content collection), by path. */
export function peerProjectFiles(title: string): Record<string, string> {
  return {
    'package.json': `${JSON.stringify({ name: 'xszg-bench-peer', private: true, type: 'module', scripts: { build: 'astro build' }, dependencies: PEER_VERSIONS }, null, 2)}\n`,
    'astro.config.mjs': `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [starlight({ title: ${JSON.stringify(title)}, defaultLocale: 'root', locales: { root: { label: '简体中文', lang: 'zh-CN' } } })],
});
`,
    'src/content.config.ts': `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  };
}

/** The folder the peer is installed in: outside the repository, keyed by its package.json. */
export function peerDir(files: Record<string, string>, parent = tmpdir()): string {
  const hash = createHash('sha256')
    .update(files['package.json'] ?? '')
    .digest('hex')
    .slice(0, 10);
  return join(parent, `xszg-bench-peer-${hash}`);
}

/**
 * Makes (or refreshes) the Starlight project for the report in reportDir:
 * writes its files and pages, and runs npm install from the registry the
 * first time. Returns the project folder.
 */
export function setupPeer(reportDir: string, log: (line: string) => void = () => {}): string {
  const pages = peerPages(reportDir);
  const files = peerProjectFiles(pages[0]?.title ?? 'report');
  const dir = peerDir(files);
  mkdirSync(dir, { recursive: true });
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  const docs = join(dir, 'src', 'content', 'docs');
  rmSync(docs, { recursive: true, force: true });
  for (const p of pages) {
    mkdirSync(dirname(join(docs, p.path)), { recursive: true });
    writeFileSync(join(docs, p.path), peerMarkdown(p));
  }
  if (!existsSync(join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json'))) {
    log(
      `  installing the peer (Starlight ${PEER_VERSIONS['@astrojs/starlight']}, astro ${PEER_VERSIONS.astro}) from the npm registry into ${dir}`,
    );
    execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
      cwd: dir,
      stdio: 'inherit',
    });
  } else log(`  peer: reusing the install in ${dir}`);
  return dir;
}
