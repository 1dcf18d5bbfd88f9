/**
 * 朗读 on the page: loaded by the page script (inline.js) on the first press
 * of the 朗读 button, which it then starts. Reads the paragraphs inside every
 * [data-read-aloud] element (a numbered measure counts as one paragraph;
 * anything inside [data-read-aloud-skip], such as figures, is left out),
 * highlights the one being read and scrolls it into view, and keeps the
 * buttons and the status line in step. Its words come from src/i18n/zh-CN.ts,
 * bundled in (this file is loaded only on use, so its size costs no page). Bundled on its own by
 * src/pages/read-aloud.js.ts; the logic is in read-aloud.ts.
 */
import { t } from '../../i18n/zh-CN.ts';
import { createReader, RATES, type RateName, type ReaderState, type UtteranceLike } from './read-aloud.ts';

const UNIT = 'h1,h2,h3,h4,h5,h6,p,li,blockquote,.measure';
const CURRENT = 'read-aloud-current';

/** The paragraphs to read, in document order: the outermost unit elements inside the read-aloud roots. */
function paragraphs(): HTMLElement[] {
  const out: HTMLElement[] = [];
  for (const root of document.querySelectorAll<HTMLElement>('[data-read-aloud]')) {
    const all = root.matches(UNIT) ? [root] : [...root.querySelectorAll<HTMLElement>(UNIT)];
    for (const el of all) {
      if (el.closest('[data-read-aloud-skip]')) continue;
      const outer = el.parentElement?.closest(UNIT);
      if (outer && root.contains(outer) && outer !== root) continue;
      if ((el.textContent ?? '').trim()) out.push(el);
    }
  }
  return out;
}

function init(): void {
  const control = document.querySelector<HTMLElement>('[data-read-aloud-control]');
  const engine = window.speechSynthesis;
  if (!control || !engine) return;
  const start = control.querySelector<HTMLButtonElement>('[data-ra]');
  const pause = control.querySelector<HTMLButtonElement>('[data-ra-pause]');
  const stop = control.querySelector<HTMLButtonElement>('[data-ra-stop]');
  const status = control.querySelector<HTMLElement>('[data-ra-status]');
  const els = paragraphs();
  const texts = els.map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim());
  const rateInput = () => control.querySelector<HTMLInputElement>('input[name="read-aloud-rate"]:checked');
  const rateOf = (): RateName => {
    const v = rateInput()?.value;
    return v && v in RATES ? (v as RateName) : 'normal';
  };
  const reduceMotion = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

  let current: HTMLElement | undefined;
  const reader = createReader({
    engine: engine as unknown as Parameters<typeof createReader>[0]['engine'],
    utterance: (text) => new SpeechSynthesisUtterance(text) as unknown as UtteranceLike,
    paragraphs: texts,
    rate: rateOf(),
    onParagraph(i) {
      current?.classList.remove(CURRENT);
      current = els[i];
      if (!current) return;
      current.classList.add(CURRENT);
      current.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' });
    },
    onState(state: ReaderState, i: number) {
      control.setAttribute('data-state', state);
      if (pause) {
        pause.disabled = state !== 'reading' && state !== 'paused';
        pause.textContent = t(state === 'paused' ? 'readAloud.resume' : 'readAloud.pause');
      }
      if (stop) stop.disabled = state !== 'reading' && state !== 'paused';
      if (!status) return;
      const key = (
        {
          reading: 'readAloud.reading',
          paused: 'readAloud.paused',
          idle: 'readAloud.stopped',
          done: 'readAloud.done',
          error: 'readAloud.error',
        } as const
      )[state];
      // Emptied first so the same words are announced again.
      status.textContent = '';
      status.textContent = t(key, { n: i + 1, total: texts.length });
    },
  });

  start?.addEventListener('click', () => reader.start());
  pause?.addEventListener('click', () => (reader.state === 'paused' ? reader.resume() : reader.pause()));
  stop?.addEventListener('click', () => reader.stop());
  control.addEventListener('change', (e) => {
    if ((e.target as HTMLInputElement).name === 'read-aloud-rate') reader.setRate(rateOf());
  });
  // Leaving the page stops the voice (it would otherwise go on reading a page no longer shown).
  addEventListener('pagehide', () => reader.stop());
  // This script was loaded by a press of 朗读: start now.
  reader.start();
}

init();
