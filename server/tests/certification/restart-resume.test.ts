import { readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreateSessionResponse, SubmissionReceiptDto } from '../../../contract/certification-api';
import { uploadIdFromUrl } from '../../../contract/certification-api';
import { databaseFileName } from '../../src/db/open-database';
import { rawReader } from '../support/test-database';
import { listFiles, makeTempDir, metadataFor, paddedJpeg, paddedWebm, startServerProcess, tusUpload, validIdNumber, type ServerProcess } from '../support/test-server';

const children: ServerProcess[] = [];
let dataDir = '';
afterEach(() => {
  for (const child of children.splice(0)) if (child.process.exitCode === null) child.process.kill('SIGKILL');
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

async function postJson<T>(url: string, body: unknown): Promise<{ status: number; json: T }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as T };
}

describe('fault: the server dies mid-upload', () => {
  it('is killed (SIGKILL) and restarted: tus-js-client resumes and the submission arrives once and complete', async () => {
    dataDir = makeTempDir();
    const start = (port?: number) => startServerProcess({ dataDir, port, keepData: true, env: { RATE_LIMIT_PER_MINUTE: '100000' } });
    let server = await start();
    children.push(server);
    const session = (await postJson<CreateSessionResponse>(`${server.baseUrl}/api/sessions`, { name: '李建国', idNumber: validIdNumber })).json;
    const photo = paddedJpeg(1_200_000);
    const video = paddedWebm(300_000);

    let killed = false;
    let restarting: Promise<void> | null = null;
    const photoUploadId = await tusUpload(
      server.baseUrl,
      photo,
      { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' },
      {
        chunkSize: 32 * 1024,
        retryDelays: [200, 500, 1000, 1000, 2000, 2000, 3000, 3000, 3000],
        onProgress: (sent, total) => {
          if (killed || sent < total * 0.3) return;
          killed = true;
          const dying = server;
          dying.process.kill('SIGKILL');
          restarting = dying.exited.then(async () => {
            server = await start(dying.port);
            children.push(server);
          });
        },
      },
    );
    expect(killed).toBe(true);
    await restarting;
    const videoUploadId = await tusUpload(server.baseUrl, video, { sessionId: session.sessionId, nonce: session.nonce, part: 'video', filetype: 'video/webm' });

    const body = {
      sessionId: session.sessionId,
      nonce: session.nonce,
      photoUploadId,
      videoUploadId,
      metadata: metadataFor(session, {}, { photo, video }),
      idempotencyKey: 'restart-test-key',
    };
    const first = await postJson<SubmissionReceiptDto>(`${server.baseUrl}/api/submissions`, body);
    expect(first.status).toBe(201);
    const retry = await postJson<SubmissionReceiptDto>(`${server.baseUrl}/api/submissions`, body);
    expect(retry.status).toBe(200);
    expect(retry.json).toEqual(first.json);

    const db = rawReader(server.databaseUrl, path.join(dataDir, databaseFileName));
    try {
      const rows = await db.query('SELECT id, photo_bytes, precheck_all_passed FROM submissions');
      expect(rows).toEqual([{ id: first.json.submissionId, photo_bytes: photo.length, precheck_all_passed: 1 }]);
    } finally {
      await db.close();
    }
    const stored = readFileSync(path.join(dataDir, 'evidence', first.json.submissionId, 'photo'));
    expect(stored.equals(photo)).toBe(true);
    expect(listFiles(path.join(dataDir, 'uploads'))).toEqual([]);
  }, 60_000);

  it('on SIGTERM finishes the upload in flight, then exits cleanly; the client resumes on the new server', async () => {
    dataDir = makeTempDir();
    const options = { dataDir, keepData: true, env: { SHUTDOWN_GRACE_SECONDS: '10' } };
    const server = await startServerProcess(options);
    children.push(server);
    const session = (await postJson<CreateSessionResponse>(`${server.baseUrl}/api/sessions`, { name: '李建国', idNumber: validIdNumber })).json;
    const photo = paddedJpeg(200_000);
    const created = await fetch(`${server.baseUrl}/api/uploads/`, {
      method: 'POST',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${session.nonce}`,
        'upload-length': String(photo.length),
        'upload-metadata': Object.entries({ sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' })
          .map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`)
          .join(','),
      },
    });
    expect(created.status).toBe(201);
    const uploadId = uploadIdFromUrl(created.headers.get('location') ?? '');

    // A slow PATCH: half the bytes, then SIGTERM, then the rest.
    const half = 100_000;
    const patchDone = new Promise<{ status: number; offset: string | undefined }>((resolve, reject) => {
      const req = request(`${server.baseUrl}/api/uploads/${uploadId}`, {
        method: 'PATCH',
        headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}`, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(half) },
      });
      req.on('response', (res) => {
        res.resume();
        const offset = res.headers['upload-offset'];
        resolve({ status: res.statusCode ?? 0, offset: Array.isArray(offset) ? offset[0] : offset });
      });
      req.on('error', reject);
      req.write(photo.subarray(0, half / 2));
      setTimeout(() => {
        server.process.kill('SIGTERM');
        setTimeout(() => req.end(photo.subarray(half / 2, half)), 500);
      }, 300);
    });
    const patched = await patchDone;
    expect(patched).toEqual({ status: 204, offset: String(half) });
    expect(await server.exited).toBe(0);

    const restarted = await startServerProcess({ ...options, port: server.port });
    children.push(restarted);
    const head = await fetch(`${restarted.baseUrl}/api/uploads/${uploadId}`, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}` } });
    expect(head.headers.get('upload-offset')).toBe(String(half));
  }, 60_000);
});
