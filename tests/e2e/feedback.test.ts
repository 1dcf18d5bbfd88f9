import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, launchBrowser, serveSite, type BrowserSession, type SiteServer } from './harness.ts';

const SUBJECT = '巡视整改监督意见';
const ADDRESS = '泰州市姜堰区上海路1号姜堰区委办公室';
const POSTCODE = '225500';
const EMAIL = 'jyqxcb2017@163.com';

/** Splits a mailto: URL into its address and decoded header values. */
function decodeMailto(href: string): { to: string; headers: Record<string, string> } {
  const m = /^mailto:([^?]*)\?(.*)$/s.exec(href);
  if (!m) throw new Error(`not a mailto URL with headers: ${href}`);
  const headers: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split('&')) {
    const i = pair.indexOf('=');
    headers[decodeURIComponent(pair.slice(0, i))] = decodeURIComponent(pair.slice(i + 1));
  }
  return { to: decodeURIComponent(m[1] ?? ''), headers };
}

const sendHref = async (page: Page) => (await page.locator('#fb-send').getAttribute('href')) ?? '';

describe.runIf(chromiumAvailable())('the feedback composer in a real browser', () => {
  let server: SiteServer;
  let baseServer: SiteServer;
  let session: BrowserSession;
  beforeAll(async () => {
    server = await serveSite(inject('siteDir'), '/');
    baseServer = await serveSite(inject('baseSiteDir'), inject('basePath'));
    session = await launchBrowser(server.origin);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
    await baseServer?.close();
  });

  it('turns what the reader types into a mailto: link that decodes back to exactly that text', async () => {
    const { page, external } = await session.newPage();
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/`);
    await page.waitForLoadState('networkidle');
    const sent: string[] = [];
    page.on('request', (r) => sent.push(r.url()));
    expect(await page.getByLabel('意见涉及的事项').inputValue()).toBe('');
    const opinion = '河道两岸还有垃圾 & 污水?\n第二行:#3 号闸口 100% 未清理 a+b=c\n\n  缩进的第三段 “引号” 😀';
    await page.getByLabel('意见建议（必填）').fill(opinion);
    await page.getByLabel('姓名（选填）').fill('张 三');
    await page.getByLabel('回复方式（选填）').fill('zhang+san@example.cn?a=1&b=2#x');
    const { to, headers } = decodeMailto(await sendHref(page));
    expect(to).toBe(EMAIL);
    expect(headers).toEqual({
      subject: `${SUBJECT}：总体意见`,
      body: ['事项：总体意见', '', ...opinion.split('\n'), '', '姓名：张 三', '联系方式：zhang+san@example.cn?a=1&b=2#x'].join('\r\n'),
    });
    // Typing sends nothing, not even to the site's own server.
    expect(sent).toEqual([]);
    expect(external).toEqual([]);
  });

  it('arrives from a section page preset to that section, under the base path', async () => {
    const { page, external } = await session.newPage();
    await page.goto(`${baseServer.root}2022-12-20-jiangyan/sections/17/`);
    await page.getByRole('link', { name: '对本项整改提意见' }).click();
    await page.waitForURL(/\/xszg\/2022-12-20-jiangyan\/feedback\/\?section=17$/);
    const select = page.getByLabel('意见涉及的事项');
    expect(await select.inputValue()).toBe('17');
    await page.getByLabel('意见建议（必填）').fill('整改要落实到位。');
    const { headers } = decodeMailto(await sendHref(page));
    expect(headers['subject']).toBe(`${SUBJECT}：第17项 生态环境治理和监管不扎实`);
    expect(headers['body']).toBe('事项：第17项 生态环境治理和监管不扎实\r\n\r\n整改要落实到位。');
    // Changing the section changes the subject.
    await select.selectOption({ label: '第3项 工业园区发展缓慢' });
    expect(decodeMailto(await sendHref(page)).headers['subject']).toBe(`${SUBJECT}：第3项 工业园区发展缓慢`);
    // The browser session watches the root server's origin; this page is on the base-path server.
    expect(external.filter((u) => !u.startsWith(baseServer.origin))).toEqual([]);
  });

  it('ignores a preset that names no section', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/?section=99`);
    expect(await page.getByLabel('意见涉及的事项').inputValue()).toBe('');
  });

  it('asks for the opinion instead of opening an empty mail', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/`);
    await page.getByRole('link', { name: '用邮件发送', exact: true }).click();
    const opinion = page.getByLabel('意见建议（必填）');
    await expect.poll(() => opinion.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#fb-opinion-error').isVisible()).toBe(true);
    expect(await opinion.getAttribute('aria-describedby')).toContain('fb-opinion-error');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('fb-opinion');
    await opinion.fill('有意见');
    expect(await page.locator('#fb-opinion-error').isVisible()).toBe(false);
  });

  it('offers to copy a long message instead of a mailto: link too long to open', async () => {
    const { page, context } = await session.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/?section=05`);
    // 复制全文 is always there for webmail users; 打开邮件 only when the text is too long.
    expect(await page.getByRole('button', { name: '复制全文' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /打开邮件/ }).isVisible()).toBe(false);
    const long = '长'.repeat(250);
    await page.getByLabel('意见建议（必填）').fill(long);
    expect(await page.getByRole('link', { name: '用邮件发送', exact: true }).isVisible()).toBe(false);
    expect(await page.locator('#fb-too-long').isVisible()).toBe(true);
    expect(await page.locator('#fb-status').innerText()).toContain('意见较长');
    await page.getByRole('button', { name: '复制全文' }).click();
    await expect.poll(() => page.locator('#fb-status').innerText()).toContain('全文已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(long);
    expect(copied.startsWith(`${SUBJECT}：第5项 `)).toBe(true);
    const openLink = page.getByRole('link', { name: /打开邮件/ });
    expect(await openLink.isVisible()).toBe(true);
    const open = decodeMailto((await openLink.getAttribute('href')) ?? '');
    expect(open.headers['subject']).toMatch(new RegExp(`^${SUBJECT}：第5项 `));
    expect(open.headers['body']).toBeUndefined();
    // Shortening the text brings the mail link back.
    await page.getByLabel('意见建议（必填）').fill('短');
    expect(await page.getByRole('link', { name: '用邮件发送', exact: true }).isVisible()).toBe(true);
    expect(await page.locator('#fb-too-long').isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: /打开邮件/ }).isVisible()).toBe(false);
  });

  it('prints an A4 letter with the address, the text, the date and the envelope note, without navigation', async () => {
    const { page } = await session.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/?section=17`);
    await page.getByLabel('意见建议（必填）').fill('第一段意见。\n第二段意见。');
    await page.getByLabel('姓名（选填）').fill('王五');
    const letter = page.locator('.letter');
    expect(await letter.isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await letter.isVisible()).toBe(true);
    for (const sel of ['.site-header', '.site-footer', '.feedback', '#composer', '.breadcrumb']) {
      expect(await page.locator(sel).first().isVisible(), sel).toBe(false);
    }
    const text = await letter.innerText();
    expect(text).toContain(ADDRESS);
    expect(text).toContain(POSTCODE);
    expect(text).toContain('第一段意见。\n第二段意见。');
    expect(text).toContain('第17项 生态环境治理和监管不扎实');
    expect(text).toContain('王五');
    expect(text).toContain(`信封上注明：${SUBJECT}`);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日`;
    });
    expect(text).toContain(today);
    expect(await page.locator('.letter__lines').isVisible()).toBe(false);
    // The printed page is A4 (595 x 842 points).
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf);
    expect(Math.round(Number(box?.[1]))).toBe(595);
    expect(Math.round(Number(box?.[2]))).toBe(842);
  });

  it('without JavaScript shows everything needed to write by hand, and prints a blank letter', async () => {
    const { page } = await session.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/?section=17`);
    const main = await page.locator('main').innerText();
    for (const value of [ADDRESS, POSTCODE, SUBJECT, EMAIL, '0523-88101627', '不会收集']) expect(main).toContain(value);
    expect(await page.locator('#composer').isVisible()).toBe(false);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    const letter = await page.locator('.letter').innerText();
    expect(letter).toContain(ADDRESS);
    expect(letter).toContain('____年__月__日');
    expect(await page.locator('.letter__lines').isVisible()).toBe(true);
    // Ruled lines and all, the blank letter fits on one A4 sheet.
    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    expect(pdf.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
  });

  it('copies the email and the address from the contact block on any page', async () => {
    const { page, context, external } = await session.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    await page.goto(`${server.root}2022-12-20-jiangyan/sections/06/`);
    await page.getByRole('button', { name: '复制邮箱地址' }).click();
    await expect.poll(() => page.locator('#contact-copy-status').innerText()).toContain('邮箱地址已复制');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(EMAIL);
    await page.getByRole('button', { name: '复制通信地址' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(ADDRESS);
    await expect.poll(() => page.locator('#contact-copy-status').innerText()).toContain('通信地址已复制');
    expect(external).toEqual([]);
  });

  it('copies through the fallback where the Clipboard API is missing, as on a plain-http intranet', async () => {
    const { page, context } = await session.newPage();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
    const reader = await context.newPage();
    await reader.goto(server.root);
    await reader.evaluate(() => navigator.clipboard.writeText('before'));
    await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true }));
    await page.goto(server.root);
    expect(await page.evaluate(() => typeof navigator.clipboard)).toBe('undefined');
    await page.getByRole('button', { name: '复制邮箱地址' }).click();
    await expect.poll(() => page.locator('#contact-copy-status').innerText()).toContain('邮箱地址已复制');
    expect(await reader.evaluate(() => navigator.clipboard.readText())).toBe(EMAIL);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('复制邮箱地址');
  });

  it('passes axe on the feedback page, with the form filled and with a long text', async () => {
    const { page } = await session.newPage();
    await page.goto(`${server.root}2022-12-20-jiangyan/feedback/?section=17`);
    const axe = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
    const run = async () => {
      // Evaluated, not an inline <script>: the page's Content-Security-Policy refuses unhashed inline scripts.
      await page.evaluate(axe);
      return page.evaluate(async () => {
        const w = window as unknown as {
          axe: { run: (ctx: Document, o: object) => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: unknown }> }> }> };
        };
        const r = await w.axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        });
        return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
      });
    };
    expect(await run()).toEqual([]);
    await page.getByRole('link', { name: '用邮件发送', exact: true }).click();
    await page.getByLabel('意见建议（必填）').fill('长'.repeat(250));
    expect(await run()).toEqual([]);
    // The reading settings' colour schemes keep the buttons and fields readable.
    for (const scheme of ['black-on-yellow', 'yellow-on-black']) {
      await page.evaluate((s) => document.documentElement.setAttribute('data-reading-contrast', s), scheme);
      expect(await run(), scheme).toEqual([]);
    }
  });
});
