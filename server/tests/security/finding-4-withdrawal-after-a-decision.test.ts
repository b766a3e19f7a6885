import { afterEach, describe, expect, it } from 'vitest';
import type { QueueResponse } from '../../../contract/review-api';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { addReviewer, createSession, fixtures, injectUpload, signIn, startTestServer, submissionBody, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('finding 4: withdrawal after a decision', () => {
  it.each(['approve', 'reject'] as const)('is refused once the reviewer decided (%s): 409, the evidence and the record stay', async (decision) => {
    server = await startTestServer();
    const { app } = server;
    const session = await createSession(app);
    const photo = await injectUpload(app, session, 'photo', fixtures.jpeg);
    const video = await injectUpload(app, session, 'video', fixtures.webm);
    const receipt = (await app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video) })).json<SubmissionReceiptDto>();
    await addReviewer(app, 'reviewer1', 'a long review password');
    const cookie = await signIn(app, 'reviewer1', 'a long review password');
    const decided = await app.inject({
      method: 'POST',
      url: `/api/review/submissions/${receipt.submissionId}/decision`,
      headers: { cookie, 'x-requested-with': 'review-console' },
      payload: decision === 'approve' ? { decision } : { decision, reasonCode: 'not-the-person' },
    });
    expect(decided.statusCode).toBe(200);

    const withdraw = await app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    expect(withdraw.statusCode).toBe(409);
    expect(withdraw.json()).toMatchObject({ code: 'already-decided' });
    expect(withdraw.json<{ message: string }>().message).toMatch(/decision/i);

    expect(server.evidenceFiles()).toEqual([`${receipt.submissionId}/photo`, `${receipt.submissionId}/video`]);
    const state = decision === 'approve' ? 'approved' : 'rejected';
    const queue = (await app.inject({ method: 'GET', url: `/api/review/queue?state=${state}`, headers: { cookie } })).json<QueueResponse>();
    expect(queue.items.map((item) => item.id)).toEqual([receipt.submissionId]);
    expect(await server.query<{ action: string }>("SELECT action FROM audit_log WHERE action = 'withdraw'")).toEqual([]);
  });
});
