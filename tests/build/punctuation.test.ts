import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { describeFinding, siteHalfWidth } from '../../src/lib/punctuation/halfwidth.ts';
import { pageStrings } from '../../src/lib/punctuation/page.ts';
import { htmlFiles } from '../helpers/dist.ts';

/** Every report text in content/: the words that keep the punctuation they were published with. */
const sources = filesUnder('content')
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join('content', f), 'utf8'));

describe('the site’s own Chinese (GB/T 15834-2011)', () => {
  it('reads at least one report text from content/', () => {
    expect(sources.length).toBeGreaterThan(0);
  });

  it('has no half-width , : ; ( ) ? ! next to Chinese on any built page, once the report’s own text is set aside', () => {
    const dir = inject('siteDir');
    const found = htmlFiles(dir).flatMap((f) =>
      siteHalfWidth(pageStrings(readFileSync(join(dir, f), 'utf8')), sources).map((x) => describeFinding(f, x)),
    );
    expect(found).toEqual([]);
  });
});

/** The frontmatter of an MDX file (between the first two --- lines). */
function frontmatter(text: string): unknown {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  return m ? parseYaml(m[1] ?? '') : {};
}

/**
 * The words editors write for the site, by file and field: figure labels and
 * their parts, time points (asOf), theme names and notes, report titles and
 * the reasons a percentage is not a figure. Quotes, contexts, units and
 * bases are the report's own words and keep its punctuation.
 */
function editorTexts(): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [];
  const push = (where: string, text: unknown) => {
    if (typeof text === 'string') out.push({ where, text });
  };
  for (const f of filesUnder('content')) {
    const text = readFileSync(join('content', f), 'utf8');
    if (f.endsWith('.mdx')) {
      const fm = frontmatter(text) as { theme?: unknown; metrics?: { label?: unknown; asOf?: unknown; parts?: { label?: unknown }[] }[] };
      push(`${f} theme`, fm.theme);
      (fm.metrics ?? []).forEach((m, i) => {
        push(`${f} metrics[${i}].label`, m.label);
        push(`${f} metrics[${i}].asOf`, m.asOf);
        (m.parts ?? []).forEach((p, j) => push(`${f} metrics[${i}].parts[${j}].label`, p.label));
      });
    } else if (f.endsWith('report.yaml')) {
      const r = parseYaml(text) as { title?: unknown; themes?: { name?: unknown; note?: unknown }[] };
      push(`${f} title`, r.title);
      (r.themes ?? []).forEach((th, i) => {
        push(`${f} themes[${i}].name`, th.name);
        push(`${f} themes[${i}].note`, th.note);
      });
    } else if (f.endsWith('metrics-allowlist.yaml')) {
      const a = parseYaml(text) as { entries?: { reason?: unknown }[] };
      (a.entries ?? []).forEach((e, i) => push(`${f} entries[${i}].reason`, e.reason));
    }
  }
  return out;
}

describe('the words editors write in content/ (GB/T 15834-2011)', () => {
  it('finds the editors’ fields to check', () => {
    expect(editorTexts().length).toBeGreaterThan(0);
  });

  it('writes labels, time points, themes, titles and reasons with full-width Chinese punctuation, even where they repeat words of the report', () => {
    // No source exclusion here: 村(涉农社区)党组织建制 is an editor's label although the report prints 村(涉农社区).
    const found = editorTexts().flatMap(({ where, text }) =>
      siteHalfWidth([text], [], 0).map((x) => describeFinding(`content/${where}`, x)),
    );
    expect(found).toEqual([]);
  });
});
