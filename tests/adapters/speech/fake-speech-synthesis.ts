/** A SpeechSynthesis stand-in: voices can arrive late (like Chrome's), utterances are recorded. */
export class FakeSpeechSynthesis extends EventTarget {
  voices: SpeechSynthesisVoice[] = [];
  spoken: SpeechSynthesisUtterance[] = [];
  cancelCount = 0;
  speaking = false;
  pending = false;
  paused = false;
  onvoiceschanged: ((this: SpeechSynthesis, ev: Event) => unknown) | null = null;

  getVoices(): SpeechSynthesisVoice[] {
    return this.voices;
  }

  speak(utterance: SpeechSynthesisUtterance): void {
    this.spoken.push(utterance);
    this.speaking = true;
  }

  cancel(): void {
    this.cancelCount += 1;
    const queued = this.spoken.filter((u) => !this.finished.has(u));
    this.speaking = false;
    for (const utterance of queued) {
      this.finished.add(utterance);
      utterance.onerror?.call(utterance, { error: 'interrupted' } as SpeechSynthesisErrorEvent);
    }
  }

  pause(): void {}
  resume(): void {}

  /** Finishes every queued utterance, in order, as the real engine would. */
  finishAll(): void {
    for (const utterance of this.spoken) {
      if (this.finished.has(utterance)) continue;
      this.finished.add(utterance);
      utterance.onend?.call(utterance, {} as SpeechSynthesisEvent);
    }
    this.speaking = false;
  }

  /** Voices arrive later, announced by voiceschanged (Chrome's behaviour). */
  deliverVoices(voices: SpeechSynthesisVoice[]): void {
    this.voices = voices;
    this.dispatchEvent(new Event('voiceschanged'));
  }

  private finished = new Set<SpeechSynthesisUtterance>();
}

export function fakeVoice(lang: string, name = `voice ${lang}`, localService = true): SpeechSynthesisVoice {
  return { lang, name, localService, default: false, voiceURI: name };
}

/** jsdom has no SpeechSynthesisUtterance: a plain object with the same fields does the job. */
export function fakeUtterance(text: string): SpeechSynthesisUtterance {
  return {
    text,
    lang: '',
    voice: null,
    rate: 1,
    pitch: 1,
    volume: 1,
    onend: null,
    onerror: null,
  } as unknown as SpeechSynthesisUtterance;
}
