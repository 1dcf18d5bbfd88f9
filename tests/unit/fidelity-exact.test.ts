import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { charName, isInvisible, spellOut, utf8Issue } from '../../src/lib/fidelity/exact.ts';
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
    ['\u0007', 'U+0007 BELL'],
    ['\u0090', 'U+0090 CONTROL CHARACTER'],
    ['\u00ad', 'U+00AD SOFT HYPHEN'],
    ['\u{e0001}', 'U+E0001 LANGUAGE TAG'],
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
    expect(spellOut('整\u00a0改 完成\u200b率')).toBe('整[U+00A0 NO-BREAK SPACE]改 完成[U+200B ZERO WIDTH SPACE]率');
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
