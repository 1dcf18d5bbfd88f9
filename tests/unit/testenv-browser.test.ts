import { describe, expect, it } from 'vitest';
import { browserPlan, chromiumPath, INSTALL_COMMAND, type BrowserEnv } from '../../tools/testenv/browser.ts';

const env = (over: Partial<BrowserEnv>): BrowserEnv => ({
  chromium: true,
  chromiumPath: '/usr/bin/chromium',
  cjkFonts: true,
  root: true,
  aptGet: true,
  ...over,
});

describe('browserPlan: the browser tests never skip silently', () => {
  it('is ready when chromium and the CJK fonts are there', () => {
    expect(browserPlan(env({}))).toEqual({ kind: 'ready' });
  });
  it('installs only what is missing when root with apt-get', () => {
    expect(browserPlan(env({ chromium: false }))).toEqual({ kind: 'install', packages: ['chromium'] });
    expect(browserPlan(env({ cjkFonts: false }))).toEqual({ kind: 'install', packages: ['fonts-noto-cjk'] });
    expect(browserPlan(env({ chromium: false, cjkFonts: false }))).toEqual({ kind: 'install', packages: ['chromium', 'fonts-noto-cjk'] });
  });
  it('fails with the exact command when not root', () => {
    const plan = browserPlan(env({ root: false, chromium: false, cjkFonts: false }));
    expect(plan).toEqual({ kind: 'fail', message: expect.stringContaining(`run: sudo sh -c '${INSTALL_COMMAND}'`) });
  });
  it('fails naming the packages when there is no apt-get', () => {
    const plan = browserPlan(env({ aptGet: false, cjkFonts: false }));
    expect(plan.kind).toBe('fail');
    expect(plan.kind === 'fail' && plan.message).toContain('install fonts-noto-cjk');
  });
  it('fails after an install that did not help, saying what is still missing', () => {
    const plan = browserPlan(env({ chromium: false, chromiumPath: '/opt/chrome' }), true);
    expect(plan.kind).toBe('fail');
    expect(plan.kind === 'fail' && plan.message).toContain('chromium (/opt/chrome)');
    expect(plan.kind === 'fail' && plan.message).toContain('CHROMIUM_PATH is /opt/chrome');
  });
  it("uses CHROMIUM_PATH when set, else Debian's chromium", () => {
    expect(chromiumPath({ CHROMIUM_PATH: '/opt/chrome' })).toBe('/opt/chrome');
    expect(chromiumPath({})).toBe('/usr/bin/chromium');
  });
});
