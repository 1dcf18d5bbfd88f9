import { describe, expect, it } from 'vitest';
import { readScores, scoreTable, type Lhr } from '../../tools/audit/scores.ts';

const lhr: Lhr = {
  categories: {
    performance: { score: 0.994, auditRefs: [{ id: 'lcp', weight: 25 }] },
    accessibility: { score: 1, auditRefs: [{ id: 'contrast', weight: 7 }] },
    'best-practices': {
      score: 0.96,
      auditRefs: [
        { id: 'console', weight: 1 },
        { id: 'info', weight: 0 },
      ],
    },
    seo: { score: null, auditRefs: [] },
  },
  audits: {
    lcp: { id: 'lcp', title: 'Largest Contentful Paint', score: 0.98 },
    contrast: { id: 'contrast', title: 'Contrast', score: 1 },
    console: { id: 'console', title: 'No console errors', score: 0 },
    info: { id: 'info', title: 'Informative', score: 0 },
  },
};

describe('readScores', () => {
  it('rounds category scores to 0–100 and keeps null when unscored', () => {
    expect(readScores(lhr).scores).toEqual({ performance: 99, accessibility: 100, 'best-practices': 96, seo: null });
  });
  it('lists the weighted audits that did not pass', () => {
    expect(readScores(lhr).failing).toEqual(['performance: Largest Contentful Paint (98)', 'best-practices: No console errors (0)']);
  });
});

describe('scoreTable', () => {
  it('prints one row per page and a note for pages not scored', () => {
    const table = scoreTable([
      { name: 'home', scores: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100 } },
      { name: 'search', scores: null, note: 'HTTP 404, skipped' },
    ]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toMatch(/home\s+100\s+100\s+100\s+100/);
    expect(table).toContain('search  HTTP 404, skipped');
  });
});
