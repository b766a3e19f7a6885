import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { createSession, fixtures, rawCreateUpload, startTestServer, submissionBody, tusUpload, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const photoMeta = (session: { sessionId: string; nonce: string }) => ({ sessionId: session.sessionId, nonce: session.nonce, part: 'photo' as const, filetype: 'image/jpeg' });

describe('finding 5: upload ids are secrets', () => {
  it('never appear in the log, nor nonces, status tokens or look-up codes, even at trace level', async () => {
    const lines: string[] = [];
    server = await startTestServer({ LOG_LEVEL: 'trace' }, { logger: true, logStream: { write: (line) => lines.push(line) } });
    const baseUrl = await server.listen();
    const session = await createSession(server.app);
    // The real tus client in small chunks: a POST and several PATCH and HEAD-free requests per file.
    const photoId = await tusUpload(baseUrl, fixtures.jpeg, photoMeta(session), { chunkSize: 300 });
    const videoId = await tusUpload(baseUrl, fixtures.webm, { ...photoMeta(session), part: 'video', filetype: 'video/webm' }, { chunkSize: 2000 });
    await fetch(`${baseUrl}/api/uploads/${photoId}`, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0' } });
    const receipt = (await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoId, videoId) })).json<SubmissionReceiptDto>();
    const looked = (await server.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: receipt.shortCode, idNumberLast4: '002X' } })).json<{ statusToken: string }>();
    await server.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${looked.statusToken}` } });
    await server.app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${receipt.statusToken}` } });

    const log = lines.join('');
    expect(log).toContain('/api/uploads/'); // the upload requests really are logged
    expect(log).toContain('submission withdrawn');
    for (const secret of [photoId, videoId, session.nonce, receipt.statusToken, looked.statusToken, receipt.shortCode]) {
      expect(log, secret).not.toContain(secret);
    }
  });

  it('a HEAD on an upload reveals nothing about its session', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const created = await rawCreateUpload(server.app, photoMeta(session), fixtures.jpeg.length);
    expect(created.statusCode).toBe(201);
    const head = await server.app.inject({ method: 'HEAD', url: `/api/uploads/${created.id}`, headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}` } });
    expect(head.statusCode).toBe(200);
    expect(head.headers['upload-offset']).toBe('0');
    const everything = JSON.stringify(head.headers);
    for (const secret of [session.sessionId, session.nonce, Buffer.from(session.nonce).toString('base64'), Buffer.from(session.sessionId).toString('base64')]) {
      expect(everything).not.toContain(secret);
    }
  });

  it('an upload answers only to the session that created it: without its nonce it does not exist', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const other = await createSession(server.app);
    const created = await rawCreateUpload(server.app, photoMeta(session), fixtures.jpeg.length);
    const url = `/api/uploads/${created.id}`;
    const patch = (authorization?: string) =>
      server!.app.inject({
        method: 'PATCH',
        url,
        headers: { 'tus-resumable': '1.0.0', 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', ...(authorization ? { authorization } : {}) },
        payload: fixtures.jpeg.subarray(0, 100),
      });
    for (const authorization of [undefined, `Bearer ${other.nonce}`, 'Bearer not-a-nonce']) {
      for (const method of ['HEAD', 'DELETE'] as const) {
        const response = await server.app.inject({ method, url, headers: { 'tus-resumable': '1.0.0', ...(authorization ? { authorization } : {}) } });
        expect(response.statusCode, `${method} ${authorization}`).toBe(404);
      }
      const refused = await patch(authorization);
      expect(refused.statusCode, `PATCH ${authorization}`).toBe(404);
      expect(JSON.parse(refused.body)).toMatchObject({ code: 'upload-not-found' });
    }
    expect(server.stagedFiles()).toEqual([created.id, `${created.id}.json`]);
    const accepted = await patch(`Bearer ${session.nonce}`);
    expect(accepted.statusCode).toBe(204);
    expect(accepted.headers['upload-offset']).toBe('100');
  });
});
