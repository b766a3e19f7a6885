import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { createSession, fixtures, injectUpload, makeTempDir, startTestServer, submissionBody, type TestServer } from '../support/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  // The last one removes the shared data folder.
  for (const server of servers.splice(0).reverse()) await server.close();
});

/** Two servers on one data folder and database: nothing in one process's memory can keep them apart. */
async function twoServers(): Promise<[TestServer, TestServer]> {
  const dataDir = makeTempDir();
  const first = await startTestServer({}, {}, dataDir);
  const second = await startTestServer({}, {}, dataDir);
  servers.push(second, first);
  return [first, second];
}

describe('submissions racing on two servers (the database decides, not a lock in memory)', () => {
  it('the same submission sent to both at once is stored once; both answers carry the same receipt', async () => {
    const [a, b] = await twoServers();
    for (let round = 0; round < 5; round += 1) {
      const session = await createSession(a.app);
      const body = submissionBody(session, await injectUpload(a.app, session, 'photo', fixtures.jpeg), await injectUpload(b.app, session, 'video', fixtures.webm));
      const answers = await Promise.all([a, b, a, b].map((server) => server.app.inject({ method: 'POST', url: '/api/submissions', payload: body })));
      expect(answers.map((answer) => answer.statusCode).sort()).toEqual([200, 200, 200, 201]);
      const receipts = answers.map((answer) => answer.json<SubmissionReceiptDto>());
      for (const receipt of receipts) expect(receipt).toEqual(receipts[0]);
    }
    expect(await a.query('SELECT id FROM submissions')).toHaveLength(5);
    expect(a.evidenceFiles()).toHaveLength(10);
    expect(a.stagedFiles()).toEqual([]);
  });

  it('one session submitted under two idempotency keys at once: one submission, the other is told the session was used', async () => {
    const [a, b] = await twoServers();
    const session = await createSession(a.app);
    const photo = await injectUpload(a.app, session, 'photo', fixtures.jpeg);
    const video = await injectUpload(a.app, session, 'video', fixtures.webm);
    const answers = await Promise.all([
      a.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video, { idempotencyKey: 'first-key-123' }) }),
      b.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video, { idempotencyKey: 'second-key-456' }) }),
    ]);
    expect(answers.map((answer) => answer.statusCode).sort()).toEqual([201, 409]);
    expect(answers.find((answer) => answer.statusCode === 409)?.json()).toMatchObject({ code: 'nonce-already-used' });
    expect(await a.query('SELECT id FROM submissions')).toHaveLength(1);
    expect(a.evidenceFiles()).toHaveLength(2);
  });
});
