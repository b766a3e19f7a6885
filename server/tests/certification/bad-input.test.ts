import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import {
  createSession,
  fixtures,
  injectUpload,
  manualClock,
  rawCreateUpload,
  rawHead,
  rawPatch,
  startTestServer,
  submissionBody,
  validIdNumber,
  type TestServer,
} from '../support/test-server';

let server: TestServer;
const clock = manualClock(new Date('2026-11-27T08:00:00Z'));

beforeEach(async () => {
  server = await startTestServer({}, { now: clock.now });
});
afterEach(async () => {
  await server.close();
});

async function expectNothingStored(): Promise<void> {
  expect(await server.query('SELECT id FROM submissions')).toEqual([]);
  expect(await server.query('SELECT token_hash FROM status_tokens')).toEqual([]);
  expect(server.evidenceFiles()).toEqual([]);
}

async function submit(body: Record<string, unknown>) {
  return server.app.inject({ method: 'POST', url: '/api/submissions', payload: body });
}

describe('sessions refuse bad person details', () => {
  it.each([
    ['11010519491231002', 'wrong-length'],
    ['110105194912310021', 'check-digit'],
    ['11010519x91231002X', 'bad-characters'],
    ['99010519491231002X', 'bad-region'],
    ['110105194913310025', 'bad-birth-date'],
    ['', 'empty'],
  ])('ID number %s → invalid-id-number (%s)', async (idNumber, problem) => {
    const response = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '张三', idNumber } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-id-number', problem });
    expect(await server.query('SELECT id FROM sessions')).toEqual([]);
  });

  it('refuses malformed JSON, a missing name, a body too large', async () => {
    const malformed = await server.app.inject({ method: 'POST', url: '/api/sessions', headers: { 'content-type': 'application/json' }, payload: '{"name": "张三", ' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'malformed-json' });
    const missing = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: { idNumber: validIdNumber } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json()).toMatchObject({ code: 'invalid-request', fields: ['name'] });
    const huge = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: { name: 'x'.repeat(100_000), idNumber: validIdNumber } });
    expect(huge.statusCode).toBe(413);
    expect(huge.json()).toMatchObject({ code: 'payload-too-large' });
    expect(await server.query('SELECT id FROM sessions')).toEqual([]);
  });
});

