export type SpeakOutcome = 'speaking' | 'no-voice-for-language' | 'not-supported';

/** Reads text aloud. The UI explains each non-speaking outcome instead of silently doing nothing. */
export interface SpeechService {
  /**
   * Starts reading `text` in `language` (a BCP 47 tag such as zh-CN) and resolves once it has
   * started or once it is clear that it cannot. `onEnd` runs once, when reading finishes or stops.
   */
  speak(text: string, language: string, options?: { onEnd?: () => void }): Promise<SpeakOutcome>;
  cancel(): void;
  isSpeaking(): boolean;
}
