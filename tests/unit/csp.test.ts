import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, cspMeta, hashSource, headerPolicy, REFERRER_POLICY } from '../../src/lib/security/csp.ts';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)] as const));

describe('the Content-Security-Policy', () => {
  it('hashes an inline text as the browser does: sha256 of its UTF-8 bytes, base64', () => {
    // Computed independently: printf '%s' 'alert(1)' | openssl dgst -sha256 -binary | base64
    expect(hashSource('alert(1)')).toBe("'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
    expect(hashSource('整改')).toBe(`'sha256-${createHash('sha256').update(Buffer.from('整改', 'utf8')).digest('base64')}'`);
  });

  it('allows scripts only from the site and by the hash of each inline script, never unsafe-inline', () => {
    const d = directives(contentSecurityPolicy({ scripts: ['a()', 'b()'] }));
    expect(d.get('script-src')).toEqual(["'self'", hashSource('a()'), hashSource('b()')]);
    expect(contentSecurityPolicy({ scripts: ['a()'] })).not.toContain('unsafe-inline');
  });

  it('hashes inline styles the same way', () => {
    expect(directives(contentSecurityPolicy({ styles: [':root{--x:1}'] })).get('style-src')).toEqual([
      "'self'",
      hashSource(':root{--x:1}'),
    ]);
  });

  it("allows inline styles only for astro dev's preview, without hashes (which would cancel 'unsafe-inline'), and never inline scripts", () => {
    const dev = directives(contentSecurityPolicy({ scripts: ['a()'], styles: [':root{--x:1}'], devStyles: true }));
    expect(dev.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(dev.get('script-src')).toEqual(["'self'", hashSource('a()')]);
    expect(contentSecurityPolicy({ styles: [':root{--x:1}'] })).not.toContain('unsafe-inline');
    expect(contentSecurityPolicy({ styles: [':root{--x:1}'], devStyles: false })).toBe(contentSecurityPolicy({ styles: [':root{--x:1}'] }));
  });

  it('has the fixed directives: default self, no plugins, no base, forms to the site or mailto:', () => {
    const d = directives(contentSecurityPolicy());
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('object-src')).toEqual(["'none'"]);
    expect(d.get('base-uri')).toEqual(["'self'"]);
    expect(d.get('form-action')).toEqual(["'self'", 'mailto:']);
    expect(d.get('script-src')).toEqual(["'self'"]);
  });

  it("allows compiling WebAssembly only when asked (the search page's Pagefind)", () => {
    expect(contentSecurityPolicy()).not.toContain('wasm-unsafe-eval');
    expect(directives(contentSecurityPolicy({ wasm: true })).get('script-src')).toEqual(["'self'", "'wasm-unsafe-eval'"]);
  });

  it('lists a repeated inline text once', () => {
    expect(directives(contentSecurityPolicy({ scripts: ['a()', 'a()'] })).get('script-src')).toEqual(["'self'", hashSource('a()')]);
  });

  it('leaves frame-ancestors to the HTTP header (a <meta> policy cannot carry it)', () => {
    expect(contentSecurityPolicy()).not.toContain('frame-ancestors');
  });

  it('makes the nginx header from a page policy: same script hashes, wasm only where asked, frame-ancestors added', () => {
    const meta = contentSecurityPolicy({ scripts: ['a()'], styles: [':root{--u:"/x/"}'], wasm: true });
    const header = headerPolicy(meta, { wasm: false });
    expect(header).toBe(
      `default-src 'self'; script-src 'self' ${hashSource('a()')}; style-src 'self' 'unsafe-inline'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self' mailto:; frame-ancestors 'self'`,
    );
    expect(headerPolicy(meta, { wasm: true })).toContain(`script-src 'self' ${hashSource('a()')} 'wasm-unsafe-eval';`);
  });

  it('gives the <meta> attributes and a referrer policy no looser than strict-origin-when-cross-origin', () => {
    expect(cspMeta({ scripts: ['a()'] })).toEqual({
      'http-equiv': 'Content-Security-Policy',
      content: contentSecurityPolicy({ scripts: ['a()'] }),
    });
    expect(['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin']).toContain(REFERRER_POLICY);
  });
});
