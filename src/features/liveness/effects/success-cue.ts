/** A short, soft "ding" and a buzz when an action is done: a signal that does not rely on sight. */
export interface SuccessCue {
  play(): void;
  dispose(): void;
}

export function createWebAudioSuccessCue(): SuccessCue {
  let audio: AudioContext | null = null;
  return {
    play() {
      try {
        navigator.vibrate?.(120);
      } catch {
        // Vibration is a nicety; iOS has none.
      }
      try {
        const AudioContextCtor = globalThis.AudioContext;
        if (typeof AudioContextCtor !== 'function') return;
        audio ??= new AudioContextCtor();
        void audio.resume();
        const now = audio.currentTime;
        const tone = audio.createOscillator();
        const gain = audio.createGain();
        tone.type = 'sine';
        // Two rising notes (C6 → E6): clear to ageing ears without being shrill.
        tone.frequency.setValueAtTime(1046, now);
        tone.frequency.setValueAtTime(1319, now + 0.12);
        gain.gain.setValueAtTime(0.0001, now);
        gain.gain.exponentialRampToValueAtTime(0.25, now + 0.02);
        gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.3);
        tone.connect(gain).connect(audio.destination);
        tone.start(now);
        tone.stop(now + 0.32);
      } catch {
        // No sound is not an error: the tick on screen and the spoken prompt remain.
      }
    },
    dispose() {
      void audio?.close();
      audio = null;
    },
  };
}
