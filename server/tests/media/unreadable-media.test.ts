import { afterEach, describe, expect, it } from 'vitest';
import { hostileJpeg, hostileMp4, hostileWebm } from '../support/hostile-media';
import { readMediaIsolated } from '../support/read-media-isolated';
import {
  createSession,
  fixtures,
  injectUpload,
  metadataFor,
  startServerProcess,
  startSessionOverHttp,
  startTestServer,
  submissionBody,
  uploadOverHttp,
  type ServerProcess,
} from '../support/test-server';

// Issue 12, finding 1: "one tiny upload stops the whole server". A WebM of a few dozen bytes whose
// element sizes claim more bytes than the file has froze the WebM reader (and with it the event
// loop, health checks and SIGTERM); a crafted MP4 gave a 500, which the app retried forever.

describe('finding 1: one tiny upload stops the whole server — the readers', () => {
  it.each(Object.entries(hostileWebm))('the WebM reader answers %s at once with a typed failure', async (_name, bytes) => {
    expect(bytes.length).toBeLessThan(64);
    const reading = await readMediaIsolated('webm', bytes);
    expect(reading).toMatchObject({ outcome: 'threw', name: 'UnreadableMediaError' });
  });

  it.each(Object.entries(hostileMp4))('the MP4 reader answers %s with a typed failure, not a RangeError', async (_name, bytes) => {
    const reading = await readMediaIsolated('mp4', bytes);
    expect(reading).toMatchObject({ outcome: 'threw', name: 'UnreadableMediaError' });
  });

  it.each(Object.entries(hostileJpeg))('the JPEG reader answers %s with a typed failure', async (_name, bytes) => {
    const reading = await readMediaIsolated('jpeg', bytes);
    expect(reading).toMatchObject({ outcome: 'threw', name: 'UnreadableMediaError' });
  });
});

describe('finding 1: one tiny upload stops the whole server — the running server', () => {
  const servers: ServerProcess[] = [];
  afterEach(async () => {
    for (const server of servers.splice(0)) {
      if (server.process.exitCode === null && server.process.signalCode === null) server.process.kill('SIGKILL');
      await server.stop();
    }
  });

  it('refuses a 32-byte WebM with lying sizes as unreadable-video, keeps answering /api/health and stops on SIGTERM', async () => {
    const server = await startServerProcess();
    servers.push(server);
    const session = await startSessionOverHttp(server.baseUrl, { name: '王秀英' });
    const video = hostileWebm.hugeTimecode;
    expect(video.length).toBe(32);
    const photoUploadId = await uploadOverHttp(server.baseUrl, session, 'photo', fixtures.jpeg);
    const videoUploadId = await uploadOverHttp(server.baseUrl, session, 'video', video);

    const body = { ...submissionBody(session, photoUploadId, videoUploadId), metadata: metadataFor(session, {}, { photo: fixtures.jpeg, video }) };
    const submitted = await fetch(`${server.baseUrl}/api/submissions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    }).then(
      async (response) => ({ status: response.status, body: (await response.json()) as { code: string; message: string } }),
      (error: unknown) => ({ status: 0, body: { code: `no answer: ${String(error)}`, message: '' } }),
    );
    expect(submitted.status).toBe(422);
    expect(submitted.body.code).toBe('unreadable-video');
    expect(submitted.body.message).toMatch(/video/i);

    const health = await fetch(`${server.baseUrl}/api/health`, { signal: AbortSignal.timeout(5_000) }).then((response) => response.status, () => 0);
    expect(health).toBe(200);

    server.process.kill('SIGTERM');
    const exitCode = await Promise.race([server.exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 10_000))]);
    expect(exitCode).toBe(0);
  });
});

describe('finding 1: one tiny upload stops the whole server — the submit route', () => {
  it.each([
    ...Object.entries(hostileMp4).map(([name, bytes]) => ['video', `MP4 ${name}`, bytes] as const),
    ...Object.entries(hostileJpeg).map(([name, bytes]) => ['photo', `JPEG ${name}`, bytes] as const),
  ])('refuses a crafted %s (%s) with a 4xx unreadable code, not a 500, and stores nothing', async (part, _name, bytes) => {
    const server = await startTestServer();
    try {
      const session = await createSession(server.app);
      const photo = part === 'photo' ? bytes : fixtures.jpeg;
      const video = part === 'video' ? bytes : fixtures.webm;
      const photoId = await injectUpload(server.app, session, 'photo', photo);
      const videoId = await injectUpload(server.app, session, 'video', video, part === 'video' ? 'video/mp4' : 'video/webm');
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/submissions',
        payload: { ...submissionBody(session, photoId, videoId), metadata: metadataFor(session, {}, { photo, video }) },
      });
      expect(response.statusCode).toBe(422);
      expect(response.json()).toMatchObject({ code: part === 'photo' ? 'unreadable-photo' : 'unreadable-video' });
      expect(await server.query('SELECT id FROM submissions')).toEqual([]);
      expect(server.evidenceFiles()).toEqual([]);
      expect(server.stagedFiles()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
