import { describe, expect, it } from 'vitest';
import { chineseNumeral, readMarker } from '../../src/lib/markdown/markers.ts';

describe('readMarker', () => {
  it('reads half-width and full-width parenthesised numbers', () => {
    expect(readMarker('(1)出台“高质量发展30条”')).toEqual({ n: 1, label: '(1)', style: 'paren' });
    expect(readMarker('（12）强化')).toEqual({ n: 12, label: '（12）', style: 'paren' });
  });
  it('reads "1." and "2、" style numbers but not dates or ranges', () => {
    expect(readMarker('3.加快推进')?.n).toBe(3);
    expect(readMarker('2、组织')?.n).toBe(2);
    expect(readMarker('2022年9月9日,组织召开')).toBeNull();
    expect(readMarker('1-9月,全区')).toBeNull();
    expect(readMarker('1.3倍')).toBeNull();
  });
  it('reads 一是/十二是 style points', () => {
    expect(readMarker('二是优化组织领导')).toEqual({ n: 2, label: '二是', style: 'shi' });
    expect(readMarker('十二是加强')?.n).toBe(12);
  });
  it('ignores ordinary paragraphs', () => {
    expect(readMarker('针对“会议多”问题')).toBeNull();
  });
});

describe('chineseNumeral', () => {
  it.each([
    ['一', 1],
    ['十', 10],
    ['十一', 11],
    ['二十', 20],
    ['九十九', 99],
  ])('%s is %i', (text, n) => expect(chineseNumeral(text)).toBe(n));
  it('rejects non-numerals', () => expect(chineseNumeral('是')).toBeNull());
});
