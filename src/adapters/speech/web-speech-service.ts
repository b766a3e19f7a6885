import type { SpeechService } from './speech';

/** Older people follow slower speech more easily; 0.85 is slow but still natural in Mandarin. */
const SPEECH_RATE = 0.85;

function voiceFor(voices: readonly SpeechSynthesisVoice[], language: string): SpeechSynthesisVoice | undefined {
  const wanted = language.toLowerCase();
  const base = wanted.split('-')[0] ?? wanted;
  return (
    voices.find((v) => v.lang.toLowerCase().replace('_', '-') === wanted) ??
    voices.find((v) => v.lang.toLowerCase().startsWith(base))
  );
}

export function createWebSpeechService(synth: SpeechSynthesis | undefined = globalThis.speechSynthesis): SpeechService {
  return {
    speak(text, language, options) {
      if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return 'not-supported';
      const voice = voiceFor(synth.getVoices(), language);
      if (!voice) return 'no-voice-for-language';
      synth.cancel();
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.voice = voice;
      utterance.lang = voice.lang;
      utterance.rate = SPEECH_RATE;
      if (options?.onEnd) {
        utterance.onend = options.onEnd;
        utterance.onerror = options.onEnd;
      }
      synth.speak(utterance);
      return 'speaking';
    },
    cancel() {
      synth?.cancel();
    },
    isSpeaking() {
      return synth?.speaking ?? false;
    },
  };
}
