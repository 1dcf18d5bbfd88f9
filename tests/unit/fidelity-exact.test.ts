import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charName, describeDifference, exactKey, isInvisible, spellOut, utf8Issue } from '../../src/lib/fidelity/exact.ts';
import { bodyPolicyIssues } from '../../src/lib/content/body-policy.ts';

describe('charName names invisible characters by code point', () => {
  it.each([
    ['\u00a0', 'U+00A0 NO-BREAK SPACE'],
    ['\ufeff', 'U+FEFF ZERO WIDTH NO-BREAK SPACE'],
    ['\u2028', 'U+2028 LINE SEPARATOR'],
    ['\u2029', 'U+2029 PARAGRAPH SEPARATOR'],
    ['\u200b', 'U+200B ZERO WIDTH SPACE'],
    ['\u200c', 'U+200C ZERO WIDTH NON-JOINER'],
    ['\u200d', 'U+200D ZERO WIDTH JOINER'],
    ['\u2060', 'U+2060 WORD JOINER'],
    ['\u3000', 'U+3000 IDEOGRAPHIC SPACE'],
    ['\u0000', 'U+0000 NULL'],
    ['\u0007', 'U+0007 CONTROL CHARACTER'],
    ['\u0090', 'U+0090 CONTROL CHARACTER'],
    ['\u00ad', 'U+00AD SOFT HYPHEN'],
    ['\u{e0001}', 'U+E0001 FORMAT CHARACTER'],
    ['\ufe0f', 'U+FE0F VARIATION SELECTOR-16'],
  ])('%j is %s', (ch, name) => {
    expect(isInvisible(ch)).toBe(true);
    expect(charName(ch)).toBe(name);
  });
  it('treats letters, Han characters and full-width punctuation as visible', () => {
    for (const ch of ['a', '整', '，', '“', '%', '𠀀']) expect(isInvisible(ch), ch).toBe(false);
  });
});

describe('spellOut', () => {
  it('spells out every invisible character except the ordinary space', () => {
    expect(spellOut('整\u00a0改 完成\u200b率')).toBe('整⟨U+00A0 NO-BREAK SPACE⟩改 完成⟨U+200B ZERO WIDTH SPACE⟩率');
  });
});

describe('exactKey: only the whitespace the source uses between blocks is normalised', () => {
  it('trims spaces, tabs and ideographic spaces at the ends of a line and collapses ASCII runs inside', () => {
    expect(exactKey('\u3000\u3000(1)出台  政策。\t')).toBe('(1)出台 政策。');
  });
  it.each(['\u00a0', '\ufeff', '\u2028', '\u200b', '\u200c', '\u200d', '\u2060'])('keeps %j inside a word as a character', (ch) => {
    expect(exactKey(`整${ch}改`)).not.toBe(exactKey('整改'));
    expect(exactKey(`整${ch}改`)).toBe(`整${ch}改`);
  });
  it('keeps a no-break space at the end of a line as a character too', () => {
    expect(exactKey('完成。\u00a0')).toBe('完成。\u00a0');
  });
});

describe('describeDifference', () => {
  it('names a no-break space inserted inside a word instead of printing it raw', () => {
    const msg = describeDifference('全区三大支柱产业实现产值252.1亿元', '全区三大支柱产\u00a0业实现产值252.1亿元');
    expect(msg).toContain('第8个字符 / at character 8');
    expect(msg).toContain('U+00A0 NO-BREAK SPACE');
    expect(msg).toContain('产⟨U+00A0 NO-BREAK SPACE⟩业');
    expect(msg).not.toContain('\u00a0');
  });
  it('names the character the source has when the entry dropped or replaced it', () => {
    const msg = describeDifference('姜堰\u2028区', '姜堰区');
    expect(msg).toContain('the source has U+2028 LINE SEPARATOR here');
  });
  it('counts characters, not UTF-16 units, for characters outside the BMP', () => {
    expect(describeDifference('𠀀𠀀甲', '𠀀𠀀乙')).toContain('第3个字符 / at character 3');
  });
  it('says nothing extra when the difference is visible', () => {
    expect(describeDifference('增长55.6%', '增长55.8%')).not.toContain('U+');
  });
});

describe('utf8Issue', () => {
  it('accepts UTF-8, with or without a byte order mark', () => {
    expect(utf8Issue(new TextEncoder().encode('整改情况'))).toBeNull();
    expect(utf8Issue(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('整改')]))).toBeNull();
  });
  it('says a GBK source is not UTF-8, looks like GBK, and how to convert it', () => {
    const issue = utf8Issue(readFileSync('tests/fixtures/import-encoding/halfwidth-basic-gbk.txt'));
    expect(issue?.line).toBe(1);
    expect(issue?.message).toContain('not UTF-8 (looks like GBK): convert it with `npm run import` or iconv');
  });
  it('gives the line of the first bad byte', () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('第一行\n第二行\n'), 0xff, 0x41]);
    expect(utf8Issue(bytes)?.line).toBe(3);
  });
});

describe('hidden text is impossible once bodies are text only', () => {
  it('refuses the <span hidden> bypass that hid a source sentence from readers', () => {
    const issues = bodyPolicyIssues('(1)持续加大项目招引力度。<span hidden>突出加强产业链重大项目招引。</span>', 9);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toContain('JSX 元素 <span>');
  });
});
