import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/zh-CN.ts';
import { capQuery, MAX_QUERY_LENGTH, statusText } from '../../src/lib/search/view.ts';

describe('search query length', () => {
  it('leaves a query of up to MAX_QUERY_LENGTH characters alone', () => {
    const q = '整'.repeat(MAX_QUERY_LENGTH);
    expect(capQuery(q)).toEqual({ query: q, cut: false });
  });
  it('cuts a 100,000-character paste to MAX_QUERY_LENGTH characters and says it was cut', () => {
    const { query, cut } = capQuery('物业'.repeat(50_000));
    expect(cut).toBe(true);
    expect(Array.from(query)).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('counts characters, not UTF-16 units, so a character outside the BMP is never split', () => {
    const { query } = capQuery('𠀀'.repeat(MAX_QUERY_LENGTH + 1));
    expect(query).toBe('𠀀'.repeat(MAX_QUERY_LENGTH));
  });
  it('tells the reader in the status line when the query was cut', () => {
    const outcome = { parts: ['x'], results: [] };
    expect(statusText(t, outcome, 'x', null, true)).toBe(`${t('search.tooLong', { max: MAX_QUERY_LENGTH })}${t('search.none', { query: 'x' })}`);
    expect(statusText(t, outcome, 'x', null)).toBe(t('search.none', { query: 'x' }));
  });
});
