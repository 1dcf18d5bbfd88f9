/**
 * Browser-test harness: serves a built site on 127.0.0.1 (free port, optional
 * base path) and drives Debian's chromium through playwright-core. Every
 * request to another origin is recorded so tests can assert there are none.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumPath, INSTALL_COMMAND } from '../../src/lib/testenv/browser.ts';

export const CHROMIUM = chromiumPath();
/** The install command, for the scripts that print it (bench, audit). */
export const INSTALL_HINT = INSTALL_COMMAND;

/** True when the browser tests can run. tests/setup/browser.ts installs chromium or stops the run first, so a missing one here is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  throw new Error(`chromium not found at ${CHROMIUM}; install it with: ${INSTALL_COMMAND}`);
}

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
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
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
        if (!u.startsWith(options.origin ?? origin) && !u.startsWith('data:') && !u.startsWith('blob:') && !u.startsWith('about:')) external.push(u);
      });
      return { page: await context.newPage(), context, external };
    },
    close: async () => {
      await browser.close();
    },
  };
}

/**
 * Records every Content-Security-Policy violation the page reports (the
 * securitypolicyviolation event, from the first script on) and every console
 * message about a refused resource. Call before page.goto.
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  const consoleRefusals: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) consoleRefusals.push(`console: ${m.text()}`);
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}${e.sample ? ` “${e.sample}”` : ''}`);
    });
  });
  return async () => {
    const fromPage = await page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []).catch(() => ['(page closed before its violations were read)']);
    return [...fromPage, ...consoleRefusals];
  };
}

/** axe-core tags every page must pass: WCAG 2.0/2.1 A and AA, plus best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

const AXE_SOURCE = readFileSync(fileURLToPath(import.meta.resolve('axe-core/axe.min.js')), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[]; failureSummary?: string }[];
}

/** Runs axe-core in the page (injected inline, no request) with the given tags or rules. */
export async function runAxe(page: Page, only: { tags?: string[]; rules?: string[] } = { tags: AXE_TAGS }): Promise<AxeViolation[]> {
  // Evaluated, not added as an inline <script>: the page's Content-Security-Policy refuses unhashed inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const runOnly = only.rules ? { type: 'rule', values: only.rules } : { type: 'tag', values: only.tags ?? AXE_TAGS };
  return page.evaluate(async (runOnly) => {
    // @ts-expect-error axe is the global the injected script defines
    const result = await window.axe.run(document, { runOnly, resultTypes: ['violations'] });
    return result.violations.map((v: AxeViolation) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })) }));
  }, runOnly);
}

/** One line per failing element, for a readable assertion message. */
export function formatViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${where}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` - ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`));
}

/** Folder (git-ignored) where browser tests leave screenshots for a person to look at. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));
