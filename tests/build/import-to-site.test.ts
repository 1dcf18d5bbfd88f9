import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectCopy, runNode } from '../helpers/project-copy.ts';
import { siteTexts } from '../helpers/dist.ts';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';

// The editors' workflow end to end on a report this project has never seen:
// import the plain text into an empty content/, check it, build it.
// The second one has ASCII "quotes", -- and ... that Markdown "smart" typography would change.
const FIXTURES = [
  { file: 'tests/fixtures/import/categories-paren.txt', shows: '(二)关于落实全面从严治党战略部署方面' },
  { file: 'tests/fixtures/site/ascii-punctuation.txt', shows: '开展"回头看"活动--共3家...' },
];

describe.each(FIXTURES)('another district’s report, imported ($file)', ({ file, shows }) => {
  it('checks clean, builds, and shows every printed line and number of its source', () => {
    const copy = projectCopy();
    try {
      rmSync(join(copy.dir, 'content'), { recursive: true, force: true });
      const imported = runNode(copy.dir, ['scripts/import-report.ts', join(process.cwd(), file)]);
      expect(imported.status, imported.output).toBe(0);
      const checked = runNode(copy.dir, ['scripts/check-content.ts']);
      expect(checked.status, checked.output).toBe(0);
      const built = runNode(copy.dir, ['scripts/build.ts', '--out', 'out']);
      expect(built.status, built.output).toBe(0);
      const source = readFileSync(join(copy.dir, 'content', 'source', basename(file)), 'utf8');
      const texts = [...siteTexts(join(copy.dir, 'out')).values()];
      expect(missingLines(source, texts)).toEqual([]);
      expect(missingNumbers(source, texts)).toEqual([]);
      expect(texts.join('\n')).toContain(shows);
    } finally {
      copy.remove();
    }
  }, 300_000);
});
