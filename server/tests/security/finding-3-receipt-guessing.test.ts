import { afterEach, describe, expect, it } from 'vitest';
import type { StatusResponse, SubmissionReceiptDto } from '../../../contract/certification-api';
import { createSession, fixtures, injectUpload, makeTempDir, startTestServer, submissionBody, type TestServer } from '../support/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0).reverse()) await server.close();
});

async function submitOne(server: TestServer): Promise<SubmissionReceiptDto> {
  const session = await createSession(server.app);
  const photo = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
  const video = await injectUpload(server.app, session, 'video', fixtures.webm);
  const response = await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video) });
  expect(response.statusCode).toBe(201);
  return response.json<SubmissionReceiptDto>();
}

const lookup = (server: TestServer, shortCode: string, idNumberLast4: string, remoteAddress = '203.0.113.1') =>
  server.app.inject({ method: 'POST', url: '/api/status/lookup', remoteAddress, payload: { shortCode, idNumberLast4 } });

describe('finding 3: a receipt can be guessed into', () => {
  it('the look-up code is 16 random digits (53 bits), typed in any grouping', async () => {
    const server = await startTestServer();
    servers.push(server);
    const receipts = [await submitOne(server), await submitOne(server)];
    for (const receipt of receipts) expect(receipt.shortCode).toMatch(/^\d{16}$/);
    expect(receipts[0]?.shortCode).not.toBe(receipts[1]?.shortCode);
    const grouped = (receipts[0]?.shortCode ?? '').replace(/(\d{4})(?=\d)/g, '$1 ');
    expect((await lookup(server, grouped, '002x')).statusCode).toBe(200);
  });

  it('locks a code for good after 5 wrong ID-number endings, counted in the database that every server shares', async () => {
    const dataDir = makeTempDir();
    const a = await startTestServer({}, {}, dataDir);
    const b = await startTestServer({}, {}, dataDir);
    servers.push(a, b);
    const receipt = await submitOne(a);
    const wrong = ['0000', '1234', '9999', '002X'.replace('X', '1'), '5555'];
    for (const [index, last4] of wrong.entries()) {
      const response = await lookup(index % 2 === 0 ? a : b, receipt.shortCode, last4, `203.0.113.${index + 1}`);
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'invalid-short-code' });
    }
    // Now even the right ending is refused, on either server, from any address.
    for (const server of [a, b]) {
      const locked = await lookup(server, receipt.shortCode, '002X', '198.51.100.9');
      expect(locked.statusCode).toBe(423);
      expect(locked.json()).toMatchObject({ code: 'short-code-locked' });
    }
    expect(await a.query<{ lookup_failures: number }>('SELECT lookup_failures FROM submissions')).toEqual([{ lookup_failures: 5 }]);
    // The receipt's own link still works.
    const status = await a.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    expect(status.statusCode).toBe(200);
  });

  it('a right answer does not give the wrong ones back: at most 5 wrong tries ever', async () => {
    const server = await startTestServer();
    servers.push(server);
    const receipt = await submitOne(server);
    let address = 0;
    const attempt = async (last4: string) => (await lookup(server, receipt.shortCode, last4, `203.0.113.${(address += 1)}`)).statusCode;
    for (let round = 0; round < 4; round += 1) {
      expect(await attempt('0000')).toBe(404);
      expect(await attempt('002X')).toBe(200);
    }
    expect(await attempt('0000')).toBe(404);
    expect(await attempt('002X')).toBe(423);
  });

  it('a token from a look-up reads the status only; withdrawing needs the token of the device that submitted', async () => {
    const server = await startTestServer();
    servers.push(server);
    const receipt = await submitOne(server);
    const found = (await lookup(server, receipt.shortCode, '002X')).json<{ statusToken: string }>();
    const read = await server.app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${found.statusToken}` } });
    expect(read.json<StatusResponse>()).toMatchObject({ submissionId: receipt.submissionId, state: 'received' });

    const refused = await server.app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${found.statusToken}` } });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: 'read-only-token' });
    expect(server.evidenceFiles()).toHaveLength(2);
    expect(await server.query<{ state: string }>('SELECT state FROM submissions')).toEqual([{ state: 'received' }]);

    const withdrawn = await server.app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    expect(withdrawn.statusCode).toBe(204);
    expect(server.evidenceFiles()).toEqual([]);
  });
});
