import { describe, expect, it } from 'vitest';
import {
  chooseVoice,
  createReader,
  RATES,
  speechPieces,
  type EngineLike,
  type ReaderState,
  type UtteranceLike,
  type VoiceLike,
} from '../../src/lib/reading/read-aloud.ts';

/** A stub engine: records what it is asked to speak; a test ends each utterance by hand. */
function stubEngine(voices: VoiceLike[] = []) {
  const spoken: UtteranceLike[] = [];
  let cancels = 0;
  const engine: EngineLike = {
    speak: (u) => void spoken.push(u),
    cancel: () => {
      cancels += 1;
    },
    getVoices: () => voices,
  };
  const utterance = (text: string): UtteranceLike => ({ text, lang: '', rate: 1, voice: null, onend: null, onerror: null });
  const finish = () => spoken.at(-1)?.onend?.();
  return { engine, utterance, spoken, finish, cancels: () => cancels };
}

describe('speechPieces', () => {
  it('cuts a paragraph after each sentence, and joined gives the text back', () => {
    const text = '(1)建立河长制度,落实河长48名。开展集中整治;清理垃圾1200吨!完成了吗?已完成';
    const pieces = speechPieces(text);
    expect(pieces).toEqual(['(1)建立河长制度,落实河长48名。', '开展集中整治;', '清理垃圾1200吨!', '完成了吗?', '已完成']);
    expect(pieces.join('')).toBe(text);
  });

  it('cuts a very long sentence again after its commas, no piece longer than the limit unless one clause is', () => {
    const text = `${'甲'.repeat(50)}，${'乙'.repeat(50)}，${'丙'.repeat(50)}。`;
    const pieces = speechPieces(text, 110);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((p) => p.length <= 110)).toBe(true);
    expect(pieces.length).toBe(2);
  });
});

describe('chooseVoice', () => {
  it('takes an on-device zh-CN voice, then any on-device Chinese voice, never a network one', () => {
    expect(chooseVoice([{ lang: 'en-US' }, { lang: 'zh-TW' }, { lang: 'zh_CN' }])?.lang).toBe('zh_CN');
    expect(chooseVoice([{ lang: 'en-US' }, { lang: 'zh-HK' }])?.lang).toBe('zh-HK');
    expect(chooseVoice([{ lang: 'zh-CN', localService: false }])).toBeNull();
    expect(chooseVoice([])).toBeNull();
  });
});

describe('createReader', () => {
  const paragraphs = ['第一段。第二句。', '第二段。', '', '第四段。'];

  it('speaks every paragraph in order, piece by piece, in zh-CN at the chosen speed, and says when it is done', () => {
    const s = stubEngine([{ lang: 'zh-CN', name: '本机' }]);
    const states: ReaderState[] = [];
    const entered: number[] = [];
    const reader = createReader({ ...s, paragraphs, rate: 'slow', onState: (st) => states.push(st), onParagraph: (i) => entered.push(i) });
    reader.start();
    for (let i = 0; i < 10 && reader.state === 'reading'; i += 1) s.finish();
    expect(s.spoken.map((u) => u.text)).toEqual(['第一段。', '第二句。', '第二段。', '第四段。']);
    expect(s.spoken.every((u) => u.lang === 'zh-CN' && u.rate === RATES.slow && u.voice?.name === '本机')).toBe(true);
    expect(entered).toEqual([0, 1, 2, 3, -1]);
    expect(states).toEqual(['reading', 'done']);
  });

  it('pauses without moving on, and continues with the piece it paused in', () => {
    const s = stubEngine();
    const reader = createReader({ ...s, paragraphs });
    reader.start();
    s.finish(); // 第一段。 done, 第二句。 being spoken
    reader.pause();
    expect(reader.state).toBe('paused');
    const paused = s.spoken.length;
    s.spoken.at(-1)?.onend?.(); // a late end event of the cancelled utterance
    expect(s.spoken.length).toBe(paused);
    reader.resume();
    expect(s.spoken.at(-1)?.text).toBe('第二句。');
    expect(reader.paragraph).toBe(0);
  });

  it('stops: cancels the engine, forgets the place and ignores the cancelled utterance', () => {
    const s = stubEngine();
    const reader = createReader({ ...s, paragraphs });
    reader.start();
    const before = s.cancels();
    reader.stop();
    expect(s.cancels()).toBeGreaterThan(before);
    expect(reader.state).toBe('idle');
    expect(reader.paragraph).toBe(-1);
    s.finish();
    expect(s.spoken.length).toBe(1);
  });

  it('speaks the current piece again at a new speed', () => {
    const s = stubEngine();
    const reader = createReader({ ...s, paragraphs });
    reader.start();
    reader.setRate('fast');
    expect(s.spoken.map((u) => [u.text, u.rate])).toEqual([
      ['第一段。', RATES.normal],
      ['第一段。', RATES.fast],
    ]);
  });

  it('treats its own cancellation as no error, and an engine error as one', () => {
    const s = stubEngine();
    const reader = createReader({ ...s, paragraphs });
    reader.start();
    s.spoken.at(-1)?.onerror?.({ error: 'interrupted' });
    expect(reader.state).toBe('reading');
    s.spoken.at(-1)?.onerror?.({ error: 'synthesis-failed' });
    expect(reader.state).toBe('error');
  });
});
