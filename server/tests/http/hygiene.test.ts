import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import {
  addReviewer,
  createSession,
  fixtures,
  injectUpload,
  signIn,
  startTestServer,
  submissionBody,
  validIdNumber,
  type TestServer,
} from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('security headers', () => {
  it('sends a strict CSP with no inline script and no third-party origin, and nosniff', async () => {
    server = await startTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/config.json' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toMatch(/https?:\/\//);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    const docs = await server.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.body).toContain('POST /api/submissions');
    expect(docs.body).not.toContain('<script');
    const yaml = await server.app.inject({ method: 'GET', url: '/api/docs/openapi.yaml' });
    expect(yaml.body).toMatch(/^openapi: 3\.1\.0/);
  });
});

describe('health', () => {
  it('answers with the database state and no personal data', async () => {
    server = await startTestServer();
    const response = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ ok: true, database: true, storage: { writable: true, low: false }, uploadsInFlight: 0 });
    expect(Object.keys(response.json())).toEqual(['ok', 'database', 'storage', 'uploadsInFlight']);
  });
});

describe('CORS', () => {
  it('allows only the configured origins', async () => {
    server = await startTestServer({ CORS_ORIGINS: 'https://app.agency.example' });
    const preflight = (origin: string) =>
      server!.app.inject({
        method: 'OPTIONS',
        url: '/api/sessions',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
      });
    expect((await preflight('https://app.agency.example')).headers['access-control-allow-origin']).toBe('https://app.agency.example');
    expect((await preflight('https://evil.example')).headers['access-control-allow-origin']).toBeUndefined();
    const tusPreflight = await server.app.inject({
      method: 'OPTIONS',
      url: '/api/uploads/',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
    });
    expect(tusPreflight.headers['access-control-allow-origin']).not.toBe('https://evil.example');
  });

  it('allows no other origin by default', async () => {
    server = await startTestServer();
    const response = await server.app.inject({ method: 'OPTIONS', url: '/api/sessions', headers: { origin: 'https://app.agency.example', 'access-control-request-method': 'POST' } });
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('logs', () => {
  it('never contain ID numbers, names, phones, nonces, tokens or passwords, even at debug level', async () => {
    const lines: string[] = [];
    server = await startTestServer({ LOG_LEVEL: 'trace' }, { logger: true, logStream: { write: (line) => lines.push(line) } });
    const { app } = server;
    const session = await createSession(app, { name: '赵淑兰', phone: '13912345678' });
    const photoId = await injectUpload(app, session, 'photo', fixtures.jpeg);
    const videoId = await injectUpload(app, session, 'video', fixtures.webm);
    const receipt = (await app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photoId, videoId) })).json<SubmissionReceiptDto>();
    await app.inject({ method: 'GET', url: '/api/status', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    await app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '钱多多', idNumber: '110105194912310021' } });
    await addReviewer(app, 'reviewer1', 'a long review password');
    const cookie = await signIn(app, 'reviewer1', 'a long review password');
    await app.inject({ method: 'GET', url: '/api/review/queue', headers: { cookie } });
    const log = lines.join('');
    expect(log).toContain('submission received'); // the log is really captured
    for (const secret of [validIdNumber, '110105194912310021', '赵淑兰', '钱多多', '13912345678', session.nonce, receipt.statusToken, 'a long review password', cookie.split('=')[1] ?? 'x']) {
      expect(log, secret).not.toContain(secret);
    }
  });
});
