/**
 * Browser-test harness: the bench's server and browser (tools/bench/harness.ts),
 * plus what only tests need: chromium required, CSP violations, axe-core,
 * screenshots.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM, launchBrowser, serveSite, type BrowserSession, type SiteServer } from '../../tools/bench/harness.ts';
import { INSTALL_COMMAND } from '../../tools/testenv/browser.ts';

export { CHROMIUM, INSTALL_HINT, launchBrowser, serveSite, type BrowserSession, type SiteServer } from '../../tools/bench/harness.ts';

/** True when the browser tests can run. tests/setup/browser.ts installs chromium or stops the run first, so a missing one here is an error, never a skip. */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  throw new Error(`chromium not found at ${CHROMIUM}; install it with: ${INSTALL_COMMAND}`);
}

/**
 * For the calling describe block: serves the built site in dir at base and
 * launches chromium before its tests, and closes both after them. Read
 * `server` and `session` inside tests and hooks (they exist from beforeAll on).
 */
export function siteInBrowser(
  dir: () => string,
  base: () => string = () => '/',
): { readonly server: SiteServer; readonly session: BrowserSession } {
  let server: SiteServer | undefined;
  let session: BrowserSession | undefined;
  beforeAll(async () => {
    server = await serveSite(dir(), base());
    session = await launchBrowser(server.origin);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(what: string, v: T | undefined): T => {
    if (v === undefined) throw new Error(`siteInBrowser: ${what} is read before beforeAll started it`);
    return v;
  };
  return {
    get server() {
      return started('server', server);
    },
    get session() {
      return started('session', session);
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
      seen.push(
        `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}${e.sample ? ` “${e.sample}”` : ''}`,
      );
    });
  });
  return async () => {
    const fromPage = await page
      .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
      .catch(() => ['(page closed before its violations were read)']);
    return [...fromPage, ...consoleRefusals];
  };
}

/** axe-core tags every page must pass: WCAG 2.0/2.1/2.2 A and AA (2.2 adds target-size), plus best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

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
    return result.violations.map((v: AxeViolation) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

/** One line per failing element, for a readable assertion message. */
export function formatViolations(where: string, violations: AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map(
      (n) =>
        `${where}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(n.target)}${n.failureSummary ? ` - ${n.failureSummary.replace(/\s+/g, ' ')}` : ''}`,
    ),
  );
}

/** Folder (git-ignored) where browser tests leave screenshots for a person to look at. */
export const SCREENSHOT_DIR = fileURLToPath(new URL('../../screenshots/', import.meta.url));
