import type { SpeakOutcome, SpeechService } from '../../shared/speech';

/** Older people follow slower speech more easily; 0.85 is slow but still natural in Mandarin. */
const SPEECH_RATE = 0.85;

/**
 * Chrome fills the voice list asynchronously and announces it with `voiceschanged`; on some
 * Android phones that takes a second or more. We wait this long before saying "no voice".
 */
export const VOICES_WAIT_MS = 2500;

/**
 * Chrome stops long utterances after about 15 seconds, so a screen is read sentence by sentence,
 * a piece at a time; pieces are at most this many characters.
 */
export const MAX_PIECE_CHARS = 120;

export type WebSpeechDeps = {
  synth?: SpeechSynthesis | undefined;
  createUtterance?: ((text: string) => SpeechSynthesisUtterance) | undefined;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
};

function normaliseLang(lang: string): string {
  return lang.toLowerCase().replace(/_/g, '-');
}

/** Android reports Mandarin as cmn-*, others as zh-*; Hant/TW/HK voices read Traditional text best. */
function isChinese(lang: string): boolean {
  return lang.startsWith('zh') || lang.startsWith('cmn');
}

function isTraditional(lang: string): boolean {
  return /hant|-tw|-hk|-mo/.test(lang);
}

function isCantonese(lang: string): boolean {
  return lang.startsWith('yue') || /-hk|-mo/.test(lang);
}

/** Picks the voice for a language: exact tag first, then the closest voice a person can follow. */
export function pickVoice(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const wanted = normaliseLang(language);
  const exact = voices.filter((v) => normaliseLang(v.lang) === wanted);
  if (exact.length > 0) return exact.find((v) => v.localService) ?? exact[0];
  if (isChinese(wanted)) {
    const chinese = voices.filter((v) => isChinese(normaliseLang(v.lang)));
    const mandarin = chinese.filter((v) => !isCantonese(normaliseLang(v.lang)));
    const sameScript = mandarin.filter((v) => isTraditional(normaliseLang(v.lang)) === isTraditional(wanted));
    // Any Mandarin voice reads both scripts; Cantonese only as the last resort.
    return sameScript[0] ?? mandarin[0] ?? chinese[0];
  }
  const base = wanted.split('-')[0] ?? wanted;
  return voices.find((v) => normaliseLang(v.lang).split('-')[0] === base);
}

/** Splits text at sentence ends (and, for very long sentences, at commas) into short pieces. */
export function splitForSpeech(text: string, maxChars = MAX_PIECE_CHARS): string[] {
  const sentences = text
    .split(/(?<=[。！？!?；;\n]|\.\s)/u)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const pieces: string[] = [];
  for (const sentence of sentences) {
    if (sentence.length <= maxChars) {
      pieces.push(sentence);
      continue;
    }
    let rest = sentence;
    while (rest.length > maxChars) {
      const window = rest.slice(0, maxChars);
      const cut = Math.max(window.lastIndexOf('，'), window.lastIndexOf(','), window.lastIndexOf('、'), window.lastIndexOf(' '));
      const at = cut > maxChars / 3 ? cut + 1 : maxChars;
      pieces.push(rest.slice(0, at).trim());
      rest = rest.slice(at).trim();
    }
    if (rest) pieces.push(rest);
  }
  return pieces;
}

export function createWebSpeechService(deps: WebSpeechDeps = {}): SpeechService {
  const synth = 'synth' in deps ? deps.synth : globalThis.speechSynthesis;
  const createUtterance =
    deps.createUtterance ??
    (typeof SpeechSynthesisUtterance === 'undefined' ? undefined : (text: string) => new SpeechSynthesisUtterance(text));
  const setTimer = deps.setTimer ?? ((callback: () => void, ms: number) => globalThis.setTimeout(callback, ms));
  const clearTimer = deps.clearTimer ?? ((handle: unknown) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>));

  // Utterances are kept referenced while queued: Chrome may otherwise garbage-collect them and
  // never fire their `end` event.
  let queued: SpeechSynthesisUtterance[] = [];
  let finish: (() => void) | null = null;
  // Each speak() call gets a generation; a cancel or a newer speak() makes older ones stale.
  let generation = 0;

  function voicesNow(): SpeechSynthesisVoice[] {
    return synth ? synth.getVoices() : [];
  }

  /** Resolves with the voice list once it is non-empty, or with [] after VOICES_WAIT_MS. */
  function waitForVoices(): Promise<SpeechSynthesisVoice[]> {
    const now = voicesNow();
    if (now.length > 0 || !synth) return Promise.resolve(now);
    return new Promise((resolve) => {
      const onChange = () => {
        const voices = voicesNow();
        if (voices.length === 0) return;
        done(voices);
      };
      const timer = setTimer(() => done(voicesNow()), VOICES_WAIT_MS);
      function done(voices: SpeechSynthesisVoice[]) {
        clearTimer(timer);
        synth?.removeEventListener('voiceschanged', onChange);
        resolve(voices);
      }
      synth.addEventListener('voiceschanged', onChange);
    });
  }

  function stop() {
    generation += 1;
    queued = [];
    const end = finish;
    finish = null;
    synth?.cancel();
    end?.();
  }

  return {
    async speak(text, language, options): Promise<SpeakOutcome> {
      if (!synth || !createUtterance) return 'not-supported';
      stop();
      const mine = generation;
      const voice = pickVoice(await waitForVoices(), language);
      if (mine !== generation) return 'speaking';
      if (!voice) return 'no-voice-for-language';

      const pieces = splitForSpeech(text);
      let ended = false;
      finish = () => {
        if (ended) return;
        ended = true;
        options?.onEnd?.();
      };
      const endThis = () => {
        if (mine !== generation) return;
        queued = [];
        const end = finish;
        finish = null;
        end?.();
      };
      if (pieces.length === 0) {
        endThis();
        return 'speaking';
      }
      queued = pieces.map((piece, index) => {
        const utterance = createUtterance(piece);
        utterance.voice = voice;
        utterance.lang = voice.lang;
        utterance.rate = SPEECH_RATE;
        if (index === pieces.length - 1) utterance.onend = endThis;
        utterance.onerror = endThis;
        return utterance;
      });
      for (const utterance of queued) synth.speak(utterance);
      return 'speaking';
    },
    cancel() {
      stop();
    },
    isSpeaking() {
      return finish !== null;
    },
  };
}
