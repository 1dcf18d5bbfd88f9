import { describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { GZIP_LEVEL, gzipSize, inlineParts, kindOf, pageWeight, sumWeights } from '../../tools/bench/weight.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('inlineParts', () => {
  it('finds inline styles and JavaScript but not JSON data blocks or external scripts', () => {
    const html =
      '<style>a{b:c}</style><script>x()</script><script type="module">y()</script><script type="application/ld+json">{"a":1}</script><script src="/z.js"></script>';
    expect(inlineParts(html)).toEqual({ css: ['a{b:c}'], js: ['x()', 'y()'] });
  });
});

describe('pageWeight', () => {
  const html = `<!doctype html><html><head><style>${'body{color:red}'.repeat(10)}</style></head><body><p>${'安全生产'.repeat(50)}</p><script>document.documentElement.dataset.x='1'</script></body></html>`;
  const css = 'p{margin:0}'.repeat(20);
  const w = pageWeight([
    { url: 'http://h/sections/06/', body: enc(html), contentType: 'text/html; charset=utf-8' },
    { url: 'http://h/_astro/a.css', body: enc(css), contentType: 'text/css' },
  ]);
  it('counts inline CSS and JS as CSS and JS, not as HTML', () => {
    expect(w.cssBytes).toBe(150 + css.length);
    expect(w.jsBytes).toBe("document.documentElement.dataset.x='1'".length);
    expect(w.htmlBytes + w.cssBytes + w.jsBytes).toBe(enc(html).byteLength + css.length);
  });
  it('gzips each response separately at the documented level', () => {
    expect(w.requests).toBe(2);
    expect(w.gzipTotal).toBe(gzipSync(enc(html), { level: GZIP_LEVEL }).byteLength + gzipSync(enc(css), { level: GZIP_LEVEL }).byteLength);
  });
  it('counts a response that does not compress (a Pagefind chunk) at its raw size', () => {
    const chunk = randomBytes(4000);
    const r = pageWeight([{ url: 'http://h/pagefind/index/zh_1.pf_index', body: chunk }]);
    expect(gzipSize(chunk)).toBeGreaterThan(4000);
    expect(r.gzipTotal).toBe(4000);
    expect(r.otherBytes).toBe(4000);
  });
  it('adds request sets together', () => {
    expect(sumWeights([w, w]).gzipTotal).toBe(2 * w.gzipTotal);
  });
});

describe('kindOf', () => {
  it('uses the content type first, then the extension', () => {
    expect(kindOf('http://h/x', 'text/javascript; charset=utf-8')).toBe('js');
    expect(kindOf('http://h/pagefind/wasm.unknown.pagefind')).toBe('wasm');
    expect(kindOf('http://h/pagefind/fragment/zh_1.pf_fragment')).toBe('data');
    expect(kindOf('http://h/sections/06/')).toBe('html');
  });
});
