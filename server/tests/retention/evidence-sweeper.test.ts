import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { sweepOnce } from '../../src/retention/evidence-sweeper';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  manualClock,
  signIn,
  startTestServer,
  submissionBody,
  type TestServer,
} from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const day = 24 * 3600 * 1000;

describe('retention sweep', () => {
  it('deletes evidence N days after the decision, keeps undecided evidence, and forgets unused sessions', async () => {
    const clock = manualClock(new Date('2026-11-27T08:00:00Z'));
    server = await startTestServer({ EVIDENCE_RETENTION_DAYS: '30' }, { now: clock.now });
    const { app } = server;
    const submit = async () => {
      const session = await createSession(app);
      const photoId = await injectUpload(app, session, 'photo', fixtures.jpeg);
      const videoId = await injectUpload(app, session, 'video', fixtures.webm);
      return (await app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoId, videoId, {}, clock.now()) })).json<SubmissionReceiptDto>();
    };
    const decided = await submit();
    const pending = await submit();
    const abandoned = await createSession(app);
    await injectUpload(app, abandoned, 'photo', fixtures.jpeg);
    await addReviewer(app, 'reviewer1', 'a long review password');
    const cookie = await signIn(app, 'reviewer1', 'a long review password');
    await app.inject({ method: 'POST', url: `/api/review/submissions/${decided.submissionId}/decision`, headers: { cookie, 'x-requested-with': 'review-console' }, payload: { decision: 'approve' } });

    clock.advance(29 * day);
    // Expired sessions go, used or not (a submission keeps its own copy of what it needs).
    expect(await sweepOnce(app.serverContext)).toEqual({ evidenceDeleted: 0, sessionsDeleted: 3, stagedUploadsDeleted: 1, recordsScrubbed: 0 });
    expect(server.evidenceFiles()).toHaveLength(4);
    expect(server.stagedFiles()).toEqual([]);
    expect(await server.query('SELECT id FROM sessions')).toEqual([]);
    expect(await server.query('SELECT id FROM uploads')).toEqual([]);

    clock.advance(2 * day);
    expect(await sweepOnce(app.serverContext)).toMatchObject({ evidenceDeleted: 1 });
    expect(server.evidenceFiles()).toEqual([`${pending.submissionId}/photo`, `${pending.submissionId}/video`]);
    const freshCookie = await signIn(app, 'reviewer1', 'a long review password'); // the first one expired
    const photo = await app.inject({ method: 'GET', url: `/api/review/submissions/${decided.submissionId}/photo`, headers: { cookie: freshCookie } });
    expect(photo.statusCode).toBe(404);
    expect(photo.json()).toMatchObject({ code: 'evidence-not-found' });
    const status = await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${decided.statusToken}` } });
    expect(status.json()).toMatchObject({ state: 'approved' });
    expect(await server.query<{ actor: string; action: string }>("SELECT actor, action FROM audit_log WHERE actor = 'retention'")).toEqual([{ actor: 'retention', action: 'evidence-deleted' }]);

    // RECORD_RETENTION_DAYS (400) after the decision, the person's details go; the state stays readable.
    clock.advance(370 * day);
    expect(await sweepOnce(app.serverContext)).toMatchObject({ recordsScrubbed: 1 });
    const rows = await server.query<{ id: string; name: string; id_number: string; phone: string | null; state: string }>('SELECT id, name, id_number, phone, state FROM submissions ORDER BY id');
    expect(rows.find((row) => row.id === decided.submissionId)).toMatchObject({ name: '', id_number: '', phone: null, state: 'approved' });
    expect(rows.find((row) => row.id === pending.submissionId)?.name).toBe('王秀英');
    const later = await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${decided.statusToken}` } });
    expect(later.json()).toMatchObject({ state: 'approved' });
  });
});
