import { describe, expect, it } from 'vitest';
import { chineseDate, parsePrintedDate } from '../../src/lib/report/dates.ts';

describe('parsePrintedDate', () => {
  it('reads the forms reports print', () => {
    expect(parsePrintedDate('2023年11月20日')).toBe('2023-11-20');
    expect(parsePrintedDate('2023-11-20')).toBe('2023-11-20');
    expect(parsePrintedDate('２０２３年１１月２０日')).toBe('2023-11-20');
    expect(parsePrintedDate('二〇二三年十月九日')).toBe('2023-10-09');
    expect(parsePrintedDate('二○二三年十二月三十一日')).toBe('2023-12-31');
    expect(parsePrintedDate('二〇二四年二月二十日')).toBe('2024-02-20');
  });
  it('refuses what is not a whole real date', () => {
    expect(parsePrintedDate('2023年2月30日')).toBeNull();
    expect(parsePrintedDate('二〇二三年十三月一日')).toBeNull();
    expect(parsePrintedDate('中共某县委')).toBeNull();
    expect(parsePrintedDate('2023年11月')).toBeNull();
  });
  it('prints an ISO date the way the site writes dates', () => {
    expect(chineseDate('2022-12-20')).toBe('2022年12月20日');
  });
});
