import { describe, expect, it } from 'vitest';
import { mailtoHref } from '../../src/lib/contact/links.ts';
import {
  MAILTO_SAFE_LENGTH,
  cleanText,
  composeMail,
  feedbackBody,
  feedbackSubject,
  letterDate,
  sectionFromQuery,
  type LetterLabels,
} from '../../src/lib/feedback/compose.ts';

const labels: LetterLabels = { sectionNumber: '第{n}项', general: '总体意见', about: '事项', name: '姓名', reply: '联系方式' };
const contact = { email: 'jyqxcb2017@163.com', envelopeNote: '巡视整改监督意见' };
const s17 = { number: 17, title: '生态环境治理和监管不扎实' };

/** Splits a mailto: URL back into address and decoded header values. */
function decode(href: string): { to: string; headers: Record<string, string> } {
  const m = /^mailto:([^?]*)\?(.*)$/s.exec(href);
  if (!m) throw new Error(`not a mailto URL with headers: ${href}`);
  const headers: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split('&')) {
    const i = pair.indexOf('=');
    headers[pair.slice(0, i)] = decodeURIComponent(pair.slice(i + 1));
  }
  return { to: m[1] ?? '', headers };
}

describe('feedback subject', () => {
  it('names the section after the envelope note', () => {
    expect(feedbackSubject('巡视整改监督意见', s17, labels)).toBe('巡视整改监督意见：第17项 生态环境治理和监管不扎实');
  });
  it('says 总体意见 when no section is chosen', () => {
    expect(feedbackSubject('巡视整改监督意见', undefined, labels)).toBe('巡视整改监督意见：总体意见');
  });
});

describe('feedback body', () => {
  it('carries the section, the opinion, then name and reply only when given', () => {
    expect(feedbackBody({ section: s17, opinion: '河道还有垃圾。', name: '张三', reply: '13800000000' }, labels)).toBe(
      '事项：第17项 生态环境治理和监管不扎实\n\n河道还有垃圾。\n\n姓名：张三\n联系方式：13800000000',
    );
    expect(feedbackBody({ opinion: '好', name: ' ', reply: '' }, labels)).toBe('事项：总体意见\n\n好');
  });
  it('keeps inner blank lines and indents but drops blank lines around the text', () => {
    expect(cleanText('\n\n  第一段\r\n\r\n第二段\r末行\n \n')).toBe('  第一段\n\n第二段\n末行');
  });
});

describe('mailto composition', () => {
  it('decodes back to exactly the subject and body, with CRLF line breaks', () => {
    const opinion = "第一行:河道有垃圾\n第二行 & ? # % + = ; / : @ ! * ' ( ) ~ 空格  两个\n\n“引号”、emoji 😀 结束";
    const mail = composeMail({ section: s17, opinion, name: '李 四', reply: 'a+b@example.cn?x=1&y=2' }, contact, labels);
    const { to, headers } = decode(mail.href);
    expect(to).toBe('jyqxcb2017@163.com');
    expect(Object.keys(headers)).toEqual(['subject', 'body']);
    expect(headers['subject']).toBe('巡视整改监督意见：第17项 生态环境治理和监管不扎实');
    expect(headers['body']).toBe(mail.body.replace(/\n/g, '\r\n'));
    expect(headers['body']).toContain(opinion.replace(/\n/g, '\r\n'));
    expect(headers['body']).toContain('联系方式：a+b@example.cn?x=1&y=2');
  });
  it('escapes every character that would end or change a header value', () => {
    const { href } = composeMail({ opinion: '& ? # % + =\nx' }, contact, labels);
    const query = href.slice(href.indexOf('?') + 1);
    // Only the separator between subject and body may appear raw.
    expect(query.split('&')).toHaveLength(2);
    expect(query.replace(/^subject=/, '').replace('&body=', '')).not.toMatch(/[#?=+\s\u4e00-\u9fff]/);
    expect(query).toContain('%26%20%3F%20%23%20%25%20%2B%20%3D%0D%0Ax');
  });
  it('encodes Chinese as UTF-8 bytes', () => {
    expect(mailtoHref('a@b.cn', '意见', '姜堰')).toBe('mailto:a@b.cn?subject=%E6%84%8F%E8%A7%81&body=%E5%A7%9C%E5%A0%B0');
  });
  it('turns a lone surrogate into U+FFFD instead of throwing', () => {
    const { headers } = decode(mailtoHref('a@b.cn', 'x', 'a\uD83Db'));
    expect(headers['body']).toBe('a\uFFFDb');
  });
});

describe('mailto length guard', () => {
  it('passes a short message and stops one whose URL is over the safe length', () => {
    const short = composeMail({ opinion: '意见'.repeat(10) }, contact, labels);
    expect(short.tooLong).toBe(false);
    expect(short.length).toBe(short.href.length);
    const long = composeMail({ opinion: '意见'.repeat(200) }, contact, labels);
    expect(long.href.length).toBeGreaterThan(MAILTO_SAFE_LENGTH);
    expect(long.tooLong).toBe(true);
  });
  it('draws the line exactly at the limit', () => {
    const base = composeMail({ opinion: 'a' }, contact, labels);
    expect(composeMail({ opinion: 'a' }, contact, labels, base.length).tooLong).toBe(false);
    expect(composeMail({ opinion: 'a' }, contact, labels, base.length - 1).tooLong).toBe(true);
  });
  it('offers a subject-only link that stays short however long the text', () => {
    const long = composeMail({ section: s17, opinion: '长'.repeat(5000) }, contact, labels);
    expect(long.subjectOnlyHref.length).toBeLessThan(MAILTO_SAFE_LENGTH);
    expect(decode(long.subjectOnlyHref).headers).toEqual({ subject: long.subject });
  });
});

describe('letter date and section preset', () => {
  it('writes the date the Chinese way without leading zeros', () => {
    expect(letterDate(new Date(2026, 10, 26))).toBe('2026年11月26日');
    expect(letterDate(new Date(2027, 0, 5))).toBe('2027年1月5日');
  });
  it('reads a known section number from the query string', () => {
    const numbers = Array.from({ length: 26 }, (_, i) => i + 1);
    expect(sectionFromQuery('?section=17', numbers)).toBe(17);
    expect(sectionFromQuery('?section=07', numbers)).toBe(7);
    expect(sectionFromQuery('?section=27', numbers)).toBeUndefined();
    expect(sectionFromQuery('?section=1e1', numbers)).toBeUndefined();
    expect(sectionFromQuery('', numbers)).toBeUndefined();
  });
});
