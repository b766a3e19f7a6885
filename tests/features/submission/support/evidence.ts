import type { Evidence } from '../../../../src/adapters/backend/evidence';
import type { CertificationSession } from '../../../../src/adapters/backend/certification-backend';

/** A valid test ID number (check digit correct) and small evidence blobs with real JPEG/WebM magic bytes. */
export const testPerson = { name: '张桂兰', idNumber: '11010519491231002X' };

export function aSession(overrides: Partial<CertificationSession> = {}): CertificationSession {
  return {
    sessionId: 'session-1',
    challenges: ['blink', 'turn-left'],
    nonce: 'nonce-1',
    expiresAt: '2026-01-15T09:00:00.000Z',
    ...overrides,
  };
}

export function anEvidence(photoBytes = 1000, videoBytes = 4000): Evidence {
  const photo = new Uint8Array(photoBytes);
  photo.set([0xff, 0xd8, 0xff, 0xe0]);
  const video = new Uint8Array(videoBytes);
  video.set([0x1a, 0x45, 0xdf, 0xa3]);
  return {
    photo: new Blob([photo], { type: 'image/jpeg' }),
    video: new Blob([video], { type: 'video/webm' }),
    metadata: {
      challengeId: 'challenge-1',
      nonce: 'nonce-1',
      actions: [
        { kind: 'blink', startMs: 500, endMs: 900, peakScore: 0.8 },
        { kind: 'turn-left', startMs: 1500, endMs: 2600, peakScore: 28 },
      ],
      startedAt: '2026-01-15T08:00:00.000Z',
      durationMs: 3000,
      appVersion: '0.1.0',
      camera: 'front',
      device: { userAgent: 'test', screen: '360x740', language: 'zh-CN' },
      video: { mimeType: 'video/webm', bytes: videoBytes },
      photo: { mimeType: 'image/jpeg', bytes: photoBytes, width: 640, height: 480 },
      route: 'live',
      frameRate: { analysedFps: 24.5, tier: 'standard', tierFps: 25 },
    },
  };
}

/** Numbers from a fixed list, then repeating the last: a predictable "random". */
export function sequenceRandom(values: number[]): () => number {
  let i = 0;
  return () => values[Math.min(i++, values.length - 1)] ?? 0;
}
