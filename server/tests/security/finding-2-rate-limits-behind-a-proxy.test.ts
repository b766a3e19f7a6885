import { request } from 'node:http';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { startNginx, type Nginx } from '../support/nginx';
import {
  addReviewer,
  createSession,
  fixtures,
  idNumberOf,
  injectUpload,
  startServerProcess,
  startTestServer,
  submissionBody,
  type ServerProcess,
  type TestServer,
} from '../support/test-server';

/** A POST from a given loopback address (127.0.0.2, 127.0.0.3 …: other "clients" on this machine). */
function postFrom(localAddress: string, url: string, body: unknown, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const payload = JSON.stringify(body);
    const req = request(url, { method: 'POST', localAddress, headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)), ...headers } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(payload);
  });
}

describe('finding 2: rate limits behind a reverse proxy (real nginx from Debian in front of the real server)', () => {
  let server: ServerProcess;
  let nginx: Nginx;
  beforeAll(async () => {
    server = await startServerProcess({ env: { TRUST_PROXY: '1', SESSION_RATE_LIMIT_PER_MINUTE: '3', LOG_LEVEL: 'info' } });
    nginx = await startNginx([server.port]);
  }, 60_000);
  afterAll(async () => {
    await nginx?.stop();
    await server?.stop();
  });

  it('two clients behind nginx have separate limits, and a forged X-Forwarded-For changes nothing', async () => {
    let person = 0;
    const newSession = (from: string, headers: Record<string, string> = {}) =>
      postFrom(from, `${nginx.baseUrl}/api/sessions`, { name: '王秀英', idNumber: idNumberOf((person += 1)) }, headers);

    const clientA = [];
    for (let i = 0; i < 4; i += 1) clientA.push(await newSession('127.0.0.2'));
    expect(clientA).toEqual([201, 201, 201, 429]);
    // Another client behind the same proxy still has its own three.
    const clientB = [];
    for (let i = 0; i < 3; i += 1) clientB.push(await newSession('127.0.0.3'));
    expect(clientB).toEqual([201, 201, 201]);
    // A forged header neither frees client A nor makes client C pay for A.
    expect(await newSession('127.0.0.2', { 'x-forwarded-for': '198.51.100.7' })).toBe(429);
    expect(await newSession('127.0.0.2', { 'x-forwarded-for': '127.0.0.9, 198.51.100.8' })).toBe(429);
    expect(await newSession('127.0.0.4', { 'x-forwarded-for': '127.0.0.2' })).toBe(201);

    // The log records the addresses nginx saw, never the invented ones.
    await expect.poll(() => server.output().match(/"url":"\/api\/sessions"/g)?.length).toBe(10);
    const log = server.output();
    expect(log).toContain('"remoteAddress":"127.0.0.2"');
    expect(log).toContain('"remoteAddress":"127.0.0.4"');
    for (const invented of ['198.51.100.7', '198.51.100.8', '127.0.0.9']) expect(log).not.toContain(invented);
    // nginx really was in between (its access log has every request).
    await expect.poll(() => nginx.accessLog().match(/POST \/api\/sessions/g)?.length).toBe(10);
  }, 60_000);
});

describe('finding 2: TRUST_PROXY is a hop count or a list of proxies, never "trust everyone"', () => {
  it('refuses true, reads a hop count or addresses and CIDRs, and defaults to no proxy', () => {
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: 'everyone' })).toThrow(/TRUST_PROXY/);
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.0/33' })).toThrow(/TRUST_PROXY/);
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,::1' }).trustProxy).toEqual(['10.0.0.5', '10.1.0.0/16', '::1']);
  });
});

describe('finding 2: per-person limits that no change of address escapes', () => {
  let server: TestServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('new sessions per ID number', async () => {
    server = await startTestServer({ SESSIONS_PER_PERSON_PER_HOUR: '2' });
    const from = (remoteAddress: string, idNumber: string) =>
      server!.app.inject({ method: 'POST', url: '/api/sessions', remoteAddress, payload: { name: '王秀英', idNumber } });
    expect((await from('203.0.113.1', idNumberOf(1))).statusCode).toBe(201);
    expect((await from('203.0.113.2', idNumberOf(1))).statusCode).toBe(201);
    const third = await from('203.0.113.3', idNumberOf(1));
    expect(third.statusCode).toBe(429);
    expect(third.json()).toMatchObject({ code: 'rate-limited' });
    expect(Number(third.headers['retry-after'])).toBeGreaterThan(0);
    // Someone else is not affected, and a malformed ID number is refused as before (400), not counted.
    expect((await from('203.0.113.3', idNumberOf(2))).statusCode).toBe(201);
    expect((await from('203.0.113.3', '123')).statusCode).toBe(400);
  });

  it('look-ups per receipt code', async () => {
    server = await startTestServer({ LOOKUPS_PER_CODE_PER_HOUR: '3' });
    const session = await createSession(server.app);
    const photo = await injectUpload(server.app, session, 'photo', fixtures.jpeg);
    const video = await injectUpload(server.app, session, 'video', fixtures.webm);
    const receipt = (await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video) })).json<SubmissionReceiptDto>();
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const response = await server.app.inject({ method: 'POST', url: '/api/status/lookup', remoteAddress: `203.0.113.${i}`, payload: { shortCode: receipt.shortCode, idNumberLast4: '002X' } });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });

  it('sign-ins per reviewer account', async () => {
    server = await startTestServer({ LOGINS_PER_ACCOUNT_PER_HOUR: '3' });
    await addReviewer(server.app, 'reviewer1', 'a long review password');
    const statuses: number[] = [];
    for (let i = 1; i <= 4; i += 1) {
      const response = await server.app.inject({
        method: 'POST',
        url: '/api/review/login',
        remoteAddress: `203.0.113.${i}`,
        headers: { 'x-requested-with': 'review-console' },
        payload: { username: i === 4 ? 'Reviewer1' : 'reviewer1', password: i < 3 ? 'wrong password here' : 'a long review password' },
      });
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 200, 429]);
  });
});