describe('uploads refuse what does not belong', () => {
  it('refuses an oversized photo or video at creation', async () => {
    const session = await createSession(server.app);
    const meta = { sessionId: session.sessionId, nonce: session.nonce };
    const photo = await rawCreateUpload(server.app, { ...meta, part: 'photo', filetype: 'image/jpeg' }, 2 * 1024 * 1024 + 1);
    const video = await rawCreateUpload(server.app, { ...meta, part: 'video', filetype: 'video/webm' }, 8 * 1024 * 1024 + 1);
    for (const response of [photo, video]) {
      expect(response.statusCode).toBe(413);
      expect(JSON.parse(response.body)).toMatchObject({ code: 'upload-too-large' });
    }
    expect(await server.query('SELECT id FROM uploads')).toEqual([]);
    expect(server.stagedFiles()).toEqual([]);
  });

  it('refuses more bytes than declared while receiving', async () => {
    const session = await createSession(server.app);
    const created = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, 1000);
    expect(created.statusCode).toBe(201);
    const patch = await rawPatch(server.app, created, 0, Buffer.alloc(2000, 1));
    expect(patch.statusCode).toBe(413);
    const head = await rawHead(server.app, created);
    expect(Number(head.headers['upload-offset'])).toBe(0);
  });

  it('refuses a deferred length, bad metadata, a wrong file type, an unknown session, a wrong nonce', async () => {
    const session = await createSession(server.app);
    const good = { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' };
    const cases: Array<[Record<string, string>, number | null, number, string]> = [
      [good, null, 400, 'invalid-upload-metadata'],
      [{ ...good, part: 'selfie' }, 100, 400, 'invalid-upload-metadata'],
      [{ sessionId: session.sessionId, part: 'photo', filetype: 'image/jpeg' }, 100, 400, 'invalid-upload-metadata'],
      [{ ...good, filetype: 'text/html' }, 100, 415, 'wrong-file-type'],
      [{ ...good, part: 'video', filetype: 'image/jpeg' }, 100, 415, 'wrong-file-type'],
      [{ ...good, sessionId: '../../../etc/passwd' }, 100, 404, 'unknown-session'],
      [{ ...good, nonce: 'forged-nonce' }, 100, 403, 'nonce-mismatch'],
    ];
    for (const [metadata, length, status, code] of cases) {
      const response = await rawCreateUpload(server.app, metadata, length);
      expect(response.statusCode, JSON.stringify(metadata)).toBe(status);
      expect(JSON.parse(response.body)).toMatchObject({ code });
    }
    expect(await server.query('SELECT id FROM uploads')).toEqual([]);
    expect(server.stagedFiles()).toEqual([]);
  });

  it('refuses a fourth upload of the same part for one session (no filling the disk)', async () => {
    const session = await createSession(server.app);
    const meta = { sessionId: session.sessionId, nonce: session.nonce, part: 'video', filetype: 'video/webm' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await rawCreateUpload(server.app, meta, 1024 * 1024)).statusCode);
    expect(statuses).toEqual([201, 201, 201, 429]);
    expect(await server.query('SELECT id FROM uploads')).toHaveLength(3);
  });

  it('refuses path-traversal and malformed upload ids, and never serves uploads back', async () => {
    const session = await createSession(server.app);
    const id = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    for (const url of ['/api/uploads/..%2F..%2Fcertification.sqlite', '/api/uploads/%2e%2e', `/api/uploads/${id}.json`, '/api/uploads/ABC']) {
      const response = await server.app.inject({ method: 'HEAD', url, headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}` } });
      expect(response.statusCode, url).toBe(404);
      const patch = await rawPatch(server.app, { id: url.slice('/api/uploads/'.length), nonce: session.nonce }, 0, Buffer.from('x'));
      expect(patch.statusCode, url).toBe(404);
    }
    const download = await server.app.inject({ method: 'GET', url: `/api/uploads/${id}` });
    expect(download.statusCode).toBe(405);
    expect(download.rawPayload.includes(fixtures.jpeg.subarray(0, 100))).toBe(false);
  });
});

describe('submissions refuse tampering and store nothing', () => {
  it('refuses a truncated upload (fewer bytes than declared) until it is resumed', async () => {
    const session = await createSession(server.app);
    const created = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, fixtures.jpeg.length);
    await rawPatch(server.app, created, 0, fixtures.jpeg.subarray(0, 500));
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const response = await submit(submissionBody(session, created.id ?? '', videoId));
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'upload-incomplete' });
    await expectNothingStored();
    // Nothing the person did is lost: resume the upload, then it goes through.
    await rawPatch(server.app, created, 500, fixtures.jpeg.subarray(500));
    expect((await submit(submissionBody(session, created.id ?? '', videoId))).statusCode).toBe(201);
  });

  it('refuses a file cut off inside (complete upload of a truncated JPEG or WebM)', async () => {
    for (const [part, bytes] of [['photo', fixtures.jpeg.subarray(0, 1000)], ['video', fixtures.webm.subarray(0, 4000)]] as const) {
      const session = await createSession(server.app);
      const photoId = await injectUpload(server.app, session, 'photo', part === 'photo' ? bytes : fixtures.jpeg);
      const videoId = await injectUpload(server.app, session, 'video', part === 'video' ? bytes : fixtures.webm);
      const response = await submit(submissionBody(session, photoId, videoId));
      expect(response.statusCode, part).toBe(422);
      expect(response.json()).toMatchObject({ code: part === 'photo' ? 'unreadable-photo' : 'unreadable-video', message: expect.stringMatching(/cut off/) });
      await expectNothingStored();
      expect(server.stagedFiles()).toEqual([]);
    }
  });

  it('refuses wrong file types with the right declared types', async () => {
    const cases = [
      ['photo', fixtures.webm, fixtures.webm],
      ['video', fixtures.jpeg, fixtures.jpeg],
      ['video', fixtures.jpeg, Buffer.from('<html><script>alert(1)</script></html>')],
    ] as const;
    for (const [wrongPart, photoBytes, videoBytes] of cases.map(([part, bytes]) => [part, part === 'photo' ? bytes : fixtures.jpeg, part === 'video' ? bytes : fixtures.webm] as const)) {
      const session = await createSession(server.app);
      const photoId = await injectUpload(server.app, session, 'photo', photoBytes, 'image/jpeg');
      const videoId = await injectUpload(server.app, session, 'video', videoBytes, 'video/webm');
      const response = await submit(submissionBody(session, photoId, videoId));
      expect(response.statusCode, wrongPart).toBe(415);
      expect(response.json()).toMatchObject({ code: 'wrong-file-type' });
      await expectNothingStored();
      expect(server.stagedFiles()).toEqual([]);
      expect(await server.query('SELECT id FROM uploads')).toEqual([]);
    }
  });

  it('refuses a replayed nonce (same session, new idempotency key) and new uploads for a used session', async () => {
    const session = await createSession(server.app);
    const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const first = await submit(submissionBody(session, photoId, videoId));
    expect(first.statusCode).toBe(201);
    const replay = await submit(submissionBody(session, photoId, videoId, { idempotencyKey: 'another-key-123' }));
    expect(replay.statusCode).toBe(409);
    expect(replay.json()).toMatchObject({ code: 'nonce-already-used' });
    const upload = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, 100);
    expect(upload.statusCode).toBe(409);
    expect(await server.query('SELECT id FROM submissions')).toHaveLength(1);
    expect(server.evidenceFiles()).toHaveLength(2);
  });

  it('refuses a wrong nonce, someone else’s uploads, a photo given as the video, a reused idempotency key', async () => {
    const session = await createSession(server.app);
    const other = await createSession(server.app);
    const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const otherVideo = await injectUpload(server.app, other, 'video', fixtures.webm);
    const cases: Array<[Record<string, unknown>, number, string]> = [
      [submissionBody(session, photoId, videoId, { nonce: other.nonce }), 403, 'nonce-mismatch'],
      [submissionBody(session, photoId, otherVideo), 404, 'upload-not-found'],
      [submissionBody(session, photoId, photoId), 400, 'upload-wrong-part'],
      [submissionBody(session, photoId, '../../certification.sqlite'), 404, 'upload-not-found'],
      [submissionBody(session, photoId, videoId, { sessionId: 'nope' }), 404, 'unknown-session'],
    ];
    for (const [body, status, code] of cases) {
      const response = await submit(body);
      expect(response.statusCode, code).toBe(status);
      expect(response.json()).toMatchObject({ code });
    }
    await expectNothingStored();
    const ok = await submit(submissionBody(session, photoId, videoId, { idempotencyKey: 'shared-key-1234' }));
    expect(ok.statusCode).toBe(201);
    const otherPhoto = await injectUpload(server.app, other, 'photo', fixtures.jpeg);
    const reused = await submit(submissionBody(other, otherPhoto, otherVideo, { idempotencyKey: 'shared-key-1234' }));
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({ code: 'idempotency-key-reused' });
    expect(await server.query('SELECT id FROM submissions')).toHaveLength(1);
  });

  it('refuses an expired session (injected clock): new uploads at once, resuming and submitting after the grace period', async () => {
    const session = await createSession(server.app);
    const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    clock.advance(15 * 60_000 + 1);
    const upload = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, 100);
    expect(upload.statusCode).toBe(410);
    expect(JSON.parse(upload.body)).toMatchObject({ code: 'session-expired' });
    clock.advance(30 * 60_000);
    const head = await rawHead(server.app, { id: photoId, nonce: session.nonce });
    expect(head.statusCode).toBe(410);
    const response = await submit(submissionBody(session, photoId, videoId));
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ code: 'session-expired' });
    await expectNothingStored();
    expect(server.stagedFiles()).toEqual([]);
  });

  it('lets an upload begun in time be resumed and submitted within the grace period, flagged for the reviewer', async () => {
    const session = await createSession(server.app);
    const created = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, fixtures.jpeg.length);
    await rawPatch(server.app, created, 0, fixtures.jpeg.subarray(0, 800));
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    clock.advance(25 * 60_000);
    const resumed = await rawPatch(server.app, created, 800, fixtures.jpeg.subarray(800));
    expect(resumed.statusCode).toBe(204);
    const response = await submit(submissionBody(session, created.id ?? '', videoId, {}, new Date(clock.now().getTime() - 25 * 60_000)));
    expect(response.statusCode).toBe(201);
    const [row] = await server.query<{ precheck_results: string }>('SELECT precheck_results FROM submissions');
    expect(JSON.parse(row?.precheck_results ?? '[]')).toContainEqual(expect.objectContaining({ check: 'submitted-in-time', outcome: 'warn' }));
  });

  it('refuses malformed JSON and incomplete metadata', async () => {
    const malformed = await server.app.inject({ method: 'POST', url: '/api/submissions', headers: { 'content-type': 'application/json' }, payload: '{"sessionId":' });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'malformed-json' });
    const session = await createSession(server.app);
    const body = submissionBody(session, 'a'.repeat(32), 'b'.repeat(32));
    const { actions: _actions, ...withoutActions } = body.metadata;
    const incomplete = await submit({ ...body, metadata: withoutActions });
    expect(incomplete.statusCode).toBe(400);
    expect(incomplete.json()).toMatchObject({ code: 'invalid-request', fields: ['metadata.actions'] });
    await expectNothingStored();
  });
});

describe('status tokens', () => {
  it('refuses missing, malformed and forged tokens; withdrawal with a forged token deletes nothing', async () => {
    const session = await createSession(server.app);
    const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const receipt = (await submit(submissionBody(session, photoId, videoId))).json<SubmissionReceiptDto>();
    const forged = `${receipt.statusToken.slice(0, -2)}${receipt.statusToken.endsWith('AA') ? 'BB' : 'AA'}`;
    const cases: Array<[Record<string, string>, number]> = [
      [{}, 401],
      [{ authorization: receipt.statusToken }, 401],
      [{ authorization: 'Bearer short' }, 401],
      [{ authorization: "Bearer ' OR 1=1 --" }, 401],
      [{ authorization: `Bearer ${forged}` }, 404],
      [{ authorization: `Bearer ${receipt.submissionId}` }, 404],
    ];
    for (const [headers, status] of cases) {
      const read = await server.app.inject({ method: 'GET', url: '/api/status', headers });
      expect(read.statusCode, JSON.stringify(headers)).toBe(status);
      expect(read.json()).toMatchObject({ code: 'invalid-status-token' });
      const remove = await server.app.inject({ method: 'DELETE', url: '/api/submission', headers });
      expect(remove.statusCode).toBe(status);
    }
    expect(server.evidenceFiles()).toHaveLength(2);
    const lookup = await server.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: receipt.shortCode, idNumberLast4: '0021' } });
    expect(lookup.statusCode).toBe(404);
    expect(lookup.json()).toMatchObject({ code: 'invalid-short-code' });
  });

  it('rate-limits short-code look-ups', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      codes.push((await server.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: 'ABCDEFGH', idNumberLast4: '1234' } })).statusCode);
    }
    expect(codes.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(codes.slice(5)).toEqual([429, 429]);
  });
});

describe('SQL meta-characters are stored verbatim and harmless', () => {
  it('in every text field of a session, a submission and a decision', async () => {
    const nasty = `Robert'); DROP TABLE submissions;-- "x" \\ %_ ; SELECT * FROM reviewers`;
    // Names are at most 60 characters (contract/person-name.ts).
    const nastyName = `Robert'); DROP TABLE submissions;-- "x" \\ %_`;
    const session = await createSession(server.app, { name: nastyName, phone: `1' OR '1'='1` });
    const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const body = submissionBody(session, photoId, videoId, { idempotencyKey: `k'); DELETE FROM sessions;--` });
    body.metadata.challengeId = nasty;
    body.metadata.device.userAgent = nasty;
    body.metadata.appVersion = `1'--`;
    const created = await submit(body);
    expect(created.statusCode).toBe(201);
    const rows = await server.query<{ name: string; phone: string; metadata: string }>('SELECT name, phone, metadata FROM submissions');
    expect(rows).toHaveLength(1);
    expect(rows[0]?.name).toBe(nastyName);
    expect(rows[0]?.phone).toBe(`1' OR '1'='1`);
    expect(JSON.parse(rows[0]?.metadata ?? '{}')).toMatchObject({ challengeId: nasty, device: { userAgent: nasty } });
    expect(await server.query('SELECT id FROM sessions')).toHaveLength(1);
    const replay = await submit(body);
    expect(replay.statusCode).toBe(200);
    const lookup = await server.app.inject({ method: 'POST', url: '/api/status/lookup', payload: { shortCode: `' OR 1=1 --`, idNumberLast4: '002X' } });
    expect(lookup.statusCode).toBe(404);
    const login = await server.app.inject({
      method: 'POST',
      url: '/api/review/login',
      headers: { 'x-requested-with': 'review-console' },
      payload: { username: `admin' --`, password: `' OR '1'='1` },
    });
    expect(login.statusCode).toBe(401);
    expect((await server.query<{ n: number }>('SELECT COUNT(*) AS n FROM submissions'))[0]?.n).toBe(1);
  });
});
