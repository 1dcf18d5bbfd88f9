/**
 * Page-weight accounting: what a page's requests weigh as sent, split into
 * HTML, CSS and JavaScript (inline <style>/<script> counted as CSS/JS, not as
 * HTML), and what they weigh gzipped.
 *
 * Gzip is computed here with node:zlib at level 6 (zlib's default, the level
 * most servers use) on each response separately, the way a server compresses
 * them. A response that does not shrink (Pagefind's index chunks and wasm are
 * already compressed) is counted at its raw size: a server sends the smaller.
 */
import { gzipSync } from 'node:zlib';

export const GZIP_LEVEL = 6;

export type ResourceKind = 'html' | 'css' | 'js' | 'wasm' | 'data' | 'image' | 'font' | 'other';

export interface FetchedResource {
  url: string;
  /** The response body as the server sent it (uncompressed). */
  body: Uint8Array;
  /** The response's content type, when known. */
  contentType?: string | undefined;
}

export interface ResourceWeight {
  url: string;
  kind: ResourceKind;
  bytes: number;
  /** Bytes on the wire with gzip: min(gzip size, raw size). */
  gzip: number;
}

export interface PageWeight {
  requests: number;
  /** HTML documents without their inline <style> and <script> contents. */
  htmlBytes: number;
  /** External stylesheets plus inline <style> contents. */
  cssBytes: number;
  /** External scripts (including workers) plus inline JavaScript. */
  jsBytes: number;
  /** Gzip size of the page's JavaScript alone (each file, inline scripts together). */
  jsGzip: number;
  /** Gzip size of the page's CSS alone (each file, inline styles together). */
  cssGzip: number;
  /** Everything else: wasm, search index chunks, images, fonts. */
  otherBytes: number;
  rawTotal: number;
  gzipTotal: number;
  resources: ResourceWeight[];
  /** Each inline script: its size and how it starts, to tell which feature it belongs to. */
  inlineScripts: { bytes: number; start: string }[];
}

/** Gzipped size of a body at the documented level. */
export function gzipSize(body: Uint8Array | string, level = GZIP_LEVEL): number {
  if (typeof body === 'string' ? body.length === 0 : body.byteLength === 0) return 0;
  return gzipSync(body, { level }).byteLength;
}

/** What a server that compresses its responses sends for this body. */
export function wireSize(body: Uint8Array | string): number {
  const raw = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  return Math.min(raw, gzipSize(body));
}

/** Classifies a response by its content type, or else by its file extension. */
export function kindOf(url: string, contentType?: string): ResourceKind {
  const ct = (contentType ?? '').toLowerCase();
  if (ct.includes('text/html')) return 'html';
  if (ct.includes('text/css')) return 'css';
  if (ct.includes('javascript')) return 'js';
  if (ct.includes('wasm')) return 'wasm';
  if (ct.startsWith('image/')) return 'image';
  if (ct.startsWith('font/')) return 'font';
  const path = new URL(url, 'http://x').pathname.toLowerCase();
  if (path.endsWith('/') || path.endsWith('.html')) return 'html';
  if (path.endsWith('.css')) return 'css';
  if (/\.m?js$/.test(path)) return 'js';
  if (path.endsWith('.wasm') || /wasm\.[^/]*\.pagefind$/.test(path)) return 'wasm';
  if (/\.(png|jpe?g|gif|svg|webp|avif|ico)$/.test(path)) return 'image';
  if (/\.(woff2?|ttf|otf)$/.test(path)) return 'font';
  if (/\.(json|csv|txt|xml)$/.test(path) || /\.pf_[a-z]+$/.test(path)) return 'data';
  return 'other';
}

const JS_TYPES = /^\s*(text\/javascript|application\/javascript|module|text\/ecmascript)?\s*$/i;

/** The contents of a document's inline <style> elements and inline JavaScript <script> elements. */
export function inlineParts(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)].map((m) => m[1] ?? '');
  const js: string[] = [];
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? '';
    const type = /\btype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? '';
    if (JS_TYPES.test(type) && (m[2] ?? '').trim() !== '') js.push(m[2] ?? '');
  }
  return { css, js };
}

const bytesOf = (parts: readonly string[]) => parts.reduce((n, p) => n + Buffer.byteLength(p), 0);

/** Adds up a page's responses: raw bytes by kind, gzip per response, request count. */
export function pageWeight(fetched: readonly FetchedResource[]): PageWeight {
  const w: PageWeight = {
    requests: fetched.length,
    htmlBytes: 0,
    cssBytes: 0,
    jsBytes: 0,
    jsGzip: 0,
    cssGzip: 0,
    otherBytes: 0,
    rawTotal: 0,
    gzipTotal: 0,
    resources: [],
    inlineScripts: [],
  };
  const inlineCss: string[] = [];
  const inlineJs: string[] = [];
  for (const r of fetched) {
    const kind = kindOf(r.url, r.contentType);
    const bytes = r.body.byteLength;
    const gzip = wireSize(r.body);
    w.resources.push({ url: r.url, kind, bytes, gzip });
    w.rawTotal += bytes;
    w.gzipTotal += gzip;
    if (kind === 'html') {
      const parts = inlineParts(Buffer.from(r.body).toString('utf8'));
      inlineCss.push(...parts.css);
      inlineJs.push(...parts.js);
      for (const js of parts.js) w.inlineScripts.push({ bytes: Buffer.byteLength(js), start: js.trim().slice(0, 60) });
      w.htmlBytes += bytes - bytesOf(parts.css) - bytesOf(parts.js);
    } else if (kind === 'css') {
      w.cssBytes += bytes;
      w.cssGzip += gzip;
    } else if (kind === 'js') {
      w.jsBytes += bytes;
      w.jsGzip += gzip;
    } else w.otherBytes += bytes;
  }
  w.cssBytes += bytesOf(inlineCss);
  w.jsBytes += bytesOf(inlineJs);
  if (inlineCss.length > 0) w.cssGzip += wireSize(inlineCss.join('\n'));
  if (inlineJs.length > 0) w.jsGzip += wireSize(inlineJs.join('\n'));
  return w;
}

/** Sums several request sets (e.g. page load and first query). */
export function sumWeights(parts: readonly PageWeight[]): PageWeight {
  return parts.reduce<PageWeight>(
    (a, b) => ({
      requests: a.requests + b.requests,
      htmlBytes: a.htmlBytes + b.htmlBytes,
      cssBytes: a.cssBytes + b.cssBytes,
      jsBytes: a.jsBytes + b.jsBytes,
      jsGzip: a.jsGzip + b.jsGzip,
      cssGzip: a.cssGzip + b.cssGzip,
      otherBytes: a.otherBytes + b.otherBytes,
      rawTotal: a.rawTotal + b.rawTotal,
      gzipTotal: a.gzipTotal + b.gzipTotal,
      resources: [...a.resources, ...b.resources],
      inlineScripts: [...a.inlineScripts, ...b.inlineScripts],
    }),
    pageWeight([]),
  );
}
