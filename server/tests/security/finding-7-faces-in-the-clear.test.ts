import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  makeTempDir,
  paddedJpeg,
  rawCreateUpload,
  rawPatch,
  signIn,
  startTestServer,
  submissionBody,
  tusUpload,
  type TestServer,
} from '../support/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0).reverse()) await server.close();
});

const evidenceKey = Buffer.alloc(32, 7).toString('base64');

/** Any 64-byte run of the original found in the file on disk. */
function containsPlainRun(onDisk: Buffer, original: Buffer): boolean {
  for (let start = 0; start + 64 <= original.length; start += 64) if (onDisk.includes(original.subarray(start, start + 64))) return true;
  return false;
}

describe('finding 7: faces in the clear while uploading', () => {
  it('with EVIDENCE_KEY, staged bytes are encrypted as they arrive; an upload resumed on another server still submits the original', async () => {
    const dataDir = makeTempDir();
    const first = await startTestServer({ EVIDENCE_KEY: evidenceKey }, {}, dataDir);
    const second = await startTestServer({ EVIDENCE_KEY: evidenceKey }, {}, dataDir);
    servers.push(first, second);
    const photo = paddedJpeg(50_000);
    const session = await createSession(first.app);
    const created = await rawCreateUpload(first.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, photo.length);
    // Uneven pieces (not multiples of the cipher's 16-byte block), the way a dropped network cuts them.
    expect((await rawPatch(first.app, created, 0, photo.subarray(0, 20_001))).statusCode).toBe(204);

    const staged = readFileSync(path.join(dataDir, 'uploads', created.id ?? ''));
    expect(staged.length).toBe(20_001);
    expect(containsPlainRun(staged, photo.subarray(0, 20_001))).toBe(false);
    expect(staged.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff]))).toBe(false);

    // The rest arrives at the other server (as after a restart or through a load balancer).
    expect((await rawPatch(second.app, created, 20_001, photo.subarray(20_001, 33_333))).statusCode).toBe(204);
    expect((await rawPatch(second.app, created, 33_333, photo.subarray(33_333))).statusCode).toBe(204);
    expect(containsPlainRun(readFileSync(path.join(dataDir, 'uploads', created.id ?? '')), photo)).toBe(false);

    const video = await injectUpload(second.app, session, 'video', fixtures.webm);
    const body = { ...submissionBody(session, created.id ?? '', video), metadata: { ...submissionBody(session, '', '').metadata, photo: { mimeType: 'image/jpeg' as const, bytes: photo.length, width: 160, height: 120 } } };
    const submitted = await second.app.inject({ method: 'POST', url: '/api/submissions', payload: body });
    expect(submitted.statusCode).toBe(201);
    const receipt = submitted.json<SubmissionReceiptDto>();
    await addReviewer(second.app, 'reviewer1', 'a long review password');
    const cookie = await signIn(second.app, 'reviewer1', 'a long review password');
    const served = await second.app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}/photo`, headers: { cookie } });
    expect(served.rawPayload.equals(photo)).toBe(true);
  });

  it('the real tus client in small chunks: what it sends arrives intact, and nothing is plain on disk meanwhile', async () => {
    const server = await startTestServer({ EVIDENCE_KEY: evidenceKey });
    servers.push(server);
    const baseUrl = await server.listen();
    const session = await createSession(server.app);
    const photo = paddedJpeg(40_000);
    const snapshots: Buffer[] = [];
    const id = await tusUpload(baseUrl, photo, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, {
      chunkSize: 7_001,
      onProgress: () => {
        for (const name of server.stagedFiles().filter((file) => !file.endsWith('.json'))) snapshots.push(readFileSync(path.join(server.dataDir, 'uploads', name)));
      },
    });
    expect(snapshots.length).toBeGreaterThan(0);
    for (const snapshot of snapshots) expect(containsPlainRun(snapshot, photo)).toBe(false);
    expect(await server.app.serverContext.staging.read(id)).toEqual(photo);
  });
});
