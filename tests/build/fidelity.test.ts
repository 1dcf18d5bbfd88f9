import { readFileSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { missingLines, missingNumbers } from '../../src/lib/fidelity/visible.ts';
import { siteTexts } from '../helpers/dist.ts';

const source = readFileSync('content/source/2022-12-20-jiangyan.txt', 'utf8');

describe('the built site shows the report verbatim', () => {
  const texts = siteTexts(inject('siteDir'));

  it('shows every non-empty line of the source on some page', () => {
    expect(missingLines(source, texts.values())).toEqual([]);
  });

  it('shows every number of the source', () => {
    expect(missingNumbers(source, texts.values())).toEqual([]);
  });

  it('shows each section heading and body on its own section page', () => {
    const page = texts.get('sections/17/index.html') ?? '';
    expect(missingLines(source, [page]).filter((l) => l.startsWith('17.') || l.includes('58.62%'))).toEqual([]);
  });
});
