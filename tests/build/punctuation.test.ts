import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
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
    const found = htmlFiles(dir).flatMap((f) => siteHalfWidth(pageStrings(readFileSync(join(dir, f), 'utf8')), sources).map((x) => describeFinding(f, x)));
    expect(found).toEqual([]);
  });
});
