// @vitest-environment node
// Against the real reference server (buildApp on 127.0.0.1:0, real SQLite file and evidence folder in a
// temp dir), with the real tus client: Node's build of tus-js-client reads Buffers, so Blobs are handed
// over through the backend's tusEnvironment seam.
import * as tus from 'tus-js-client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHttpCertificationBackend } from '../../../src/adapters/backend/http-certification-backend';
import type { Evidence } from '../../../src/adapters/backend/evidence';
import { BackendError, isEvidenceRefusal, isTransientFailure } from '../../../src/adapters/backend/backend-error';
import type { CertificationSession, ResumableUploadState } from '../../../src/adapters/backend/certification-backend';
import { hostileMp4, hostileWebm } from '../../../server/tests/support/hostile-media';
import { fixtureFacts, fixtures, paddedJpeg, startTestServer, type TestServer } from '../../../server/tests/support/test-server';

const person = { name: '王秀英', idNumber: '11010519491231002X' };

// The shared test setup clears localStorage after each test; Node has none.
globalThis.localStorage ??= {
  length: 0,
  clear: () => {},
  getItem: () => null,
  key: () => null,
  removeItem: () => {},
  setItem: () => {},
};

const blobFileReader: NonNullable<tus.UploadOptions['fileReader']> = {
  async openFile(input: unknown, chunkSize: number) {
    const bytes = input instanceof Blob ? Buffer.from(await input.arrayBuffer()) : input;
    return tus.defaultOptions.fileReader.openFile(bytes, chunkSize);
  },
};

function evidenceFor(session: CertificationSession, photo: Buffer = fixtures.jpeg, video: Buffer = fixtures.webm): Evidence {
  return {
    photo: new Blob([new Uint8Array(photo)], { type: 'image/jpeg' }),
    video: new Blob([new Uint8Array(video)], { type: 'video/webm;codecs=vp8' }),
    metadata: {
      challengeId: session.sessionId,
      nonce: session.nonce,
      actions: session.challenges.map((kind, index) => ({ kind, startMs: 100 + index * 400, endMs: 400 + index * 400, peakScore: 0.8 })),
      startedAt: new Date().toISOString(),
      durationMs: fixtureFacts.webmDurationMs,
      appVersion: '0.1.0',
      camera: 'front',
      device: { userAgent: 'vitest', screen: '360x740', language: 'zh-CN' },
      video: { mimeType: 'video/webm;codecs=vp8', bytes: video.length },
      photo: { mimeType: 'image/jpeg', bytes: photo.length, width: fixtureFacts.jpegWidth, height: fixtureFacts.jpegHeight },
      route: 'live',
      frameRate: { analysedFps: 24.5, tier: 'standard', tierFps: 25 },
    },
  };
}

let server: TestServer;
let baseUrl: string;
let uploadCreations: number;

beforeEach(async () => {
  server = await startTestServer({ STATUS_POLL_SECONDS: '7' });
  uploadCreations = 0;
  server.app.addHook('onRequest', async (request) => {
    if (request.method === 'POST' && request.url.startsWith('/api/uploads')) uploadCreations += 1;
  });
  baseUrl = await server.listen();
});
afterEach(async () => {
  await server.close();
});

function backend(chunkSizeBytes = 64 * 1024) {
  return createHttpCertificationBackend({ baseUrl, chunkSizeBytes, tusRetryDelaysMs: [], tusEnvironment: { fileReader: blobFileReader } });
}

