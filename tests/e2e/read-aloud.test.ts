/**
 * 朗读 in chromium with a stub speech engine injected before load (headless
 * chromium has no voices): the stub records what it is asked to say, and the
 * test ends each utterance by hand, so nothing depends on timing.
 */
import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chromiumAvailable, siteInBrowser } from './harness.ts';
import { SHIPPED_SLUG } from '../helpers/shipped.ts';

const STUB = () => {
  const w = window as unknown as Record<string, unknown>;
  const log = {
    spoken: [] as string[],
    langs: [] as string[],
    cancels: 0,
    current: null as null | { text: string; lang: string; onend?: (e: unknown) => void; onerror?: (e: unknown) => void },
  };
  const engine = {
    speaking: false,
    paused: false,
    pending: false,
    speak(u: typeof log.current) {
      if (!u) return;
      log.spoken.push(u.text);
      log.langs.push(u.lang);
      log.current = u;
    },
    cancel() {
      log.cancels += 1;
      const u = log.current;
      log.current = null;
      u?.onerror?.({ error: 'interrupted' }); // as chromium reports a cancelled utterance
    },
    pause() {},
    resume() {},
    getVoices: () => [{ lang: 'zh-CN', name: 'stub', localService: true, default: true, voiceURI: 'stub' }],
    addEventListener() {},
    removeEventListener() {},
  };
  Object.defineProperty(window, 'speechSynthesis', { value: engine, configurable: true });
  w['SpeechSynthesisUtterance'] = function (this: { text: string }, text: string) {
    this.text = text;
  };
  w['__tts'] = {
    log,
    /** Ends the utterance being spoken; the reader then speaks the next one. */
    finish() {
      const u = log.current;
      log.current = null;
      u?.onend?.({});
    },
  };
};

type Tts = { log: { spoken: string[]; langs: string[]; cancels: number; current: unknown }; finish: () => void };
/** Runs f in the page with the stub's log and controls. */
const tts = <T>(page: Page, f: (t: Tts) => T) => page.evaluate(`(${f.toString()})(window.__tts)`) as Promise<T>;

/** The text of the page as the reader should read it: the heading, then each measure or paragraph of the body, figures left out. */
const expectedParagraphs = (page: Page) =>
  page.evaluate(() => {
    const norm = (s: string | null) => (s ?? '').replace(/\s+/g, ' ').trim();
    const body = [...document.querySelectorAll('.section__body > *')].filter((e) => !e.matches('[data-read-aloud-skip]'));
    return [norm(document.querySelector('h1')?.textContent ?? ''), ...body.map((e) => norm(e.textContent))].filter((t) => t !== '');
  });

