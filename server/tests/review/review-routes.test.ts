import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import type { AuditResponse, ReasonsResponse } from '../../../contract/review-api';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  signIn,
  startTestServer,
  submissionBody,
  type TestServer,
} from '../support/test-server';

let server: TestServer;
const password = 'a long review password';
const csrf = { 'x-requested-with': 'review-console' };

async function submitOne(): Promise<SubmissionReceiptDto> {
  const session = await createSession(server.app);
  const photoId = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
  const videoId = await injectUpload(server.app, session, 'video', fixtures.webm);
  const response = await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoId, videoId) });
  return response.json<SubmissionReceiptDto>();
}

beforeEach(async () => {
  server = await startTestServer();
  await addReviewer(server.app, 'reviewer1', password);
});
afterEach(async () => {
  await server.close();
});

describe('review sign-in', () => {
  it('refuses a wrong password or an unknown user, and audits the attempt', async () => {
    for (const payload of [{ username: 'reviewer1', password: 'wrong password!' }, { username: 'nobody', password }]) {
      const response = await server.app.inject({ method: 'POST', url: '/api/review/login', headers: csrf, payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toMatchObject({ code: 'invalid-credentials' });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    expect((await server.query<{ action: string }>('SELECT action FROM audit_log ORDER BY id')).map((row) => row.action)).toEqual(['login-failed', 'login-failed']);
    expect(await server.query('SELECT token_hash FROM review_sessions')).toEqual([]);
  });

  it('sets an HttpOnly, SameSite=Strict cookie scoped to the review API; the session is stored hashed', async () => {
    const response = await server.app.inject({ method: 'POST', url: '/api/review/login', headers: csrf, payload: { username: 'reviewer1', password } });
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((candidate) => candidate.name === 'review_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/api/review' });
    expect(cookie?.secure).toBeFalsy(); // plain http on 127.0.0.1 ('auto')
    expect(cookie?.value.length).toBeGreaterThanOrEqual(43);
    expect(JSON.stringify(await server.query('SELECT * FROM review_sessions'))).not.toContain(cookie?.value ?? '');
    const me = await server.app.inject({ method: 'GET', url: '/api/review/me', headers: { cookie: `review_session=${cookie?.value}` } });
    expect(me.json()).toEqual({ username: 'reviewer1' });
  });

  it('marks the cookie Secure behind HTTPS (REVIEW_COOKIE_SECURE=true)', async () => {
    const secure = await startTestServer({ REVIEW_COOKIE_SECURE: 'true' });
    try {
      await addReviewer(secure.app, 'reviewer1', password);
      const response = await secure.app.inject({ method: 'POST', url: '/api/review/login', headers: csrf, payload: { username: 'reviewer1', password } });
      expect(response.cookies.find((candidate) => candidate.name === 'review_session')?.secure).toBe(true);
    } finally {
      await secure.close();
    }
  });

  it('requires the CSRF header and the same origin for state-changing calls', async () => {
    const noHeader = await server.app.inject({ method: 'POST', url: '/api/review/login', payload: { username: 'reviewer1', password } });
    expect(noHeader.statusCode).toBe(403);
    expect(noHeader.json()).toMatchObject({ code: 'csrf-check-failed' });
    const crossSite = await server.app.inject({
      method: 'POST',
      url: '/api/review/login',
      headers: { ...csrf, origin: 'https://evil.example', host: 'review.agency.example' },
      payload: { username: 'reviewer1', password },
    });
    expect(crossSite.statusCode).toBe(403);
    const receipt = await submitOne();
    const cookie = await signIn(server.app, 'reviewer1', password);
    const decision = await server.app.inject({ method: 'POST', url: `/api/review/submissions/${receipt.submissionId}/decision`, headers: { cookie }, payload: { decision: 'approve' } });
    expect(decision.statusCode).toBe(403);
    expect((await server.query<{ state: string }>('SELECT state FROM submissions'))[0]?.state).toBe('received');
  });

  it('forgets expired review sessions in the sweep', async () => {
    const clock = { at: new Date('2026-11-27T08:00:00Z') };
    const timed = await startTestServer({}, { now: () => clock.at });
    try {
      await addReviewer(timed.app, 'reviewer1', password);
      const cookie = await signIn(timed.app, 'reviewer1', password);
      clock.at = new Date(clock.at.getTime() + 8 * 3600_000 + 1);
      expect((await timed.app.inject({ method: 'GET', url: '/api/review/me', headers: { cookie } })).statusCode).toBe(401);
      const { sweepOnce } = await import('../../src/retention/evidence-sweeper');
      await sweepOnce(timed.app.serverContext);
      expect(await timed.query('SELECT token_hash FROM review_sessions')).toEqual([]);
    } finally {
      await timed.close();
    }
  });

  it('signs out: the old cookie no longer works', async () => {
    const cookie = await signIn(server.app, 'reviewer1', password);
    expect((await server.app.inject({ method: 'POST', url: '/api/review/logout', headers: { cookie, ...csrf } })).statusCode).toBe(204);
    expect((await server.app.inject({ method: 'GET', url: '/api/review/me', headers: { cookie } })).statusCode).toBe(401);
  });
});

describe('only signed-in reviewers read evidence and decide', () => {
  it('refuses everyone else: no cookie, a forged cookie, a status token', async () => {
    const receipt = await submitOne();
    const id = receipt.submissionId;
    const strangers: Array<Record<string, string>> = [
      {},
      { cookie: 'review_session=forged-session-value-that-is-long-enough' },
      { authorization: `Bearer ${receipt.statusToken}` },
    ];
    for (const headers of strangers) {
      for (const url of ['/api/review/queue', `/api/review/submissions/${id}`, `/api/review/submissions/${id}/photo`, `/api/review/submissions/${id}/video`, '/api/review/audit', '/api/review/reasons']) {
        const response = await server.app.inject({ method: 'GET', url, headers });
        expect(response.statusCode, url).toBe(401);
        expect(response.json()).toMatchObject({ code: 'not-signed-in' });
      }
      const decision = await server.app.inject({ method: 'POST', url: `/api/review/submissions/${id}/decision`, headers: { ...headers, ...csrf }, payload: { decision: 'approve' } });
      expect(decision.statusCode).toBe(401);
    }
    expect(await server.query<{ state: string }>('SELECT state FROM submissions')).toEqual([{ state: 'received' }]);
    expect(await server.query('SELECT id FROM audit_log')).toEqual([]);
  });

  it('refuses path traversal in submission ids', async () => {
    const cookie = await signIn(server.app, 'reviewer1', password);
    for (const url of ['/api/review/submissions/..%2F..%2Fcertification.sqlite/photo', '/api/review/submissions/%2e%2e/video', "/api/review/submissions/1' OR '1'='1"]) {
      const response = await server.app.inject({ method: 'GET', url, headers: { cookie } });
      expect(response.statusCode, url).toBe(404);
    }
  });
});

describe('decisions', () => {
  it('need a reason from the list for reject and redo, happen once, and write audit rows', async () => {
    const receipt = await submitOne();
    const cookie = await signIn(server.app, 'reviewer1', password);
    const headers = { cookie, ...csrf };
    const url = `/api/review/submissions/${receipt.submissionId}/decision`;
    const reasons = (await server.app.inject({ method: 'GET', url: '/api/review/reasons', headers: { cookie } })).json<ReasonsResponse>().reasons;
    expect(reasons.length).toBeGreaterThan(3);
    const refused: Array<[Record<string, unknown>, string]> = [
      [{ decision: 'reject' }, 'reason-required'],
      [{ decision: 'reject', reasonCode: 'made-up' }, 'unknown-reason'],
      [{ decision: 'reject', reasonCode: 'too-dark' }, 'unknown-reason'], // a redo-only reason
      [{ decision: 'redo', reasonCode: 'other', reasonText: '   ' }, 'reason-required'],
      [{ decision: 'maybe' }, 'invalid-request'],
    ];
    for (const [payload, code] of refused) {
      const response = await server.app.inject({ method: 'POST', url, headers, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json()).toMatchObject({ code });
    }
    const reject = await server.app.inject({ method: 'POST', url, headers, payload: { decision: 'reject', reasonCode: 'not-the-person', reasonText: `"'; DROP TABLE audit_log; --` } });
    expect(reject.statusCode).toBe(200);
    expect(reject.json()).toMatchObject({ id: receipt.submissionId, state: 'rejected' });
    const twice = await server.app.inject({ method: 'POST', url, headers, payload: { decision: 'approve' } });
    expect(twice.statusCode).toBe(409);
    expect(twice.json()).toMatchObject({ code: 'already-decided' });
    const audit = (await server.app.inject({ method: 'GET', url: '/api/review/audit', headers: { cookie } })).json<AuditResponse>().entries;
    const decisions = audit.filter((entry) => entry.action.startsWith('decision:'));
    expect(decisions).toEqual([
      expect.objectContaining({ actor: 'reviewer1', action: 'decision:reject', submissionId: receipt.submissionId, detail: `not-the-person: "'; DROP TABLE audit_log; --` }),
    ]);
    const status = await server.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    expect(status.json()).toMatchObject({ state: 'rejected', reasonCode: 'not-the-person' });
  });

  it('lists the queue by state, oldest first, with masked ID numbers', async () => {
    const first = await submitOne();
    const second = await submitOne();
    const cookie = await signIn(server.app, 'reviewer1', password);
    await server.app.inject({ method: 'POST', url: `/api/review/submissions/${first.submissionId}/decision`, headers: { cookie, ...csrf }, payload: { decision: 'approve' } });
    const pending = (await server.app.inject({ method: 'GET', url: '/api/review/queue', headers: { cookie } })).json<{ items: Array<{ id: string; idNumberMasked: string }> }>();
    expect(pending.items.map((item) => item.id)).toEqual([second.submissionId]);
    expect(JSON.stringify(pending)).not.toContain('11010519491231002X');
    const approved = (await server.app.inject({ method: 'GET', url: '/api/review/queue?state=approved', headers: { cookie } })).json<{ items: Array<{ id: string }> }>();
    expect(approved.items.map((item) => item.id)).toEqual([first.submissionId]);
    const bad = await server.app.inject({ method: 'GET', url: '/api/review/queue?state=deleted', headers: { cookie } });
    expect(bad.statusCode).toBe(400);
  });
});
