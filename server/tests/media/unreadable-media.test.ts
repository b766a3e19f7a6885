import { rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../../contract/certification-api';
import { freePort, spawnServer, type ChildServer } from '../support/child-server';
import { hostileJpeg, hostileMp4, hostileWebm } from '../support/hostile-media';
import { readMediaIsolated } from '../support/read-media-isolated';
import {
  createSession,
  fixtures,
  injectUpload,
  makeTempDir,
  metadataFor,
  startTestServer,
  submissionBody,
  validIdNumber,
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

/** tus creation + one PATCH over real HTTP (what any client, or attacker, can send). */
async function uploadOverHttp(baseUrl: string, session: CreateSessionResponse, part: 'photo' | 'video', bytes: Buffer): Promise<string> {
  const metadata = Object.entries({ sessionId: session.sessionId, nonce: session.nonce, part, filetype: part === 'photo' ? 'image/jpeg' : 'video/webm' })
    .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
    .join(',');
  const created = await fetch(`${baseUrl}/api/uploads/`, {
    method: 'POST',
    headers: { 'tus-resumable': '1.0.0', 'upload-length': String(bytes.length), 'upload-metadata': metadata },
  });
  const location = created.headers.get('location') ?? '';
  expect(created.status, await created.text()).toBe(201);
  const url = new URL(location, baseUrl).href;
  const patched = await fetch(url, {
    method: 'PATCH',
    headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
    body: bytes,
  });
  expect(patched.status).toBe(204);
  return url.split('/').pop() ?? '';
}

describe('finding 1: one tiny upload stops the whole server — the running server', () => {
  const children: ChildServer[] = [];
  let dataDir = '';
  afterEach(() => {
    for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a 32-byte WebM with lying sizes as unreadable-video, keeps answering /api/health and stops on SIGTERM', async () => {
    dataDir = makeTempDir();
    const server = await spawnServer({ DATA_DIR: dataDir, STATIC_DIR: path.join(dataDir, 'no-build') }, await freePort());
    children.push(server);
    const sessionResponse = await fetch(`${server.baseUrl}/api/sessions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: '王秀英', idNumber: validIdNumber }),
    });
    const session = (await sessionResponse.json()) as CreateSessionResponse;
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
      expect(server.query('SELECT id FROM submissions')).toEqual([]);
      expect(server.evidenceFiles()).toEqual([]);
      expect(server.stagedFiles()).toEqual([]);
    } finally {
      await server.close();
    }
  });
});
