import { describe, expect, it } from 'vitest';
import { renderChimeWav } from '../../../../src/features/liveness/effects/success-cue';

const ascii = (bytes: Uint8Array, from: number, length: number) => String.fromCharCode(...bytes.subarray(from, from + length));

describe('renderChimeWav', () => {
  it('is a valid 16-bit mono PCM WAV of about a third of a second', () => {
    const wav = renderChimeWav(22_050);
    const view = new DataView(wav.buffer);
    expect(ascii(wav, 0, 4)).toBe('RIFF');
    expect(ascii(wav, 8, 4)).toBe('WAVE');
    expect(ascii(wav, 36, 4)).toBe('data');
    expect(view.getUint32(4, true)).toBe(wav.byteLength - 8);
    expect(view.getUint16(20, true)).toBe(1);
    expect(view.getUint16(22, true)).toBe(1);
    expect(view.getUint32(24, true)).toBe(22_050);
    expect(view.getUint16(34, true)).toBe(16);
    const samples = view.getUint32(40, true) / 2;
    expect(samples / 22_050).toBeCloseTo(0.32, 2);
  });

  it('is soft (a quarter of full scale at most) and starts and ends near silence (no click)', () => {
    const wav = renderChimeWav(22_050);
    const view = new DataView(wav.buffer);
    const samples = (wav.byteLength - 44) / 2;
    const at = (i: number) => view.getInt16(44 + i * 2, true) / 32_767;
    let peak = 0;
    for (let i = 0; i < samples; i += 1) peak = Math.max(peak, Math.abs(at(i)));
    expect(peak).toBeGreaterThan(0.15);
    expect(peak).toBeLessThanOrEqual(0.25);
    expect(Math.abs(at(0))).toBeLessThan(0.01);
    let tail = 0;
    for (let i = samples - 100; i < samples; i += 1) tail = Math.max(tail, Math.abs(at(i)));
    expect(tail).toBeLessThan(0.06);
  });
});
