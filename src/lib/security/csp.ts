/**
 * The Content-Security-Policy every page carries, as a <meta http-equiv>
 * (the site is static; EDITING.md gives the same policy as an nginx header).
 * If anything ever slips into a page that should not be there, the browser
 * refuses to run it: scripts only from the site or by the hash of the exact
 * inline text the build wrote (never 'unsafe-inline'), no plugins, no <base>,
 * forms only to the site or mailto:, nothing loaded from another host.
 * Hashes are computed here at build time from the same strings the layout
 * inlines, so a changed script changes its hash with it.
 */
import { createHash } from 'node:crypto';

export interface CspOptions {
  /** The exact text of every inline <script> the page carries. */
  scripts?: readonly string[];
  /** The exact text of every inline <style> the page carries. */
  styles?: readonly string[];
  /** The page runs WebAssembly (Pagefind's search): allows compiling it, and nothing else. */
  wasm?: boolean;
  /**
   * The page is served by `astro dev` (the editors' preview), whose Vite
   * injects each stylesheet as an inline <style> and swaps it on every save,
   * so no hash can be known: style-src then allows inline styles (and lists
   * no hashes, which would make browsers ignore 'unsafe-inline'). Only
   * styles: scripts stay hash-only. Never set for a built page.
   */
  devStyles?: boolean;
}

/** The referrer policy of every page: full address within the site, nothing to any other host. */
export const REFERRER_POLICY = 'same-origin';

/** A CSP hash source for an inline script or style: 'sha256-…' of its exact UTF-8 text. */
export function hashSource(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

const unique = (xs: readonly string[]) => [...new Set(xs)];

/** The policy text of a page's <meta>, directives in a fixed order. */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  const scripts = unique((options.scripts ?? []).map(hashSource));
  const styles = unique((options.styles ?? []).map(hashSource));
  const directives: [string, string[]][] = [
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...scripts, ...(options.wasm ? ["'wasm-unsafe-eval'"] : [])]],
    ['style-src', ["'self'", ...(options.devStyles ? ["'unsafe-inline'"] : styles)]],
    ['img-src', ["'self'"]],
    ['font-src', ["'self'"]],
    ['connect-src', ["'self'"]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'", 'mailto:']],
    // frame-ancestors is ignored in a <meta>; headerPolicy adds it to the HTTP header.
  ];
  return directives.map(([name, values]) => `${name} ${values.join(' ')}`).join('; ');
}

/**
 * The same policy as an HTTP header (for nginx), made from a built page's
 * <meta> policy: script hashes kept (the page script is the same on every
 * page), style-src widened to 'unsafe-inline' (each page's print style holds
 * its own address, so one header cannot list them; the page's <meta> still
 * allows only its own), and frame-ancestors, which only a header can set.
 * Browsers enforce both policies, so the header is the outer fence and the
 * <meta> the exact one.
 */
export function headerPolicy(metaPolicy: string, { wasm }: { wasm: boolean }): string {
  const directives = metaPolicy
    .split(';')
    .map((d) => d.trim())
    .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
    .map((d) => {
      const [name, ...values] = d.split(/\s+/);
      if (name === 'style-src') return `style-src 'self' 'unsafe-inline'`;
      if (name === 'script-src') {
        const kept = values.filter((v) => v !== "'wasm-unsafe-eval'");
        return ['script-src', ...kept, ...(wasm ? ["'wasm-unsafe-eval'"] : [])].join(' ');
      }
      return d;
    });
  return [...directives, "frame-ancestors 'self'"].join('; ');
}

/** Attributes of the page's CSP <meta>: `<meta {...cspMeta({ scripts: [READING_SCRIPT] })} />`. */
export function cspMeta(options: CspOptions = {}): { 'http-equiv': 'Content-Security-Policy'; content: string } {
  return { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy(options) };
}
