import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWebSpeechService,
  pickVoice,
  splitForSpeech,
  VOICES_WAIT_MS,
} from '../../../src/adapters/speech/web-speech-service';
import { FakeSpeechSynthesis, fakeUtterance, fakeVoice } from './fake-speech-synthesis';

function serviceWith(synth: FakeSpeechSynthesis) {
  return createWebSpeechService({ synth: synth as unknown as SpeechSynthesis, createUtterance: fakeUtterance });
}

describe('pickVoice', () => {
  const voices = [fakeVoice('en-US'), fakeVoice('zh-HK'), fakeVoice('zh_CN'), fakeVoice('zh-TW')];

  it('prefers the exact language, also with an underscore', () => {
    expect(pickVoice(voices, 'zh-CN')?.lang).toBe('zh_CN');
    expect(pickVoice(voices, 'zh-TW')?.lang).toBe('zh-TW');
  });

  it('reads Traditional text with a Mandarin voice rather than Cantonese when no zh-TW voice exists', () => {
    expect(pickVoice([fakeVoice('zh-HK'), fakeVoice('zh-CN')], 'zh-TW')?.lang).toBe('zh-CN');
  });

  it("accepts Android's cmn-Hans-CN tag for Chinese", () => {
    expect(pickVoice([fakeVoice('en-GB'), fakeVoice('cmn-Hans-CN')], 'zh-CN')?.lang).toBe('cmn-Hans-CN');
  });

  it('finds no Chinese voice among English ones', () => {
    expect(pickVoice([fakeVoice('en-US'), fakeVoice('en-GB')], 'zh-CN')).toBeUndefined();
  });

  it('matches English by its base language', () => {
    expect(pickVoice([fakeVoice('zh-CN'), fakeVoice('en-GB')], 'en')?.lang).toBe('en-GB');
  });
});

describe('splitForSpeech', () => {
  it('splits at Chinese sentence ends and line breaks', () => {
    expect(splitForSpeech('第一句。第二句！\n第三行')).toEqual(['第一句。', '第二句！', '第三行']);
  });

  it('cuts very long sentences at commas, keeping every character', () => {
    const long = `${'很长的一句话，'.repeat(40)}完。`;
    const pieces = splitForSpeech(long, 50);
    expect(pieces.every((p) => p.length <= 50)).toBe(true);
    expect(pieces.join('')).toBe(long);
  });
});

describe('createWebSpeechService', () => {
  let synth: FakeSpeechSynthesis;
  beforeEach(() => {
    synth = new FakeSpeechSynthesis();
    vi.useFakeTimers();
  });
  afterEach(() => vi.useRealTimers());

  it('says "not supported" when the browser has no speech synthesis', async () => {
    const service = createWebSpeechService({ synth: undefined, createUtterance: fakeUtterance });
    await expect(service.speak('你好', 'zh-CN')).resolves.toBe('not-supported');
  });

  it('speaks with the Chinese voice, slowly, sentence by sentence, and reports the end once', async () => {
    synth.voices = [fakeVoice('en-US'), fakeVoice('zh-CN', 'Ting-Ting')];
    const service = serviceWith(synth);
    const onEnd = vi.fn();
    await expect(service.speak('第一句。第二句。', 'zh-CN', { onEnd })).resolves.toBe('speaking');
    expect(synth.spoken.map((u) => u.text)).toEqual(['第一句。', '第二句。']);
    expect(synth.spoken.every((u) => u.voice?.name === 'Ting-Ting' && u.rate < 1)).toBe(true);
    expect(service.isSpeaking()).toBe(true);
    synth.finishAll();
    expect(onEnd).toHaveBeenCalledTimes(1);
    expect(service.isSpeaking()).toBe(false);
  });

  it('waits for voices that Chrome delivers later through voiceschanged', async () => {
    const service = serviceWith(synth);
    const outcome = service.speak('你好。', 'zh-CN');
    await vi.advanceTimersByTimeAsync(300);
    synth.deliverVoices([fakeVoice('zh-CN')]);
    await expect(outcome).resolves.toBe('speaking');
    expect(synth.spoken).toHaveLength(1);
  });

  it('says there is no Chinese voice when none arrives in time', async () => {
    const service = serviceWith(synth);
    const outcome = service.speak('你好。', 'zh-CN');
    await vi.advanceTimersByTimeAsync(VOICES_WAIT_MS);
    await expect(outcome).resolves.toBe('no-voice-for-language');
    expect(synth.spoken).toHaveLength(0);
  });

  it('says there is no Chinese voice when only English voices exist', async () => {
    synth.voices = [fakeVoice('en-US')];
    await expect(serviceWith(synth).speak('你好。', 'zh-CN')).resolves.toBe('no-voice-for-language');
  });

  it('cancel stops the queue and reports the end once; a new reading replaces the old one', async () => {
    synth.voices = [fakeVoice('zh-CN')];
    const service = serviceWith(synth);
    const firstEnd = vi.fn();
    await service.speak('一。二。', 'zh-CN', { onEnd: firstEnd });
    const secondEnd = vi.fn();
    await service.speak('三。', 'zh-CN', { onEnd: secondEnd });
    expect(firstEnd).toHaveBeenCalledTimes(1);
    expect(secondEnd).not.toHaveBeenCalled();
    service.cancel();
    expect(secondEnd).toHaveBeenCalledTimes(1);
    expect(service.isSpeaking()).toBe(false);
  });
});
