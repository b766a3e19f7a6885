/** A short, soft "ding" and a buzz when an action is done: a signal that does not rely on sight. */
export interface SuccessCue {
  play(): void;
  dispose(): void;
}

const chimeSampleRate = 22_050;
/** Two rising notes (C6 → E6): clear to ageing ears without being shrill. */
const chimeNotes = [
  { hz: 1046, fromS: 0, toS: 0.12 },
  { hz: 1319, fromS: 0.12, toS: 0.32 },
] as const;
const chimeSeconds = 0.32;
/** A quarter of full scale: heard over a television, not startling. */
const chimePeak = 0.25;

/**
 * The chime as a 16-bit mono WAV (~14 KB), computed once. Played through an <audio> element rather
 * than Web Audio: constructing an AudioContext blocks the page for ~70 ms, right at the moment
 * the person has just succeeded and is waiting for the next prompt.
 */
export function renderChimeWav(sampleRate = chimeSampleRate): Uint8Array {
  const samples = Math.round(chimeSeconds * sampleRate);
  const bytes = new Uint8Array(44 + samples * 2);
  const view = new DataView(bytes.buffer);
  const text = (offset: number, value: string) => {
    for (let i = 0; i < value.length; i += 1) view.setUint8(offset + i, value.charCodeAt(i));
  };
  text(0, 'RIFF');
  view.setUint32(4, 36 + samples * 2, true);
  text(8, 'WAVE');
  text(12, 'fmt ');
  view.setUint32(16, 16, true); // fmt chunk size
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, 1, true); // mono
  view.setUint32(24, sampleRate, true);
  view.setUint32(28, sampleRate * 2, true); // bytes per second
  view.setUint16(32, 2, true); // bytes per frame
  view.setUint16(34, 16, true); // bits per sample
  text(36, 'data');
  view.setUint32(40, samples * 2, true);

  let phase = 0;
  for (let i = 0; i < samples; i += 1) {
    const t = i / sampleRate;
    const note = chimeNotes.find((n) => t >= n.fromS && t < n.toS) ?? chimeNotes[chimeNotes.length - 1];
    phase += (2 * Math.PI * (note?.hz ?? 0)) / sampleRate;
    // 20 ms fade in, then an exponential fade out: no click at either end.
    const attack = Math.min(1, t / 0.02);
    const decay = Math.exp((-4 * Math.max(0, t - 0.02)) / (chimeSeconds - 0.02));
    const value = Math.sin(phase) * chimePeak * attack * decay;
    view.setInt16(44 + i * 2, Math.round(value * 32_767), true);
  }
  return bytes;
}

export function createAudioElementSuccessCue(): SuccessCue {
  let audio: HTMLAudioElement | null = null;
  let url: string | null = null;
  if (typeof Audio === 'function' && typeof URL.createObjectURL === 'function') {
    const wav = renderChimeWav();
    url = URL.createObjectURL(new Blob([wav.buffer as ArrayBuffer], { type: 'audio/wav' }));
    audio = new Audio(url);
    audio.preload = 'auto';
  }
  return {
    play() {
      try {
        navigator.vibrate?.(120);
      } catch {
        // Vibration is a nicety; iOS has none.
      }
      if (!audio) return;
      audio.currentTime = 0;
      // Refused without an earlier tap (autoplay rules) or muted: the tick on screen and the
      // spoken prompt remain, so no sound is not an error.
      audio.play().catch(() => undefined);
    },
    dispose() {
      audio?.pause();
      audio?.removeAttribute('src');
      audio = null;
      if (url) URL.revokeObjectURL(url);
      url = null;
    },
  };
}
