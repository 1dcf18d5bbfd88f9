import { describe, expect, it } from 'vitest';
import { MAX_LEAD, splitLead } from '../../src/lib/report/lead.ts';

describe('splitLead', () => {
  it('splits a point after its short lead sentence, keeping every character', () => {
    const p = '一是深化思想认识，提高政治站位。坚持以习近平新时代中国特色社会主义思想为指引。';
    const s = splitLead(p);
    expect(s).toEqual({ lead: '一是深化思想认识，提高政治站位。', rest: '坚持以习近平新时代中国特色社会主义思想为指引。' });
    expect(`${s?.lead}${s?.rest}`).toBe(p);
  });
  it('leaves whole a paragraph whose first sentence is long, or that is one sentence', () => {
    expect(splitLead(`${'长'.repeat(MAX_LEAD)}。后文`)).toBeNull();
    expect(splitLead('一是提高思想认识。')).toBeNull();
    expect(splitLead('没有句号的段落')).toBeNull();
  });
});
