import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { htmlFiles, visibleText } from '../helpers/dist.ts';
import { filesUnder } from '../../src/lib/fs/files.ts';
import { shipped } from '../helpers/shipped.ts';

const siteDir = inject('siteDir');
const read = (p: string) => readFileSync(join(siteDir, p), 'utf8');
const { slug, data: report, contact } = shipped();
const c = {
  phone: contact.phone ?? '',
  email: contact.email ?? '',
  envelopeNote: contact.envelopeNote ?? '',
  address: contact.address ?? '',
  postcode: contact.postcode ?? '',
};
const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

describe('contact block and feedback links in the built site', () => {
  it('shows the address, envelope note, postcode, phone and email on every page', () => {
    for (const f of htmlFiles(siteDir)) {
      const text = visibleText(read(f));
      for (const value of [c.address, c.envelopeNote, c.postcode, c.phone, c.email]) expect(text, `${f}: ${value}`).toContain(value);
    }
  });

  it('renders the copy buttons carrying the email and the address as printed, hidden by the stylesheet until the page script runs', () => {
    const css = filesUnder(siteDir)
      .filter((f) => f.endsWith('.css'))
      .map((f) => readFileSync(join(siteDir, f), 'utf8'))
      .join('\n');
    // Without JavaScript a copy button could do nothing: html has no data-js then, and this rule hides it.
    expect(css).toMatch(/html:not\(\[data-js\]\) button\[data-copy\]\{display:none\}/);
    for (const f of htmlFiles(siteDir)) {
      const html = read(f);
      for (const value of [c.email, c.address]) expect(html, f).toMatch(new RegExp(`<button[^>]*data-copy="${attr(value)}"`));
    }
  });

  it('links every page of the report to its feedback composer', () => {
    const own = htmlFiles(siteDir).filter((f) => f.startsWith(`${slug}/`));
    expect(own.length).toBeGreaterThan(report.problemCount);
    for (const f of own.filter((f) => f !== `${slug}/feedback/index.html`)) expect(read(f), f).toContain(`href="/${slug}/feedback/"`);
  });

  it('prints the contact block once on the feedback page, from header to footer', () => {
    const html = read(`${slug}/feedback/index.html`);
    expect(html.match(/href="tel:/g) ?? []).toHaveLength(1);
    expect(html, 'the footer’s contact block').not.toContain('id="contact-heading"');
    expect(visibleText(html).split(c.phone).length - 1).toBe(1);
  });

  it('links each section page to the composer preset to that section', () => {
    const sections = htmlFiles(siteDir).filter((f) => f.startsWith(`${slug}/sections/`));
    expect(sections).toHaveLength(report.problemCount);
    for (const f of sections) {
      const n = /sections\/(\d+)\//.exec(f)?.[1];
      expect(read(f), f).toMatch(new RegExp(`<a href="/${slug}/feedback/\\?section=${n}">对本项整改提意见</a>`));
    }
  });

  it('lists 总体意见 and every section in the composer, number and title', () => {
    const html = read(`${slug}/feedback/index.html`);
    const options = [...html.matchAll(/<option value="(\d*)"[^>]*>([^<]*)<\/option>/g)].map((m) => [m[1], m[2]]);
    expect(options[0]).toEqual(['', '总体意见']);
    expect(options).toHaveLength(report.problemCount + 1);
    expect(options[17]).toEqual(['17', '第17项 生态环境治理和监管不扎实']);
  });
});