describe('http certification backend against the reference server', () => {
  it('session → resumable uploads → submission; a retry with the same key files nothing new', async () => {
    const http = backend(1024);
    const session = await http.startSession(person);
    expect(session.challenges.length).toBeGreaterThanOrEqual(2);
    expect(Date.parse(session.expiresAt)).toBeGreaterThan(Date.now());
    // The server's own limits, for the recorded route to fit a phone video to.
    expect(session.evidenceLimits).toEqual({ photoMaxBytes: 2 * 1024 * 1024, videoMaxBytes: 8 * 1024 * 1024, videoMaxDurationMs: 60_000 });

    const states: ResumableUploadState[] = [];
    const progress: number[] = [];
    const evidence = evidenceFor(session);
    const receipt = await http.uploadEvidence(session, evidence, {
      idempotencyKey: 'outbox-entry-0001',
      onUploadState: (state) => void states.push(state),
      onProgress: (p) => progress.push(p.bytesSent / p.bytesTotal),
    });
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(receipt.shortCode).toMatch(/^\d{16}$/);
    expect(progress.at(-1)).toBe(1);
    const finalState = states.at(-1);
    expect(finalState?.photo?.complete).toBe(true);
    expect(finalState?.video?.complete).toBe(true);
    expect(server.evidenceFiles()).toEqual([`${receipt.submissionId}/photo`, `${receipt.submissionId}/video`]);

    // The answer was "lost": the outbox retries with the same key and its saved upload state.
    const again = await http.uploadEvidence(session, evidence, { idempotencyKey: 'outbox-entry-0001', uploadState: finalState });
    expect(again).toEqual(receipt);
    expect(await server.query('SELECT id FROM submissions')).toHaveLength(1);
    expect(uploadCreations).toBe(2);
  });

  it('resumes a cut-off upload from its saved URL instead of starting again', async () => {
    const http = backend(16 * 1024);
    const session = await http.startSession(person);
    const photo = paddedJpeg(200 * 1024);
    const evidence = evidenceFor(session, photo);
    const controller = new AbortController();
    let saved: ResumableUploadState = {};
    const cut = await http
      .uploadEvidence(session, evidence, {
        idempotencyKey: 'outbox-entry-0002',
        signal: controller.signal,
        onUploadState: (state) => {
          saved = state;
        },
        onProgress: (p) => {
          if (p.bytesSent >= 48 * 1024) controller.abort();
        },
      })
      .catch((error: unknown) => error);
    expect(cut).toBeInstanceOf(BackendError);
    expect((cut as BackendError).code).toBe('aborted');
    expect(saved.photo?.complete).toBe(false);
    expect(uploadCreations).toBe(1);

    const receipt = await http.uploadEvidence(session, evidence, { idempotencyKey: 'outbox-entry-0002', uploadState: saved });
    // Only the video needed a new upload; the photo continued where it stopped.
    expect(uploadCreations).toBe(2);
    const rows = await server.query<{ photo_bytes: number }>('SELECT photo_bytes FROM submissions');
    expect(rows).toEqual([{ photo_bytes: photo.length }]);
    expect(receipt.submissionId).toBeTruthy();
  });

  it('reads the status with ETag (304 when unchanged) and Retry-After; withdraw makes the token invalid', async () => {
    const http = backend();
    const session = await http.startSession(person);
    const receipt = await http.uploadEvidence(session, evidenceFor(session), { idempotencyKey: 'outbox-entry-0003' });

    const first = await http.getStatus(receipt);
    expect(first).toMatchObject({ notModified: false, status: { state: 'received' }, retryAfterMs: 7000 });
    const etag = first.notModified ? undefined : first.etag;
    expect(etag).toBeTruthy();
    expect(await http.getStatus(receipt, { etag })).toEqual({ notModified: true, retryAfterMs: 7000 });

    // A kiosk receipt's 查询码 + the ID number's last 4 give another phone its own token.
    const looked = await http.lookupStatusToken(receipt.shortCode ?? '', '002X');
    expect(looked).not.toBe(receipt.statusToken);
    expect(await http.getStatus({ statusToken: looked })).toMatchObject({ status: { state: 'received' } });
    await expect(http.lookupStatusToken(receipt.shortCode ?? '', '0021')).rejects.toMatchObject({ serverCode: 'invalid-short-code' });

    await http.withdraw(receipt);
    await expect(http.getStatus(receipt)).rejects.toMatchObject({ code: 'http-4xx', serverCode: 'invalid-status-token' });
  });

  it('finding 1: a crafted video comes back as a refusal of the evidence (unreadable-video), not a failure to retry forever', async () => {
    const http = backend();
    for (const [index, video] of [hostileMp4.shortMvhd, hostileWebm.hugeTimecode].entries()) {
      const session = await http.startSession(person);
      const error = await http.uploadEvidence(session, evidenceFor(session, fixtures.jpeg, video), { idempotencyKey: `outbox-entry-crafted-${index}` }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(BackendError);
      expect(error).toMatchObject({ code: 'http-4xx', status: 422, serverCode: 'unreadable-video' });
      expect(isEvidenceRefusal(error)).toBe(true);
      expect(isTransientFailure(error)).toBe(false);
    }
    expect(await server.query('SELECT id FROM submissions')).toEqual([]);
    expect(server.stagedFiles()).toEqual([]);
  });

  it('turns refusals and failures into BackendError codes', async () => {
    const http = backend();
    await expect(http.startSession({ name: '王秀英', idNumber: '110105194912310021' })).rejects.toMatchObject({
      code: 'http-4xx',
      status: 400,
      serverCode: 'invalid-id-number',
      problem: 'check-digit',
    });
    await expect(http.getStatus({ statusToken: 'forged-token-forged-token-000' })).rejects.toMatchObject({
      code: 'http-4xx',
      serverCode: 'invalid-status-token',
    });

    const session = await http.startSession(person);
    const replay = { ...session, nonce: 'not-the-nonce' };
    await expect(http.uploadEvidence(replay, evidenceFor(replay), { idempotencyKey: 'outbox-entry-0004' })).rejects.toMatchObject({
      code: 'http-4xx',
    });
    expect(await server.query('SELECT id FROM submissions')).toEqual([]);

    await server.close();
    const closed = await http.startSession(person).catch((error: unknown) => error);
    expect(closed).toMatchObject({ code: 'network' });
    server = await startTestServer(); // afterEach closes it
  });
});
