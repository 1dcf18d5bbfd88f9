/**
 * What the browser tests need on a Debian machine, and what to do when it is
 * missing: install it when we can (root with apt-get, as
 * `npx playwright install --with-deps` does), otherwise stop with the exact
 * command. The browser tests are never skipped silently. Pure: the facts come
 * in, the decision goes out (tests/setup/browser.ts gathers and acts).
 */

/** The Debian packages: the browser, and CJK fonts so pages and screenshots show Chinese. */
export const BROWSER_PACKAGES = { chromium: 'chromium', fonts: 'fonts-noto-cjk' } as const;

/** Where the tests find chromium: CHROMIUM_PATH, else Debian's. */
export function chromiumPath(env: Readonly<Record<string, string | undefined>> = process.env): string {
  return env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
}

/** The command a person runs, as root, to install everything the browser tests need. */
export const INSTALL_COMMAND = `apt-get update && apt-get install -y ${BROWSER_PACKAGES.chromium} ${BROWSER_PACKAGES.fonts}`;

export interface BrowserEnv {
  /** chromium exists at the path the tests use. */
  chromium: boolean;
  /** The path the tests use (CHROMIUM_PATH or /usr/bin/chromium). */
  chromiumPath: string;
  /** fontconfig lists a font covering Chinese. */
  cjkFonts: boolean;
  /** Running as root. */
  root: boolean;
  /** apt-get is on this machine. */
  aptGet: boolean;
}

export type BrowserPlan = { kind: 'ready' } | { kind: 'install'; packages: string[] } | { kind: 'fail'; message: string };

/** What is missing, in words, for a message. */
function missing(env: BrowserEnv): string {
  return [!env.chromium && `chromium (${env.chromiumPath})`, !env.cjkFonts && 'CJK fonts (fc-list :lang=zh lists none)']
    .filter(Boolean)
    .join(' and ');
}

/**
 * Ready, install these packages, or fail with the command. `afterInstall`:
 * an install was already tried, so anything still missing is a failure.
 */
export function browserPlan(env: BrowserEnv, afterInstall = false): BrowserPlan {
  if (env.chromium && env.cjkFonts) return { kind: 'ready' };
  const packages = [...(env.chromium ? [] : [BROWSER_PACKAGES.chromium]), ...(env.cjkFonts ? [] : [BROWSER_PACKAGES.fonts])];
  const command = `apt-get update && apt-get install -y ${packages.join(' ')}`;
  if (afterInstall) {
    const custom =
      !env.chromium && env.chromiumPath !== '/usr/bin/chromium'
        ? ` (CHROMIUM_PATH is ${env.chromiumPath}; unset it to use Debian's /usr/bin/chromium)`
        : '';
    return {
      kind: 'fail',
      message: `浏览器测试所需仍缺少 / the browser tests still lack ${missing(env)} after installing ${packages.join(' ')}${custom}`,
    };
  }
  if (env.root && env.aptGet) return { kind: 'install', packages };
  const how = env.aptGet
    ? `sudo sh -c '${command}'`
    : `install ${packages.join(' and ')} with this system's package manager (Debian: ${command})`;
  return { kind: 'fail', message: `浏览器测试需要 / the browser tests need ${missing(env)}; run: ${how}` };
}
