/**
 * The bench's harness, shared with the browser tests and npm run audit:
 * serves a built site on 127.0.0.1 (free port, optional base path) like a
 * plain static web server, and drives Debian's chromium through
 * playwright-core. Every request to another origin is recorded.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, INSTALL_COMMAND } from '../testenv/browser.ts';

/** Where chromium is: CHROMIUM_PATH, else Debian's (tools/testenv/browser.ts). */
export const CHROMIUM = chromiumPath();
/** The install command, for the scripts that print it (bench, audit). */
export const INSTALL_HINT = INSTALL_COMMAND;

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
};

export interface SiteServer {
  /** Origin, e.g. http://127.0.0.1:40123 */
  origin: string;
  /** Origin plus base path, ending in "/". */
  root: string;
  close: () => Promise<void>;
}

/** Serves dir at base (e.g. "/" or "/xszg/") like a plain static web server. */
export async function serveSite(dir: string, base = '/'): Promise<SiteServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    let path = decodeURIComponent(url.pathname);
    if (!path.startsWith(base)) {
      res.writeHead(404).end();
      return;
    }
    path = normalize(path.slice(base.length)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dir, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dir, '404.html');
    res.writeHead(found ? 200 : 404, { 'content-type': MIME[extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return { origin, root: `${origin}${base}`, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface BrowserSession {
  browser: Browser;
  /** A fresh context; requests to other origins are collected in `external`. */
  newPage: (options?: {
    viewport?: { width: number; height: number };
    javaScriptEnabled?: boolean;
    /** The site's own origin for this page, when it is not the one given to launchBrowser. */
    origin?: string;
  }) => Promise<{ page: Page; context: BrowserContext; external: string[] }>;
  close: () => Promise<void>;
}

/** Launches headless chromium with the flags that work on these machines. */
export async function launchBrowser(origin: string): Promise<BrowserSession> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    // playwright gives every launch a fresh, temporary profile (--user-data-dir).
  });
  return {
    browser,
    newPage: async (options = {}) => {
      const context = await browser.newContext({
        viewport: options.viewport ?? { width: 390, height: 844 },
        javaScriptEnabled: options.javaScriptEnabled ?? true,
        locale: 'zh-CN',
      });
      const external: string[] = [];
      context.on('request', (r) => {
        const u = r.url();
        if (!u.startsWith(options.origin ?? origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:'))
          external.push(u);
      });
      return { page: await context.newPage(), context, external };
    },
    close: async () => {
      await browser.close();
    },
  };
}
