import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { StatusResponse, SubmissionReceiptDto } from '../../../contract/certification-api';
import { databaseFileName } from '../../src/db/open-database';
import { sweepOnce } from '../../src/retention/evidence-sweeper';
import { readFileSync } from 'node:fs';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  manualClock,
  rawCreateUpload,
  signIn,
  startTestServer,
  submissionBody,
  validIdNumber,
  type TestServer,
} from '../support/test-server';
import { testsUsePostgres } from '../support/test-database';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const newSession = (current: TestServer, name: string) => current.app.inject({ method: 'POST', url: '/api/sessions', payload: { name, idNumber: validIdNumber } });

describe('finding 9: names with invisible, bidi-override and control characters', () => {
  it.each([
    ['a right-to-left override', '王\u202E秀英'],
    ['a zero-width space', '王秀\u200B英'],
    ['a zero-width joiner', '王\u200D秀英'],
    ['a byte-order mark', '\uFEFF王秀英'],
    ['a control character', '王秀英\u0007'],
    ['a line break', '王秀\n英'],
    ['a Hangul filler', '王\u3164秀英'],
  ])('refuses %s (400 invalid-name), storing nothing', async (_what, name) => {
    server ??= await startTestServer({ SESSIONS_PER_PERSON_PER_HOUR: '100', SESSION_RATE_LIMIT_PER_MINUTE: '100' });
    const response = await newSession(server, name);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-name', problem: 'invisible-characters', fields: ['name'] });
    expect(await server.query('SELECT id FROM sessions')).toEqual([]);
  });

  it('stores names normalised (NFC, single spaces), so the same name is always the same bytes', async () => {
    server = await startTestServer();
    const decomposed = 'Jose\u0301  Garci\u0301a'; // é and í as letter + combining accent, two spaces
    expect((await newSession(server, decomposed)).statusCode).toBe(201);
    expect((await newSession(server, '阿依古丽·买买提')).statusCode).toBe(201);
    expect((await server.query<{ name: string }>('SELECT name FROM sessions ORDER BY created_at, name')).map((row) => row.name).sort()).toEqual(['José García', '阿依古丽·买买提'].sort());
  });
});

describe('finding 9: disk errors', () => {
  it('answer 503 storage-unavailable with Retry-After (not a generic 500), lose nothing, and health says so', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const body = submissionBody(session, await injectUpload(server.app, session, 'photo', fixtures.jpeg), await injectUpload(server.app, session, 'video', fixtures.webm));
    const evidenceDir = path.join(server.dataDir, 'evidence');
    rmSync(evidenceDir, { recursive: true });
    writeFileSync(evidenceDir, 'a broken disk'); // as root, permission bits would not stop a write; this does

    const refused = await server.app.inject({ method: 'POST', url: '/api/submissions', payload: body });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'storage-unavailable' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ ok: false, storage: { writable: false } });

    // The disk is repaired: the same request (the app's retry) goes through; nothing was lost.
    rmSync(evidenceDir);
    mkdirSync(evidenceDir, { mode: 0o700 });
    expect((await server.app.inject({ method: 'POST', url: '/api/submissions', payload: body })).statusCode).toBe(201);
    expect(await server.query('SELECT id FROM submissions')).toHaveLength(1);
  });

  it('in the upload staging area too: a new upload gets 503 storage-unavailable', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const uploads = path.join(server.dataDir, 'uploads');
    rmSync(uploads, { recursive: true });
    writeFileSync(uploads, 'a broken disk');
    const created = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, 100);
    expect(created.statusCode).toBe(503);
    expect(JSON.parse(created.body)).toMatchObject({ code: 'storage-unavailable' });
  });
});

describe('finding 9: reviewer sessions', () => {
  it('end when the reviewer gets a new password', async () => {
    server = await startTestServer();
    await addReviewer(server.app, 'reviewer1', 'the first long password');
    const cookie = await signIn(server.app, 'reviewer1', 'the first long password');
    expect((await server.app.inject({ method: 'GET', url: '/api/review/me', headers: { cookie } })).statusCode).toBe(200);
    await addReviewer(server.app, 'reviewer1', 'a second long password'); // what npm run review:add-user does
    const after = await server.app.inject({ method: 'GET', url: '/api/review/me', headers: { cookie } });
    expect(after.statusCode).toBe(401);
    expect(await server.query('SELECT token_hash FROM review_sessions')).toEqual([]);
    expect(await signIn(server.app, 'reviewer1', 'a second long password')).toMatch(/^review_session=/);
  });
});

describe('finding 9: the reviewer’s free-text reason', () => {
  it('is scrubbed by retention with the other personal details, from the submission and the audit log', async () => {
    const clock = manualClock(new Date('2026-11-27T08:00:00Z'));
    server = await startTestServer({ RECORD_RETENTION_DAYS: '400' }, { now: clock.now });
    const session = await createSession(server.app);
    const photo = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const video = await injectUpload(server.app, session, 'video', fixtures.webm);
    const receipt = (await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video, {}, clock.now()) })).json<SubmissionReceiptDto>();
    await addReviewer(server.app, 'reviewer1', 'a long review password');
    const cookie = await signIn(server.app, 'reviewer1', 'a long review password');
    const note = '照片上是她女儿王小红，不是本人';
    await server.app.inject({
      method: 'POST',
      url: `/api/review/submissions/${receipt.submissionId}/decision`,
      headers: { cookie, 'x-requested-with': 'review-console' },
      payload: { decision: 'reject', reasonCode: 'not-the-person', reasonText: note },
    });

    clock.advance(401 * 24 * 3600_000);
    expect(await sweepOnce(server.app.serverContext)).toMatchObject({ recordsScrubbed: 1 });
    expect(await server.query('SELECT reason_code, reason_text FROM submissions')).toEqual([{ reason_code: 'not-the-person', reason_text: null }]);
    expect(await server.query("SELECT detail FROM audit_log WHERE action = 'decision:reject'")).toEqual([{ detail: 'not-the-person' }]);
    const status = (await server.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } })).json<StatusResponse>();
    expect(status).toMatchObject({ state: 'rejected', reasonCode: 'not-the-person' });
    expect(status.reasonText).toBeUndefined();
    if (!testsUsePostgres) expect(readFileSync(path.join(server.dataDir, databaseFileName)).includes(Buffer.from('王小红'))).toBe(false);
  });
});
