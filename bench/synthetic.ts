/**
 * Synthetic reports for the scale benchmark: N sections made by cycling the
 * real ones, with a matching synthetic source text so the build's numbering
 * and fidelity checks pass exactly as they do for the real report. Pure: the
 * bench decides where the files go (always a temporary project copy, never
 * content/).
 */
import { parse, stringify } from 'yaml';
import { bodyParagraphs } from '../src/lib/content/body-text.ts';
import { reconstructLines, type ReportText } from '../src/lib/fidelity/reconstruct.ts';

export interface ContentFile {
  /** Path relative to the content folder. */
  path: string;
  content: string;
}

export interface SectionSource {
  data: Record<string, unknown> & { number: number; title: string; heading: string };
  /** The MDX body, unchanged. */
  body: string;
}

/** Splits an MDX file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(text: string, file = 'section'): SectionSource {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: expected YAML frontmatter between --- lines`);
  const data = parse(m[1] ?? '') as SectionSource['data'];
  if (typeof data?.number !== 'number' || typeof data.title !== 'string' || typeof data.heading !== 'string') {
    throw new Error(`${file}: expected number, title and heading in the frontmatter`);
  }
  return { data, body: m[2] ?? '' };
}

/** The title of the copy of a section in the given cycle: cycle 1 keeps the real title. */
export function syntheticTitle(title: string, cycle: number): string {
  return cycle === 1 ? title : `${title}\uFF08第${cycle}轮\uFF09`;
}

/**
 * The content files of a report with n sections: section i is real section
 * ((i - 1) mod k) + 1 with its title (and so its heading) marked with the
 * cycle; report.yaml with problemCount n pointing at the synthetic source;
 * and that source, rebuilt line by line from the entries.
 */
export function syntheticReport(report: Record<string, unknown>, real: readonly SectionSource[], n: number): ContentFile[] {
  if (!Number.isInteger(n) || n < 1) throw new Error(`expected a whole number of sections ≥ 1, found ${n}`);
  if (real.length === 0) throw new Error('expected at least one real section to copy');
  const sorted = [...real].sort((a, b) => a.data.number - b.data.number);
  const paragraphs = sorted.map((s) => bodyParagraphs(s.body));
  const width = Math.max(2, String(n).length);
  const sourcePath = `source/synthetic-${n}.txt`;
  const files: ContentFile[] = [];
  const sections: { number: number; heading: string; paragraphs: string[] }[] = [];
  for (let i = 1; i <= n; i++) {
    const k = (i - 1) % sorted.length;
    const src = sorted[k] as SectionSource;
    const cycle = Math.floor((i - 1) / sorted.length) + 1;
    const title = syntheticTitle(src.data.title, cycle);
    if (!src.data.heading.includes(src.data.title))
      throw new Error(`section ${src.data.number}: heading does not contain the title, cannot mark its copies`);
    const heading = src.data.heading.replace(src.data.title, title);
    const front = stringify({ ...src.data, number: i, title, heading }, { lineWidth: 0 });
    files.push({ path: `sections/${String(i).padStart(width, '0')}-synthetic.mdx`, content: `---\n${front}---\n${src.body}` });
    sections.push({ number: i, heading, paragraphs: paragraphs[k] as string[] });
  }
  const synthetic = { ...report, source: sourcePath, problemCount: n };
  files.push({
    path: 'report.yaml',
    content: `# Synthetic report of ${n} sections for the scale benchmark (bench/synthetic.ts).\n${stringify(synthetic, { lineWidth: 0 })}`,
  });
  files.push({ path: sourcePath, content: `${reconstructLines(synthetic as unknown as ReportText, sections).join('\n')}\n` });
  return files;
}
