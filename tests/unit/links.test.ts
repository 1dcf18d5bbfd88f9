import { describe, expect, it } from 'vitest';
import { checkLinks, extractPage, fileUrl, type BuiltSite } from '../../src/lib/links/check.ts';

function site(base: string, pages: Record<string, string>, otherFiles: string[] = []): BuiltSite {
  return {
    siteUrl: 'https://www.example.gov.cn',
    base,
    files: new Set([...Object.keys(pages), ...otherFiles]),
    pages: new Map(Object.entries(pages).map(([f, html]) => [f, extractPage(html)])),
  };
}

const reasons = (s: BuiltSite) => checkLinks(s).map((b) => `${b.page} ${b.ref}: ${b.reason}`);

describe('checkLinks', () => {
  it('accepts links to pages, files and ids that exist', () => {
    const s = site(
      '/',
      {
        'index.html':
          '<a href="/sections/06/#m2">6</a><a href="sections/06/">6</a><link rel="stylesheet" href="/_astro/a.css"><a href="#top">top</a>',
        'sections/06/index.html': '<h3 id="m2">(2)</h3><a href="../../">home</a><a href="#m2">(2)</a>',
      },
      ['_astro/a.css'],
    );
    expect(reasons(s)).toEqual([]);
  });

  it('reports a missing page, a missing file and a missing fragment', () => {
    const s = site('/', {
      'index.html': '<a href="/sections/07/">7</a><img src="/logo.png" alt=""><a href="/sections/06/#m9">(9)</a>',
      'sections/06/index.html': '<h3 id="m2">(2)</h3>',
    });
    expect(reasons(s)).toEqual([
      'index.html /sections/07/: no such page',
      'index.html /logo.png: no such file',
      'index.html /sections/06/#m9: no element with id "m9" on sections/06/index.html',
    ]);
  });

  it('reports a link that leaves the base path', () => {
    const s = site('/xszg/', {
      'index.html': '<a href="/sections/06/">6</a><a href="/xszg/sections/06/">6</a>',
      'sections/06/index.html': '<p>6</p>',
    });
    expect(reasons(s)).toEqual(['index.html /sections/06/: outside the base path /xszg/']);
  });

  it('reports a page link without its trailing slash', () => {
    const s = site('/', { 'index.html': '<a href="/sections/06">6</a>', 'sections/06/index.html': '' });
    expect(reasons(s)).toEqual(['index.html /sections/06: a page link needs its trailing slash']);
  });

  it('matches percent-encoded Chinese fragments and absolute links on the site origin', () => {
    const s = site('/', {
      'index.html': '<h2 id="整改">x</h2><a href="#%E6%95%B4%E6%94%B9">x</a><a href="https://www.example.gov.cn/#nope">x</a>',
    });
    expect(reasons(s)).toEqual(['index.html https://www.example.gov.cn/#nope: no element with id "nope" on index.html']);
  });

  it('ignores other origins, mail and phone links', () => {
    const s = site('/', { 'index.html': '<a href="https://other.example/x">x</a><a href="mailto:a@b.cn">m</a><a href="tel:0523-1">t</a>' });
    expect(reasons(s)).toEqual([]);
  });

  it('checks every candidate of a srcset', () => {
    const s = site('/', { 'index.html': '<img src="/a.png" srcset="/a.png 1x, /b.png 2x" alt="">' }, ['a.png']);
    expect(reasons(s)).toEqual(['index.html /b.png: no such file']);
  });
});

describe('fileUrl', () => {
  it('serves index.html files at their folder and other files as themselves', () => {
    expect(fileUrl('sections/06/index.html', 'https://h.cn', '/xszg/').href).toBe('https://h.cn/xszg/sections/06/');
    expect(fileUrl('index.html', 'https://h.cn', '/').href).toBe('https://h.cn/');
    expect(fileUrl('404.html', 'https://h.cn', '/').href).toBe('https://h.cn/404.html');
  });
});
