import { describe, expect, it } from 'vitest';
import { linkify, mailtoHref, telHref } from '../../src/lib/contact/links.ts';

describe('contact links', () => {
  it('writes the phone in international form', () => {
    expect(telHref('0523-88101627')).toBe('tel:+86-523-88101627');
  });
  it('percent-encodes a Chinese subject as UTF-8', () => {
    const href = mailtoHref('jyqxcb2017@163.com', '巡视整改监督意见');
    expect(href).toBe('mailto:jyqxcb2017@163.com?subject=%E5%B7%A1%E8%A7%86%E6%95%B4%E6%94%B9%E7%9B%91%E7%9D%A3%E6%84%8F%E8%A7%81');
    expect(decodeURIComponent(href.split('subject=')[1] ?? '')).toBe('巡视整改监督意见');
  });
  it('splits a printed paragraph into text and links without changing the text', () => {
    const printed = '联系方式:0523-88101627;电子邮箱:a@b.cn。';
    const pieces = linkify(printed, [
      { text: '0523-88101627', href: 'tel:x' },
      { text: 'a@b.cn', href: 'mailto:a@b.cn' },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(printed);
    expect(pieces.filter((p) => p.href)).toHaveLength(2);
  });
});
