import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { tierChallengeKinds } from '../../../contract/challenges';
import type { SubmissionDetails } from '../../../contract/review-api';
import {
  addReviewer,
  createSession,
  fixtures,
  idNumberOf,
  injectUpload,
  metadataFor,
  mp4MadeAt,
  signIn,
  startTestServer,
  type TestServer,
} from '../support/test-server';

/**
 * Issue 10 on the server: a session's actions come from the tier the app measured, which the session
 * and the submission record; the recorded route gets a spoken code, is marked, and is never approved
 * automatically; a video whose container says it was made before the session is refused.
 */
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('frame-rate tiers', () => {
  it('picks a slow phone’s actions from the slow tier (no quick blink) and records the tier; an app that says nothing gets standard', async () => {
    server = await startTestServer();
    // 12 sessions (the per-address limit is 20 a minute), a different person each (sessions per ID number are limited too).
    for (let i = 0; i < 12; i += 1) {
      const session = await createSession(server.app, { tier: 'slow', idNumber: idNumberOf(i) });
      for (const kind of session.challenges) expect(tierChallengeKinds.slow).toContain(kind);
      expect(session.spokenCode).toBeUndefined();
    }
    const old = await createSession(server.app);
    for (const kind of old.challenges) expect(tierChallengeKinds.standard).toContain(kind);
    const tiers = await server.query<{ tier: string; route: string }>('SELECT DISTINCT tier, route FROM sessions ORDER BY tier');
    expect(tiers).toEqual([
      { tier: 'slow', route: 'live' },
      { tier: 'standard', route: 'live' },
    ]);
  });

  it('refuses a tier it does not know', async () => {
    server = await startTestServer();
    const response = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '王秀英', idNumber: '11010519491231002X', tier: 'fast' } });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-request', fields: ['tier'] });
  });
});

