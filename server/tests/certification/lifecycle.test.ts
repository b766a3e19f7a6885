import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusResponse, SubmissionReceiptDto } from '../../../contract/certification-api';
import type { QueueResponse, SubmissionDetails } from '../../../contract/review-api';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  signIn,
  startTestServer,
  submissionBody,
  tusUpload,
  type TestServer,
} from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('the whole lifecycle against a real SQLite file and evidence folder', () => {
  it('session → tus uploads → submission → status → review → decision → status; withdrawing before a decision', async () => {
    server = await startTestServer();
    const { app } = server;
    const baseUrl = await server.listen();

    const configJson = await app.inject({ method: 'GET', url: '/config.json' });
    expect(configJson.json()).toEqual({ backend: { kind: 'http' } });

    const session = await createSession(app);
    expect(session.challenges.length).toBeGreaterThanOrEqual(2);
    expect(session.challenges.length).toBeLessThanOrEqual(3);
    expect(new Set(session.challenges).size).toBe(session.challenges.length);

    // Small chunks: several PATCH requests per file, as on a weak network.
    const photoUploadId = await tusUpload(baseUrl, fixtures.jpeg, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, { chunkSize: 1024 });
    const videoUploadId = await tusUpload(baseUrl, fixtures.webm, { sessionId: session.sessionId, nonce: session.nonce, part: 'video', filetype: 'video/webm;codecs=vp8' }, { chunkSize: 2048 });
    expect(server.stagedFiles()).toContain(photoUploadId);

    const body = submissionBody(session, photoUploadId, videoUploadId);
    const created = await app.inject({ method: 'POST', url: '/api/submissions', payload: body });
    expect(created.statusCode).toBe(201);
    const receipt = created.json<SubmissionReceiptDto>();
    expect(receipt.statusToken).toMatch(/^[A-Za-z0-9_-]{22,}$/);
    expect(receipt.shortCode).toMatch(/^\d{16}$/);

    // Stored: evidence moved out of staging, byte for byte; the token only as a hash.
    expect(server.evidenceFiles()).toEqual([`${receipt.submissionId}/photo`, `${receipt.submissionId}/video`]);
    expect(server.stagedFiles()).toEqual([]);
    const rows = await server.query<{ state: string; precheck_all_passed: number; video_duration_ms: number }>('SELECT * FROM submissions');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.state).toBe('received');
    expect(rows[0]?.precheck_all_passed).toBe(1);
    expect(rows[0]?.video_duration_ms).toBe(1471);
    const tokens = await server.query<{ token_hash: string }>('SELECT token_hash FROM status_tokens');
    expect(tokens).toHaveLength(1);
    expect(tokens[0]?.token_hash).not.toContain(receipt.statusToken);
    expect(JSON.stringify(await server.query('SELECT * FROM submissions'))).not.toContain(receipt.statusToken);

    // Retrying with the same idempotency key: the same receipt, nothing new.
    const again = await app.inject({ method: 'POST', url: '/api/submissions', payload: body });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(receipt);
    expect(await server.query('SELECT id FROM submissions')).toHaveLength(1);

    const auth = { authorization: `Bearer ${receipt.statusToken}` };
    const status = await app.inject({ method: 'GET', url: '/api/status', headers: auth });
    expect(status.statusCode).toBe(200);
    expect(status.json<StatusResponse>()).toEqual({ submissionId: receipt.submissionId, state: 'received' });
    expect(Number(status.headers['retry-after'])).toBeGreaterThan(0);
    const etag = String(status.headers.etag);
    const unchanged = await app.inject({ method: 'GET', url: '/api/status', headers: { ...auth, 'if-none-match': etag } });
    expect(unchanged.statusCode).toBe(304);

    await addReviewer(app, 'reviewer1', 'correct horse battery');
    const cookie = await signIn(app, 'reviewer1', 'correct horse battery');
    const queue = await app.inject({ method: 'GET', url: '/api/review/queue', headers: { cookie } });
    const items = queue.json<QueueResponse>().items;
    expect(items).toHaveLength(1);
    expect(items[0]?.idNumberMasked).toBe('1101**********002X');
    expect(items[0]?.precheck.allPassed).toBe(true);

    const details = await app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}`, headers: { cookie } });
    const detailsBody = details.json<SubmissionDetails>();
    expect(detailsBody.state).toBe('in-review');
    expect(detailsBody.precheckResults.map((result) => result.outcome)).not.toContain('fail');
    const photo = await app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}/photo`, headers: { cookie } });
    expect(photo.headers['content-type']).toBe('image/jpeg');
    expect(photo.rawPayload.equals(fixtures.jpeg)).toBe(true);
    const video = await app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}/video`, headers: { cookie, range: 'bytes=0-99' } });
    expect(video.statusCode).toBe(206);
    expect(video.rawPayload.equals(fixtures.webm.subarray(0, 100))).toBe(true);

    const inReview = await app.inject({ method: 'GET', url: '/api/status', headers: { ...auth, 'if-none-match': etag } });
    expect(inReview.statusCode).toBe(200);
    expect(inReview.json<StatusResponse>().state).toBe('in-review');

    const decision = await app.inject({
      method: 'POST',
      url: `/api/review/submissions/${receipt.submissionId}/decision`,
      headers: { cookie, 'x-requested-with': 'review-console' },
      payload: { decision: 'redo', reasonCode: 'too-dark', reasonText: '请到亮一点的地方再拍一次' },
    });
    expect(decision.statusCode).toBe(200);
    const decided = (await app.inject({ method: 'GET', url: '/api/status', headers: auth })).json<StatusResponse>();
    expect(decided).toMatchObject({ state: 'redo-requested', reasonCode: 'too-dark', reasonText: '请到亮一点的地方再拍一次' });
    expect(decided.decidedAt).toBeDefined();

    // The kiosk short code, typed on another phone, gives a second token to the same status.
    const lookup = await app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: receipt.shortCode.toLowerCase(), idNumberLast4: '002X' } });
    expect(lookup.statusCode).toBe(200);
    const secondToken = lookup.json<{ statusToken: string }>().statusToken;
    const viaLookup = await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${secondToken}` } });
    expect(viaLookup.json<StatusResponse>().state).toBe('redo-requested');

    // Decided: no withdrawing any more (finding 4 has its own test).
    expect((await app.inject({ method: 'DELETE', url: '/api/submission', headers: auth })).statusCode).toBe(409);

    // A second submission, still waiting for a decision, is withdrawn with the device's own token.
    const next = await createSession(app);
    const nextReceipt = (
      await app.inject({
        method: 'POST',
        url: '/api/submissions',
        payload: submissionBody(next, await injectUpload(app, next, 'photo', fixtures.jpeg), await injectUpload(app, next, 'video', fixtures.webm)),
      })
    ).json<SubmissionReceiptDto>();
    const nextLookup = (await app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: nextReceipt.shortCode, idNumberLast4: '002X' } })).json<{ statusToken: string }>();
    const withdrawn = await app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${nextReceipt.statusToken}` } });
    expect(withdrawn.statusCode).toBe(204);
    expect(server.evidenceFiles()).toEqual([`${receipt.submissionId}/photo`, `${receipt.submissionId}/video`]);
    expect(await server.query('SELECT * FROM status_tokens WHERE submission_id = ?', nextReceipt.submissionId)).toEqual([]);
    const scrubbed = await server.query<{ state: string; name: string; id_number: string }>('SELECT state, name, id_number FROM submissions WHERE id = ?', nextReceipt.submissionId);
    expect(scrubbed).toEqual([{ state: 'withdrawn', name: '', id_number: '' }]);
    for (const token of [nextReceipt.statusToken, nextLookup.statusToken]) {
      const gone = await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${token}` } });
      expect(gone.statusCode).toBe(404);
      expect(gone.json()).toMatchObject({ code: 'invalid-status-token' });
    }
    const audit = (await server.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id')).map((row) => row.action);
    expect(audit).toEqual(['login', 'open', 'view-photo', 'view-video', 'decision:redo', 'withdraw']);
  });

  it('keeps evidence encrypted at rest with EVIDENCE_KEY and serves the original bytes to reviewers', async () => {
    server = await startTestServer({ EVIDENCE_KEY: Buffer.alloc(32, 7).toString('base64') });
    const { app } = server;
    const session = await createSession(app);
    const photoUploadId = await injectUpload(app, session, 'photo', fixtures.jpeg);
    const videoUploadId = await injectUpload(app, session, 'video', fixtures.webm);
    const receipt = (await app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoUploadId, videoUploadId) })).json<SubmissionReceiptDto>();
    const onDisk = readFileSync(path.join(server.dataDir, 'evidence', receipt.submissionId, 'photo'));
    expect(onDisk.includes(fixtures.jpeg.subarray(0, 64))).toBe(false);
    expect(onDisk.includes(fixtures.jpeg.subarray(600, 664))).toBe(false);
    await addReviewer(app, 'reviewer1', 'correct horse battery');
    const cookie = await signIn(app, 'reviewer1', 'correct horse battery');
    const photo = await app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}/photo`, headers: { cookie } });
    expect(photo.headers['content-length']).toBe(String(fixtures.jpeg.length));
    expect(photo.rawPayload.equals(fixtures.jpeg)).toBe(true);
    const video = await app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}/video`, headers: { cookie, range: 'bytes=100-199' } });
    expect(video.rawPayload.equals(fixtures.webm.subarray(100, 200))).toBe(true);
  });

  it('asks for the same actions in every session when FIXED_CHALLENGES is set (tests and demos)', async () => {
    server = await startTestServer({ FIXED_CHALLENGES: 'turn-right,turn-left' });
    for (let i = 0; i < 3; i += 1) expect((await createSession(server.app)).challenges).toEqual(['turn-right', 'turn-left']);
  });

  it('auto-approves what passes every pre-check when AUTO_APPROVE_PRECHECKED=true', async () => {
    server = await startTestServer({ AUTO_APPROVE_PRECHECKED: 'true' });
    const { app } = server;
    const baseUrl = await server.listen();
    const session = await createSession(app);
    const photoUploadId = await tusUpload(baseUrl, fixtures.jpeg, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' });
    const videoUploadId = await tusUpload(baseUrl, fixtures.webm, { sessionId: session.sessionId, nonce: session.nonce, part: 'video', filetype: 'video/webm' });
    const receipt = (await app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoUploadId, videoUploadId) })).json<SubmissionReceiptDto>();
    const status = (await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } })).json<StatusResponse>();
    expect(status.state).toBe('approved');
    expect(status.nextDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await server.query<{ actor: string; action: string }>('SELECT actor, action FROM audit_log')).toEqual([{ actor: 'auto-approve', action: 'decision:approve' }]);
  });
});
