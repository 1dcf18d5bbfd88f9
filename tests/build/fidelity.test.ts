import { describe, expect, inject, it } from 'vitest';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';
import { siteTexts } from '../helpers/dist.ts';
import { shipped } from '../helpers/shipped.ts';

const { source, slug } = shipped();

describe('the built site shows the report verbatim', () => {
  const texts = siteTexts(inject('siteDir'));

  it('shows every non-empty line of the source on some page', () => {
    expect(missingLines(source, texts.values())).toEqual([]);
  });

  it('shows every number of the source', () => {
    expect(missingNumbers(source, texts.values())).toEqual([]);
  });

  it('shows every line of the source on the pages of its own report, not only somewhere on the site', () => {
    const own = [...texts].filter(([f]) => f.startsWith(`${slug}/`) && !f.includes('/full-text/')).map(([, t]) => t);
    expect(missingLines(source, own)).toEqual([]);
  });

  it('shows the whole source, line for line, on the full-text page', () => {
    expect(missingLines(source, [texts.get(`${slug}/full-text/index.html`) ?? ''])).toEqual([]);
  });

  it('shows each section heading and body on its own section page', () => {
    const page = texts.get(`${slug}/sections/17/index.html`) ?? '';
    expect(missingLines(source, [page]).filter((l) => l.startsWith('17.') || l.includes('58.62%'))).toEqual([]);
  });
});
