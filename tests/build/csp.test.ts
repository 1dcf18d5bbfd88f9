import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import type { Element } from 'hast';
import { htmlFiles } from '../helpers/dist.ts';
import { hashSource } from '../../src/lib/security/csp.ts';

const dirs = [inject('siteDir'), inject('baseSiteDir')];

interface Page {
  policy: string | undefined;
  referrer: string | undefined;
  /** Element names in <head> order, to see what comes before the policy. */
  headOrder: string[];
  inlineScripts: string[];
  inlineStyles: string[];
  handlers: string[];
}

/** The raw text of a <script> or <style>, exactly as the browser hashes it. */
const rawText = (el: Element) => el.children.map((c) => (c.type === 'text' ? c.value : '')).join('');

function readPage(html: string): Page {
  const tree = fromHtml(html);
  const page: Page = { policy: undefined, referrer: undefined, headOrder: [], inlineScripts: [], inlineStyles: [], handlers: [] };
  visit(tree, 'element', (el: Element, _i, parent) => {
    const p = el.properties;
    if ((parent as Element | undefined)?.tagName === 'head')
      page.headOrder.push(el.tagName === 'meta' && p['httpEquiv'] ? 'csp' : el.tagName);
    if (el.tagName === 'meta' && String(p['httpEquiv']).toLowerCase() === 'content-security-policy') page.policy = String(p['content']);
    if (el.tagName === 'meta' && p['name'] === 'referrer') page.referrer = String(p['content']);
    if (el.tagName === 'script' && !p['src']) page.inlineScripts.push(rawText(el));
    if (el.tagName === 'style') page.inlineStyles.push(rawText(el));
    for (const k of Object.keys(p)) if (/^on[a-z]/.test(k) || k === 'style') page.handlers.push(`<${el.tagName} ${k}>`);
  });
  return page;
}

describe.each(dirs)('every page of %s carries its Content-Security-Policy', (dir) => {
  const pages = htmlFiles(dir).map((f) => [f, readPage(readFileSync(join(dir, f), 'utf8'))] as const);

  it('has the policy as the first thing after the charset, before any script or style', () => {
    for (const [f, p] of pages) {
      expect(p.policy, f).toBeDefined();
      expect(p.headOrder.slice(0, 2), f).toEqual(['meta', 'csp']);
    }
  });

  it('lists the hash of every inline script and style the page has, and nothing unsafe', () => {
    for (const [f, p] of pages) {
      const directive = (name: string) => p.policy?.split('; ').find((d) => d.startsWith(`${name} `)) ?? '';
      for (const s of p.inlineScripts) expect(directive('script-src'), `${f}: inline script “${s.slice(0, 40)}…”`).toContain(hashSource(s));
      for (const s of p.inlineStyles) expect(directive('style-src'), `${f}: inline style “${s.slice(0, 40)}…”`).toContain(hashSource(s));
      expect(p.policy, f).not.toContain('unsafe-inline');
      expect(p.policy, f).not.toContain("'unsafe-eval'");
    }
  });

  it('has no event-handler or style attributes (a hash cannot allow them)', () => {
    for (const [f, p] of pages) expect(p.handlers, f).toEqual([]);
  });

  it('allows WebAssembly only on the search page', () => {
    for (const [f, p] of pages) expect(p.policy?.includes("'wasm-unsafe-eval'"), f).toBe(f === 'search/index.html');
  });

  it('sets a referrer policy no looser than strict-origin-when-cross-origin', () => {
    for (const [f, p] of pages)
      expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin'], f).toContain(p.referrer);
  });
});
