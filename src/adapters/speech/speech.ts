export type SpeakOutcome = 'speaking' | 'no-voice-for-language' | 'not-supported';

/** Reads text aloud. The UI explains each non-speaking outcome instead of silently doing nothing. */
export interface SpeechService {
  speak(text: string, language: string, options?: { onEnd?: () => void }): SpeakOutcome;
  cancel(): void;
  isSpeaking(): boolean;
}