describe.runIf(chromiumAvailable())('朗读 (read aloud)', () => {
  const site = siteInBrowser(
    () => inject('baseSiteDir'),
    () => inject('basePath'),
  );
  const section = () => `${site.server.root}${SHIPPED_SLUG}/sections/17/`;

  async function open() {
    const opened = await site.session.newPage();
    await opened.page.addInitScript(STUB);
    await opened.page.emulateMedia({ reducedMotion: 'reduce' });
    const requests: string[] = [];
    opened.page.on('request', (r) => requests.push(r.url()));
    await opened.page.goto(section());
    return { ...opened, requests };
  }

  it('shows the control without opening any panel, and loads its script only when 朗读 is pressed', async () => {
    const { page, requests, external } = await open();
    const start = page.getByRole('button', { name: '朗读', exact: true });
    expect(await start.isVisible()).toBe(true);
    expect(requests.some((u) => u.endsWith('/read-aloud.js'))).toBe(false);
    expect(await tts(page, (t) => t.log.spoken.length)).toBe(0);
    await start.click();
    await expect.poll(() => tts(page, (t) => t.log.spoken.length)).toBeGreaterThan(0);
    expect(requests.filter((u) => u.endsWith('/read-aloud.js'))).toEqual([`${site.server.root}read-aloud.js`]);
    expect(external).toEqual([]);
  });

  it('speaks the section’s paragraphs in order, in zh-CN, then says it is done; no request leaves the site', async () => {
    const { page, external } = await open();
    await page.getByRole('button', { name: '朗读', exact: true }).click();
    await expect.poll(() => tts(page, (t) => t.log.spoken.length)).toBeGreaterThan(0);
    await tts(page, (t) => {
      for (let i = 0; i < 2000 && t.log.current; i += 1) t.finish();
    });
    const spoken = await tts(page, (t) => t.log.spoken);
    const expected = await expectedParagraphs(page);
    expect(expected.length).toBeGreaterThan(3);
    expect(spoken.join('')).toBe(expected.join(''));
    expect(new Set(await tts(page, (t) => t.log.langs))).toEqual(new Set(['zh-CN']));
    expect(await page.locator('[data-ra-status]').innerText()).toContain('朗读完毕');
    expect(await page.locator('.read-aloud-current').count()).toBe(0);
    expect(external).toEqual([]);
  });

  it('highlights the paragraph being read and scrolls it into view; pause keeps the place, continue goes on, stop ends', async () => {
    const { page, external } = await open();
    await page.getByRole('button', { name: '朗读', exact: true }).click();
    await expect.poll(() => page.locator('h1.read-aloud-current').count()).toBe(1);
    // Finish the heading: the first measure is next.
    await tts(page, (t) => {
      for (let i = 0; i < 50 && !document.querySelector('.measure.read-aloud-current') && t.log.current; i += 1) t.finish();
    });
    const current = page.locator('.read-aloud-current');
    expect(await current.getAttribute('data-permalink')).toBe('#m1');
    await expect
      .poll(() =>
        current.evaluate((e) => {
          const r = e.getBoundingClientRect();
          return r.top < innerHeight && r.bottom > 0;
        }),
      )
      .toBe(true);

    const beforePause = await tts(page, (t) => ({ n: t.log.spoken.length, last: t.log.spoken.at(-1), cancels: t.log.cancels }));
    await page.getByRole('button', { name: '暂停' }).click();
    expect(await page.locator('[data-ra-status]').innerText()).toContain('已暂停');
    expect(await tts(page, (t) => t.log.cancels)).toBeGreaterThan(beforePause.cancels);
    await tts(page, (t) => t.finish());
    expect(await tts(page, (t) => t.log.spoken.length)).toBe(beforePause.n);
    expect(await current.getAttribute('data-permalink')).toBe('#m1');

    await page.getByRole('button', { name: '继续' }).click();
    expect(await tts(page, (t) => t.log.spoken.at(-1))).toBe(beforePause.last);

    await page.getByRole('button', { name: '停止' }).click();
    expect(await page.locator('[data-ra-status]').innerText()).toContain('已停止');
    expect(await page.locator('.read-aloud-current').count()).toBe(0);
    const stopped = await tts(page, (t) => t.log.spoken.length);
    await tts(page, (t) => t.finish());
    expect(await tts(page, (t) => t.log.spoken.length)).toBe(stopped);
    expect(external).toEqual([]);
  });

  it('works from the keyboard and reads faster at 快', async () => {
    const { page } = await open();
    await page.getByRole('radio', { name: '快' }).check();
    await page.getByRole('button', { name: '朗读', exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => tts(page, (t) => t.log.spoken.length)).toBeGreaterThan(0);
    const rate = await page.evaluate(() => (window as unknown as { __tts: { log: { current: { rate: number } } } }).__tts.log.current.rate);
    expect(rate).toBeGreaterThan(1);
  });

  it('reads the 原文全文 page line by line, the verification box left out', async () => {
    const { page, context, external } = await site.session.newPage();
    await context.addInitScript(STUB);
    await page.goto(`${site.server.root}${SHIPPED_SLUG}/full-text/`);
    await page.getByRole('button', { name: '朗读', exact: true }).click();
    await expect.poll(() => tts(page, (t) => t.log.spoken.length)).toBeGreaterThan(0);
    await tts(page, (t) => {
      for (let i = 0; i < 5000 && t.log.current; i += 1) t.finish();
    });
    const expected = await page.evaluate(() =>
      [...document.querySelectorAll('.full-text__body p')].map((p) => (p.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean),
    );
    expect(expected.length).toBeGreaterThan(10);
    expect((await tts(page, (t) => t.log.spoken)).join('')).toBe(expected.join(''));
    expect(external).toEqual([]);
  });

  it('is not offered where the browser has no speechSynthesis', async () => {
    const { page } = await site.session.newPage();
    await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined, configurable: true }));
    await page.goto(section());
    expect(await page.locator('[data-read-aloud-control]').isVisible()).toBe(false);
  });
});
