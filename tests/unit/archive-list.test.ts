import { describe, expect, it } from 'vitest';
import { archiveRows, byIssuer, byYear, splitWithdrawn, type ArchiveInput } from '../../src/lib/archive/list.ts';

const report = (slug: string, extra: Partial<ArchiveInput['data']> = {}): ArchiveInput => ({
  slug,
  data: {
    title: `《${slug}》`,
    issuer: '中共某县委',
    date: '2023-10-09',
    kind: '巡察',
    textKind: '通报',
    problemCount: 3,
    figures: [
      { kind: 'progress', id: 'problems-done', label: '问题整改完成', unit: '个', quote: '指出问题3个，已完成整改2个', done: 2, total: 3 },
    ],
    ...extra,
  },
});

describe('the archive list', () => {
  const rows = archiveRows([
    report('new'),
    report('old', { date: '2023-07-15', withdrawn: { date: '2023-10-10', replacedBy: 'new' } }),
    report('gone', { withdrawn: { date: '2023-10-10', replacedBy: 'nowhere' } }),
  ]);

  it('keeps a live report’s completion and gives a withdrawn one none, with its replacement', () => {
    expect(rows[0]?.completion?.display).toBeDefined();
    expect(rows[1]).toMatchObject({
      completion: undefined,
      withdrawn: { date: '2023-10-10', replacedBy: { slug: 'new', title: '《new》' } },
    });
    expect(rows[2]?.withdrawn?.replacedBy).toBeUndefined();
  });

  it('counts only live reports by year and by issuer; withdrawn ones are listed apart', () => {
    const { live, withdrawn } = splitWithdrawn(rows);
    expect(live.map((r) => r.slug)).toEqual(['new']);
    expect(withdrawn.map((r) => r.slug)).toEqual(['old', 'gone']);
    expect(byYear(live).map((g) => [g.year, g.rows.length])).toEqual([['2023', 1]]);
    expect(byIssuer(live).map((g) => g.rows.length)).toEqual([1]);
  });
});
