import { request } from 'node:http';
import pg from 'pg';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { postgresAvailable, postgresSkipReason, sharedTestPostgres } from '../support/test-database';
import { createSession, rawCreateUpload, startTestServer, type TestServer } from '../support/test-server';

const servers: TestServer[] = [];
afterEach(async () => {
  for (const server of servers.splice(0)) await server.close().catch(() => undefined);
});
afterAll(async () => {
  if (postgresAvailable) await (await sharedTestPostgres()).stop();
});

describe('health for load balancers', () => {
  it('live and ready answer 200 with nothing personal, uncached', async () => {
    const server = await startTestServer();
    servers.push(server);
    const live = await server.app.inject({ method: 'GET', url: '/api/health/live' });
    expect(live.statusCode).toBe(200);
    expect(live.json()).toEqual({ live: true });
    const ready = await server.app.inject({ method: 'GET', url: '/api/health/ready' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ ready: true, draining: false, database: 'ok' });
    expect(ready.headers['cache-control']).toBe('no-store');
  });

  it('ready is 503 while the server drains (closing, as on SIGTERM, with an upload still arriving)', async () => {
    const server = await startTestServer({ SHUTDOWN_GRACE_SECONDS: '5' });
    servers.push(server);
    await server.listen();
    const session = await createSession(server.app);
    const created = await rawCreateUpload(server.app, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' }, 1000);
    // An upload in flight keeps the server draining (it waits for it before closing).
    const patch = request(`${server.baseUrl}/api/uploads/${created.id}`, {
      method: 'PATCH',
      headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}`, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': '1000' },
    });
    patch.on('error', () => undefined);
    patch.write(Buffer.alloc(100));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.app.uploadsInFlight()).toBe(1);
    const closing = server.app.close();
    const ready = await fetch(`${server.baseUrl}/api/health/ready`).catch(() => null);
    expect(ready?.status).toBe(503);
    patch.end(Buffer.alloc(900));
    await closing;
  });
});

// Needs Debian's postgresql (CI installs it); elsewhere skipped, with the reason in the name.
describe.skipIf(!postgresAvailable)(`health with PostgreSQL${postgresSkipReason ? ` (skipped: ${postgresSkipReason})` : ''}`, () => {
  it('ready is 503 "unreachable" while the database refuses connections, and 200 again once it is back', async () => {
    const url = await (await sharedTestPostgres()).freshDatabase();
    const server = await startTestServer({ DATABASE_URL: url });
    servers.push(server);
    const name = new URL(url).pathname.slice(1);
    const admin = new pg.Client({ connectionString: new URL('/postgres', url).href });
    await admin.connect();
    try {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS false`);
      await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1', [name]);
      const down = await server.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(down.statusCode).toBe(503);
      expect(down.json()).toEqual({ ready: false, draining: false, database: 'unreachable' });
      expect((await server.app.inject({ method: 'GET', url: '/api/health/live' })).statusCode).toBe(200);
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`);
      const up = await server.app.inject({ method: 'GET', url: '/api/health/ready' });
      expect(up.statusCode).toBe(200);
    } finally {
      await admin.query(`ALTER DATABASE ${name} ALLOW_CONNECTIONS true`).catch(() => undefined);
      await admin.end();
    }
  }, 30_000);
});
