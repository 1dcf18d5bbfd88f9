/**
 * 朗读: reading the report's text aloud with the device's own speech engine
 * (window.speechSynthesis), paragraph by paragraph. Nothing is sent
 * anywhere. This file is the logic, with the engine passed in so tests can
 * give it a stub: sentence splitting, voice choice, speeds, and the reader's
 * states (idle, reading, paused, done). The page wiring is read-aloud.client.ts.
 */

/** Speeds offered (慢/中/快), as SpeechSynthesisUtterance.rate values. */
export const RATES = { slow: 0.75, normal: 1, fast: 1.35 } as const;
export type RateName = keyof typeof RATES;

/** The language asked of the engine. */
export const LANG = 'zh-CN';

/**
 * Longest piece spoken at once. Some engines (Chrome's among them) stop
 * speaking an utterance after about fifteen seconds, so a paragraph is
 * spoken sentence by sentence, and a very long sentence in parts.
 */
export const MAX_PIECE = 120;

/** Splits a paragraph into pieces to speak: after 。！？；and line breaks, long pieces again after ，、：. Joined, the pieces give the text back. */
export function speechPieces(text: string, max = MAX_PIECE): string[] {
  const sentences = text.match(/[^。！？；!?;\n]*[。！？；!?;\n]+|[^。！？；!?;\n]+$/gu) ?? [];
  const out: string[] = [];
  for (const s of sentences) {
    if (s.length <= max) {
      out.push(s);
      continue;
    }
    let piece = '';
    for (const part of s.match(/[^，、：,:]*[，、：,:]+|[^，、：,:]+$/gu) ?? [s]) {
      if (piece && piece.length + part.length > max) {
        out.push(piece);
        piece = '';
      }
      piece += part;
    }
    if (piece) out.push(piece);
  }
  return out.filter((p) => p.trim() !== '');
}

/** The part of a voice the reader looks at. */
export interface VoiceLike {
  lang: string;
  name?: string;
  localService?: boolean;
}

/**
 * The voice to read Chinese with: a zh-CN voice on the device if there is
 * one (an on-device one first, since a network voice would send the text to
 * the vendor), else any zh voice, else none (the engine's default for lang zh-CN).
 */
export function chooseVoice<V extends VoiceLike>(voices: readonly V[]): V | null {
  const norm = (l: string) => l.replace('_', '-').toLowerCase();
  const local = voices.filter((v) => v.localService !== false);
  return local.find((v) => norm(v.lang) === 'zh-cn') ?? local.find((v) => norm(v.lang).startsWith('zh')) ?? null;
}

/** What the reader needs of a SpeechSynthesisUtterance. */
export interface UtteranceLike {
  text: string;
  lang: string;
  rate: number;
  voice: VoiceLike | null;
  onend: ((event?: unknown) => void) | null;
  onerror: ((event?: { error?: string }) => void) | null;
}

/** What the reader needs of window.speechSynthesis. */
export interface EngineLike {
  speak(u: UtteranceLike): void;
  cancel(): void;
  getVoices(): VoiceLike[];
}

export type ReaderState = 'idle' | 'reading' | 'paused' | 'done' | 'error';

export interface ReaderOptions {
  engine: EngineLike;
  /** Makes an utterance for a piece of text (new SpeechSynthesisUtterance(text) in a browser). */
  utterance: (text: string) => UtteranceLike;
  /** The texts to read, one per paragraph, in order. */
  paragraphs: readonly string[];
  /** Called when a paragraph starts being read (index), and with -1 when reading ends. */
  onParagraph?: (index: number) => void;
  /** Called on every change of state, with the paragraph index. */
  onState?: (state: ReaderState, index: number) => void;
  rate?: RateName;
}

export interface Reader {
  /** Reads from the first paragraph (or from `from`). */
  start(from?: number): void;
  /** Stops speaking and keeps the place. */
  pause(): void;
  /** Speaks again from the start of the piece it paused in. */
  resume(): void;
  /** Stops and forgets the place. */
  stop(): void;
  /** Changes the speed; a piece being spoken is spoken again at the new speed. */
  setRate(rate: RateName): void;
  readonly state: ReaderState;
  readonly paragraph: number;
}

/**
 * A reader over a list of paragraphs. Pausing cancels the engine and keeps
 * the place (engines' own pause() is unreliable, and on some it never
 * resumes); every callback of a cancelled utterance is ignored by a turn
 * counter, so a late onend never moves the reader on.
 */
export function createReader(o: ReaderOptions): Reader {
  const pieces = o.paragraphs.map((p) => speechPieces(p));
  let state: ReaderState = 'idle';
  let rate: RateName = o.rate ?? 'normal';
  let para = -1;
  let piece = 0;
  let turn = 0;

  const set = (s: ReaderState) => {
    state = s;
    o.onState?.(s, para);
  };

  function enter(i: number) {
    para = i;
    piece = 0;
    o.onParagraph?.(i);
  }

  function speak() {
    // Skip paragraphs with nothing to say.
    while (para < pieces.length && piece >= (pieces[para]?.length ?? 0)) {
      if (para + 1 >= pieces.length) {
        para = pieces.length;
        break;
      }
      enter(para + 1);
    }
    if (para >= pieces.length) {
      para = -1;
      o.onParagraph?.(-1);
      set('done');
      return;
    }
    const mine = ++turn;
    const u = o.utterance(pieces[para]?.[piece] ?? '');
    u.lang = LANG;
    u.rate = RATES[rate];
    u.voice = chooseVoice(o.engine.getVoices());
    u.onend = () => {
      if (mine !== turn || state !== 'reading') return;
      piece += 1;
      speak();
    };
    u.onerror = (e) => {
      if (mine !== turn) return;
      // Cancelled by us (pause, stop, new speed): not an error.
      if (e?.error === 'interrupted' || e?.error === 'canceled') return;
      turn += 1;
      o.onParagraph?.(-1);
      set('error');
    };
    o.engine.speak(u);
  }

  function halt() {
    turn += 1;
    o.engine.cancel();
  }

  return {
    start(from = 0) {
      halt();
      if (pieces.length === 0) {
        set('done');
        return;
      }
      enter(Math.min(Math.max(0, from), pieces.length - 1));
      set('reading');
      speak();
    },
    pause() {
      if (state !== 'reading') return;
      halt();
      set('paused');
    },
    resume() {
      if (state !== 'paused') return;
      set('reading');
      speak();
    },
    stop() {
      halt();
      para = -1;
      piece = 0;
      o.onParagraph?.(-1);
      set('idle');
    },
    setRate(r) {
      rate = r;
      if (state === 'reading') {
        halt();
        speak();
      }
    },
    get state() {
      return state;
    },
    get paragraph() {
      return para;
    },
  };
}