describe('the recorded route', () => {
  async function submitRecorded(video: Buffer, overrides: Parameters<typeof metadataFor>[1] = {}) {
    if (!server) throw new Error('no server');
    const session = await createSession(server.app, { tier: 'slow', route: 'recorded' });
    const photoUploadId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoUploadId = await injectUpload(server.app, session, 'video', video, 'video/mp4');
    const metadata = metadataFor(
      session,
      {
        route: 'recorded',
        frameRate: { analysedFps: 29.9, tier: 'slow', tierFps: 0 },
        recording: { spokenCode: session.spokenCode ?? '', issuedAt: new Date().toISOString(), fileCreatedAt: null },
        video: { mimeType: 'video/mp4', bytes: video.length },
        ...overrides,
      },
      { photo: fixtures.jpeg, video },
    );
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: session.sessionId, nonce: session.nonce, photoUploadId, videoUploadId, metadata, idempotencyKey: `key-${session.sessionId}` },
    });
    return { session, response };
  }

  it('gives a 4-digit code to read aloud, marks the submission, and never approves it automatically', async () => {
    server = await startTestServer({ AUTO_APPROVE_PRECHECKED: 'true' });
    const { session, response } = await submitRecorded(mp4MadeAt(new Date(Date.now() + 5_000)));
    expect(session.spokenCode).toMatch(/^\d{4}$/);
    expect(response.statusCode).toBe(201);
    const receipt = response.json<SubmissionReceiptDto>();

    const stored = await server.query<{ state: string; route: string; tier: string; spoken_code: string }>('SELECT state, route, tier, spoken_code FROM submissions');
    expect(stored).toEqual([{ state: 'received', route: 'recorded', tier: 'slow', spoken_code: session.spokenCode }]);
    expect(await server.query('SELECT * FROM audit_log')).toEqual([]);

    // The reviewer sees the route, the code to listen for, and why it is for a person.
    await addReviewer(server.app, 'reviewer1', 'a long password here');
    const cookie = await signIn(server.app, 'reviewer1', 'a long password here');
    const details = (await server.app.inject({ method: 'GET', url: `/api/review/submissions/${receipt.submissionId}`, headers: { cookie } })).json<SubmissionDetails>();
    expect(details).toMatchObject({ route: 'recorded', tier: 'slow', spokenCode: session.spokenCode });
    const route = details.precheckResults.find((result) => result.check === 'evidence-route');
    expect(route?.outcome).toBe('warn');
    expect(route?.detail).toContain(session.spokenCode);
    expect(details.precheckResults.find((result) => result.check === 'video-created')?.outcome).toBe('pass');
  });

  it('refuses a video whose container says it was made before the session (a clip from the gallery), keeping nothing', async () => {
    server = await startTestServer();
    const { response } = await submitRecorded(mp4MadeAt(new Date(Date.now() - 3 * 24 * 3600_000)));
    expect(response.statusCode).toBe(422);
    expect(response.json()).toMatchObject({ code: 'recorded-before-session' });
    expect(await server.query('SELECT id FROM submissions')).toEqual([]);
    expect(await server.query('SELECT id FROM uploads')).toEqual([]);
  });

  it('takes a video that does not say when it was made, with the date question left to the reviewer', async () => {
    server = await startTestServer();
    const { response } = await submitRecorded(mp4MadeAt(null));
    expect(response.statusCode).toBe(201);
    const [stored] = await server.query<{ precheck_results: string }>('SELECT precheck_results FROM submissions');
    const results = JSON.parse(stored?.precheck_results ?? '[]') as { check: string; outcome: string }[];
    expect(results.find((result) => result.check === 'video-created')?.outcome).toBe('unknown');
  });

  it('a phone that could not check its video (no WebGL): stored as recorded and not checked on the phone, never approved automatically, the container date still checked', async () => {
    server = await startTestServer({ AUTO_APPROVE_PRECHECKED: 'true', VIDEO_MAX_BYTES: '900000' });
    const notChecked = (spokenCode: string) => ({
      actions: [],
      frameRate: undefined,
      recording: { spokenCode, issuedAt: new Date().toISOString(), fileCreatedAt: null, phoneCheck: 'not-possible' as const },
    });
    // The session tells the app the limits to fit the video to (this deployment lowered the video's).
    const probe = await createSession(server.app, { tier: 'slow', route: 'recorded', idNumber: idNumberOf(7) });
    expect(probe.evidenceLimits).toEqual({ photoMaxBytes: 2 * 1024 * 1024, videoMaxBytes: 900_000, videoMaxDurationMs: 60_000 });

    const refused = await submitRecorded(mp4MadeAt(new Date(Date.now() - 3 * 24 * 3600_000)), notChecked('0000'));
    expect(refused.response.statusCode).toBe(422);
    expect(refused.response.json()).toMatchObject({ code: 'recorded-before-session' });

    const { session, response } = await submitRecorded(mp4MadeAt(new Date(Date.now() + 5_000)), notChecked(''));
    expect(response.statusCode).toBe(400); // the code shown must be the 4 digits
    const { response: accepted } = await submitRecorded(mp4MadeAt(new Date(Date.now() + 5_000)), notChecked(session.spokenCode ?? ''));
    expect(accepted.statusCode, accepted.body).toBe(201);
    const stored = await server.query<{ state: string; route: string; metadata: string }>('SELECT state, route, metadata FROM submissions');
    expect(stored.map(({ state, route }) => ({ state, route }))).toEqual([{ state: 'received', route: 'recorded' }]);
    expect(JSON.parse(stored[0]?.metadata ?? '{}')).toMatchObject({ route: 'recorded', actions: [], recording: { phoneCheck: 'not-possible' } });
    expect(await server.query('SELECT * FROM audit_log')).toEqual([]);

    await addReviewer(server.app, 'reviewer1', 'a long password here');
    const cookie = await signIn(server.app, 'reviewer1', 'a long password here');
    const { submissionId } = accepted.json<SubmissionReceiptDto>();
    const details = (await server.app.inject({ method: 'GET', url: `/api/review/submissions/${submissionId}`, headers: { cookie } })).json<SubmissionDetails>();
    // Opening it puts it in review; nothing has decided it.
    expect(details).toMatchObject({ route: 'recorded', phoneCheck: 'not-possible', state: 'in-review' });
    expect(details.decision).toBeUndefined();
    const notes = (check: string) => details.precheckResults.find((result) => result.check === check)?.notes?.map((note) => note.code);
    expect(notes('actions-in-challenge-order')).toEqual(['not-checked-on-phone']);
    expect(notes('evidence-route')).toEqual(['route-recorded-unchecked']);
  });

  it('refuses "not checked on the phone" outside the recorded route', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const photoUploadId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoUploadId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const metadata = metadataFor(session, { actions: [], recording: { spokenCode: '1234', issuedAt: new Date().toISOString(), fileCreatedAt: null, phoneCheck: 'not-possible' } });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: session.sessionId, nonce: session.nonce, photoUploadId, videoUploadId, metadata, idempotencyKey: `key-${session.sessionId}` },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'invalid-request', fields: ['metadata.recording.phoneCheck'] });
    expect(await server.query('SELECT id FROM submissions')).toEqual([]);
  });

  it('marks a submission recorded when the app says so, even if the session was started as live', async () => {
    server = await startTestServer({ AUTO_APPROVE_PRECHECKED: 'true' });
    const session = await createSession(server.app);
    const photoUploadId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const videoUploadId = await injectUpload(server.app, session, 'video', fixtures.webm);
    const metadata = metadataFor(session, { route: 'recorded' });
    const response = await server.app.inject({
      method: 'POST',
      url: '/api/submissions',
      payload: { sessionId: session.sessionId, nonce: session.nonce, photoUploadId, videoUploadId, metadata, idempotencyKey: `key-${session.sessionId}` },
    });
    expect(response.statusCode).toBe(201);
    expect(await server.query('SELECT state, route FROM submissions')).toEqual([{ state: 'received', route: 'recorded' }]);
  });
});
