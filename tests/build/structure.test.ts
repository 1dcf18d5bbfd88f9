import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parse } from 'yaml';
import { htmlFiles } from '../helpers/dist.ts';

const siteDir = inject('siteDir');
const read = (p: string) => readFileSync(join(siteDir, p), 'utf8');
const report = parse(readFileSync('content/report.yaml', 'utf8')) as { problemCount: number; contact: { phone: string; email: string; envelopeNote: string } };

describe('built site structure', () => {
  it('has a home page, one page per section and a 404 page', () => {
    const files = htmlFiles(siteDir);
    expect(files).toContain('index.html');
    expect(files).toContain('404.html');
    const sections = files.filter((f) => /^sections\/\d+\/index\.html$/.test(f));
    expect(sections).toHaveLength(report.problemCount);
  });

  it('declares zh-CN on every page', () => {
    for (const f of htmlFiles(siteDir)) expect(read(f), f).toMatch(/<html lang="zh-CN"/);
  });

  it('gives every measure of a section a permalink id', () => {
    const html = read('sections/06/index.html');
    for (const n of [1, 2, 3, 4]) expect(html).toContain(`id="m${n}"`);
    expect(html).not.toContain('id="m5"');
  });

  it('carries the contact block with tel: and mailto: links on every page', () => {
    const subject = encodeURIComponent(report.contact.envelopeNote);
    for (const f of htmlFiles(siteDir)) {
      const html = read(f);
      expect(html, f).toContain('href="tel:+86-523-88101627"');
      expect(html, f).toContain(`href="mailto:${report.contact.email}?subject=${subject}"`);
    }
  });

  it('ships no script on content pages but the one page script (reading settings, copy buttons) under 1.5 KB', () => {
    const contentPages = htmlFiles(siteDir).filter((f) => !/^(search|feedback)\//.test(f));
    expect(contentPages.length).toBeGreaterThan(report.problemCount);
    for (const f of contentPages) {
      const html = read(f);
      expect(html, f).not.toMatch(/<script[^>]*\ssrc=/);
      const inline = [...html.matchAll(/<script(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
      expect(inline, f).toHaveLength(1);
      expect(Buffer.byteLength(inline[0] ?? '', 'utf8'), f).toBeLessThan(1536);
    }
  });

  it('links previous and next sections', () => {
    const html = read('sections/06/index.html');
    expect(html).toContain('href="/sections/05/"');
    expect(html).toContain('href="/sections/07/"');
  });
});
