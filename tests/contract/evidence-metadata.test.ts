import { describe, expect, it } from 'vitest';
import { createSessionResponseSchema, evidenceMetadataSchema, type EvidenceMetadataDto } from '../../contract/certification-api';

const recordedUnchecked: EvidenceMetadataDto = {
  challengeId: 's-1',
  nonce: 'n-1',
  actions: [],
  startedAt: '2026-12-05T08:00:00.000Z',
  durationMs: 7200,
  appVersion: '0.1.0',
  camera: 'front',
  device: { userAgent: 'ua', screen: '360x740@3', language: 'zh-CN' },
  video: { mimeType: 'video/webm', bytes: 809_665 },
  photo: { mimeType: 'image/jpeg', bytes: 40_000, width: 640, height: 480 },
  route: 'recorded',
  recording: { spokenCode: '0427', issuedAt: '2026-12-05T08:00:00.000Z', fileCreatedAt: null, phoneCheck: 'not-possible' },
};

describe('evidence metadata: a recorded video the phone could not check', () => {
  it('is valid on the recorded route', () => {
    expect(evidenceMetadataSchema.safeParse(recordedUnchecked).success).toBe(true);
  });

  it('is refused on the live route, or with no route (a live check is always checked on the phone)', () => {
    for (const route of ['live', undefined] as const) {
      const { route: _route, ...rest } = recordedUnchecked;
      const result = evidenceMetadataSchema.safeParse(route ? { ...rest, route } : rest);
      expect(result.success).toBe(false);
      expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['recording.phoneCheck']);
    }
  });

  it('older apps send no phoneCheck, and a checked recording says passed: both still valid', () => {
    const { phoneCheck: _phoneCheck, ...olderRecording } = recordedUnchecked.recording ?? { spokenCode: '0427', issuedAt: '', fileCreatedAt: null };
    expect(evidenceMetadataSchema.safeParse({ ...recordedUnchecked, recording: olderRecording }).success).toBe(true);
    expect(evidenceMetadataSchema.safeParse({ ...recordedUnchecked, route: 'live', recording: { ...olderRecording, phoneCheck: 'passed' } }).success).toBe(true);
    expect(evidenceMetadataSchema.safeParse({ ...recordedUnchecked, recording: { ...olderRecording, phoneCheck: 'maybe' } }).success).toBe(false);
  });
});

describe('session response: the server\'s evidence limits', () => {
  const session = { sessionId: 's-1', challenges: ['mouth-open'], nonce: 'n', expiresAt: '2026-12-05T08:15:00.000Z' };
  it('are optional (older servers), and must be positive whole numbers when given', () => {
    expect(createSessionResponseSchema.safeParse(session).success).toBe(true);
    expect(createSessionResponseSchema.safeParse({ ...session, evidenceLimits: { photoMaxBytes: 2_097_152, videoMaxBytes: 900_000, videoMaxDurationMs: 60_000 } }).success).toBe(true);
    expect(createSessionResponseSchema.safeParse({ ...session, evidenceLimits: { photoMaxBytes: 2_097_152, videoMaxBytes: 0, videoMaxDurationMs: 60_000 } }).success).toBe(false);
  });
});
