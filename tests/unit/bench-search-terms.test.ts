import { describe, expect, it } from 'vitest';
import { absentTerm, classifyTerms, fewPages, hanGrams, pickSearchTerms, termLabels } from '../../tools/bench/search-terms.ts';
import { compareWithTruth, qualityQueries, sampleSubstrings } from '../../tools/bench/search-quality.ts';
import { foldText, indexedText } from '../../tools/bench/indexed-text.ts';

/** Twenty invented pages: 整改 on all, 督查 on most, 招商引资 on two, 岭家庄 on one, 物业管理 on three. */
const pages = Array.from({ length: 20 }, (_, i) =>
  [
    '整改落实情况',
    i < 15 ? '督查到位' : '',
    i < 2 ? '推进招商引资工作' : '',
    i === 3 ? '岭家庄' : '',
    i >= 5 && i < 8 ? '物业管理规范' : '',
    `第${i}项`,
  ].join('\n'),
);

describe('pickSearchTerms', () => {
  const picked = pickSearchTerms(pages);
  const term = (role: string) => picked.filter((p) => p.role === role).map((p) => p.term);

  it('takes for "every" the two-character term on every page, the most used', () => {
    // 整改, 改落, 落实, 实情, 情况 are each on every page once: the tie goes to code-point order.
    const onAll = hanGrams(pages, 2)
      .filter((g) => g.df === pages.length)
      .map((g) => g.gram)
      .sort();
    expect(onAll).toContain(term('every')[0]);
    expect(term('every')[0]).toBe(onAll[0]);
  });

  it('prefers the term used most often when several are on every page', () => {
    const more = pages.map((p) => `${p}\n整改到底`);
    expect(pickSearchTerms(more).find((p) => p.role === 'every')?.term).toBe('整改');
  });

  it('takes two mid terms, four and three characters, on a few pages (at most a tenth, at least 2)', () => {
    expect(fewPages(20)).toBe(2);
    expect(fewPages(2700)).toBe(270);
    const mids = picked.filter((p) => p.role === 'mid');
    expect(mids.map((m) => [...m.term].length)).toEqual([4, 3]);
    for (const m of mids) {
      expect(m.pages).toBe(2);
      expect(pages.filter((p) => p.includes(m.term)).length).toBe(m.pages);
    }
    // On two pages: 招商引资 and its parts; 岭家庄 (one page) and 物业管理 (three) are not "a few" here.
    expect(mids[0]?.term).toMatch(/^(推进招商|进招商引|招商引资|商引资工|引资工作)$/);
    expect(mids[1] && mids[0]?.term.includes(mids[1].term)).toBe(false);
  });

  it('takes a term found nowhere: two common characters never adjacent, even across a line break', () => {
    const none = term('nowhere')[0] ?? '';
    expect([...none]).toHaveLength(2);
    for (const p of pages) expect(p.replace(/\s+/g, '')).not.toContain(none);
    // Both characters are in the text: the index has postings for each, the phrase matches none.
    for (const ch of none) expect(pages.some((p) => p.includes(ch))).toBe(true);
  });

  it('never picks as absent a pair that only a line break separates', () => {
    expect(absentTerm(['甲乙\n丙', '甲乙\n丙'])).not.toBe('乙丙');
  });

  it('is deterministic: the same text gives the same terms, in any page order', () => {
    expect(pickSearchTerms([...pages].reverse()).map((p) => p.term)).toEqual(picked.map((p) => p.term));
  });

  it("falls back to issue 13's term only for a role the text has no term for, and only if the text holds it", () => {
    // Two pages, nothing on both: no "every" term; 整改 is in the text, so it stands in.
    const two = ['整改一', '物业二'];
    expect(pickSearchTerms(two).find((p) => p.role === 'every')).toMatchObject({ term: '整改', pages: 1 });
    // Without 整改 in the text, the term on the most pages.
    expect(pickSearchTerms(['甲乙丙', '丁戊己']).find((p) => p.role === 'every')?.term).toBe('丁戊');
  });

  it('refuses text with no Chinese', () => {
    expect(() => pickSearchTerms(['no Han here'])).toThrow('no Chinese text');
    expect(() => pickSearchTerms([])).toThrow('no indexed pages');
  });
});

describe('classifyTerms (--terms)', () => {
  it('gives each term the role its page count has in this text, folding the query', () => {
    expect(classifyTerms(['整改 58.62%', '整改'], ['整改', '５８.６２％', '巘'], foldText).map((t) => [t.role, t.pages])).toEqual([
      ['every', 2],
      ['mid', 1],
      ['nowhere', 0],
    ]);
  });
});

describe('termLabels', () => {
  it('numbers a role only when it occurs more than once', () => {
    expect(termLabels([{ role: 'every' }, { role: 'mid' }, { role: 'mid' }, { role: 'nowhere' }])).toEqual([
      'every',
      'mid1',
      'mid2',
      'nowhere',
    ]);
    expect(termLabels([{ role: 'mid' }, { role: 'every' }])).toEqual(['mid', 'every']);
  });
});

describe('exactness against substring truth', () => {
  const truth = [
    { url: '/a/', text: '整改落实' },
    { url: '/b/', text: '整改' },
    { url: '/c/', text: '58.62%' },
  ];
  it('is 1.0 and 1.0 when every query finds exactly the pages holding it', () => {
    const q = compareWithTruth(
      truth,
      new Map([
        ['整改', ['/a/', '/b/']],
        ['５８.６２％', ['/c/']],
        ['巘', []],
      ]),
      foldText,
    );
    expect(q).toMatchObject({ terms: 3, pages: 3, recall: 1, precision: 1, wrong: [] });
  });
  it('counts a missed page against recall and an extra one against precision, naming the query', () => {
    const q = compareWithTruth(truth, new Map([['整改', ['/a/', '/c/']]]), foldText);
    expect(q).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 1, recall: 0.5, precision: 0.5 });
    expect(q.wrong).toEqual(['整改: expected 2, found 2, common 1']);
  });
  it('samples the same substrings of the text every time, each present in it', () => {
    const texts = ['整改落实情况良好', '推进招商引资工作'];
    const a = sampleSubstrings(texts, 5);
    expect(a).toEqual(sampleSubstrings(texts, 5));
    expect(a.length).toBeGreaterThan(0);
    for (const s of a) expect(texts.some((t) => t.includes(s))).toBe(true);
    expect(qualityQueries(['整改', '整改'], texts, 0)).toEqual(['整改']);
  });
});

describe('indexedText', () => {
  it('reads only the indexed body, without its ignored parts', () => {
    const html = '<header>整改通报</header><main data-pagefind-body><p>落实</p><nav data-pagefind-ignore>导航</nav><p>情况</p></main>';
    const text = indexedText(html) ?? '';
    expect(text).toContain('落实');
    expect(text).toContain('情况');
    expect(text).not.toContain('导航');
    expect(text).not.toContain('通报');
    expect(indexedText('<main>没有</main>')).toBeNull();
  });
});
