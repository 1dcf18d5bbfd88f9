import { describe, expect, it } from 'vitest';
import { changeWord } from '../../src/lib/metrics/view.ts';

describe('changeWord', () => {
  it('repeats the word the report uses before the value', () => {
    expect(changeWord('占规上工业总产值比重43.98%,同比提升4.6个百分点', 'up', 4.6)).toBe('提升');
    expect(changeWord('全区共授权养殖面积达18871亩,比去年增加837亩', 'up', 837)).toBe('增加');
    expect(changeWord('立案查处科级干部案件28件,同比上升27.3%', 'up', 27.3)).toBe('上升');
    expect(changeWord('同比下降约23%', 'down', 23)).toBe('下降');
  });
  it('does not match a longer number that merely starts with the value', () => {
    expect(changeWord('同比增长12.82%', 'up', 12.8)).toBeNull();
  });
  it('gives null when the word points the other way or is absent', () => {
    expect(changeWord('同比下降4.6个百分点', 'up', 4.6)).toBeNull();
    expect(changeWord('较去年同期4.6个百分点', 'up', 4.6)).toBeNull();
  });
});
