import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { budgetExitCode, compareBudgets, formatBudgetLines, parseBudgets, type Budget } from '../../tools/bench/budgets.ts';

const budget = (over: Partial<Budget> = {}): Budget => ({
  id: 'section-gzip',
  metric: 'page.section.gzipTotal',
  max: 10240,
  unit: 'bytes',
  label: 'section page gzip',
  source: 'issue 8',
  rationale: 'because',
  ...over,
});

describe('parseBudgets', () => {
  it('accepts the checked-in budgets file, each budget with a source and a rationale', () => {
    const budgets = parseBudgets(JSON.parse(readFileSync('tools/bench/budgets.json', 'utf8')));
    expect(budgets.map((b) => b.id)).toEqual([
      'content-js',
      'section-gzip',
      'home-gzip',
      'first-search',
      'warm-search',
      'search-exact',
      'archive-first-search-gzip',
      'archive-first-search-fragments',
      'archive-first-search-ms',
      'archive-search-exact',
      'build-time',
      'scale-per-section',
      'build-vs-peer',
      'scale-peak-rss',
    ]);
  });
  it("sets issue 13's search targets at 2,600 sections, read from the worst of the terms", () => {
    const byId = new Map(parseBudgets(JSON.parse(readFileSync('tools/bench/budgets.json', 'utf8'))).map((b) => [b.id, b]));
    expect(byId.get('archive-first-search-gzip')).toMatchObject({
      metric: 'scale.archive.search.worst.first.gzipTotal',
      max: 300 * 1024,
      unit: 'bytes',
    });
    expect(byId.get('archive-first-search-fragments')).toMatchObject({
      metric: 'scale.archive.search.worst.first.fragments',
      max: 25,
      unit: 'count',
    });
    expect(byId.get('archive-first-search-ms')).toMatchObject({ metric: 'scale.archive.search.worst.first.ms', max: 2000, unit: 'ms' });
    expect(byId.get('first-search')).toMatchObject({ metric: 'search.worst.first.gzipTotal', max: 100 * 1024 });
    expect(byId.get('warm-search')).toMatchObject({ metric: 'search.worst.warm.ms', max: 50 });
  });
  it('names the entry and field of a budget without a maximum', () => {
    expect(() => parseBudgets({ budgets: [{ ...budget(), max: '10 KB' }] })).toThrow(/budgets\[0\]\.max: expected a number/);
  });
  it('rejects an unknown unit', () => {
    expect(() => parseBudgets({ budgets: [budget({ unit: 'kb' as Budget['unit'] })] })).toThrow(/unit: expected one of bytes, ms, ratio/);
  });
  it('rejects a duplicate id', () => {
    expect(() => parseBudgets({ budgets: [budget(), budget()] })).toThrow(/used twice/);
  });
});

describe('compareBudgets', () => {
  it('is OK at exactly the budget and OVER one byte above it', () => {
    const [atLimit] = compareBudgets([budget()], { 'page.section.gzipTotal': 10240 });
    const [above] = compareBudgets([budget()], { 'page.section.gzipTotal': 10241 });
    expect(atLimit?.status).toBe('OK');
    expect(above?.status).toBe('OVER');
  });
  it('says n/a with the reason when the metric was not measured', () => {
    const [r] = compareBudgets([budget()], {}, { 'page.section.gzipTotal': 'page /sections/06/ missing' });
    expect(r).toMatchObject({ status: 'n/a', actual: null, note: 'page /sections/06/ missing' });
  });
});

describe('formatBudgetLines', () => {
  it('prints OK or OVER first, then the measured value against the limit', () => {
    const lines = formatBudgetLines(
      compareBudgets([budget(), budget({ id: 'b', metric: 'x', label: 'build', unit: 'ms', max: 3500 })], {
        'page.section.gzipTotal': 8602,
        x: 8680,
      }),
    );
    expect(lines[0]).toMatch(/^OK +section page gzip +8\.4 KB \(8602 B\) ≤ 10\.0 KB$/);
    expect(lines[1]).toMatch(/^OVER +build +8\.68 s > 3\.50 s$/);
  });
  it('prints a count as a whole number', () => {
    const lines = formatBudgetLines(compareBudgets([budget({ metric: 'f', label: 'fragments', unit: 'count', max: 25 })], { f: 26 }));
    expect(lines[0]).toMatch(/^OVER +fragments +26 > 25$/);
  });
});

describe('budgetExitCode', () => {
  const over = compareBudgets([budget()], { 'page.section.gzipTotal': 20000 });
  const missing = compareBudgets([budget()], {});
  it('fails a strict run with a budget OVER', () => expect(budgetExitCode(over, true)).toBe(1));
  it('does not fail without --strict', () => expect(budgetExitCode(over, false)).toBe(0));
  it('does not fail a strict run for a metric that was not measured', () => expect(budgetExitCode(missing, true)).toBe(0));
});
