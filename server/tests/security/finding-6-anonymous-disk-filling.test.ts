import { rmSync, statfsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config';
import { sweepStagingOnce } from '../../src/retention/evidence-sweeper';
import { createSession, fixtures, manualClock, rawCreateUpload, rawPatch, startTestServer, type TestServer } from '../support/test-server';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const meta = (session: { sessionId: string; nonce: string }, part: 'photo' | 'video') => ({
  sessionId: session.sessionId,
  nonce: session.nonce,
  part,
  filetype: part === 'photo' ? 'image/jpeg' : 'video/webm',
});

type Health = { ok: boolean; database: boolean; storage: { writable: boolean; freeBytes: number; minFreeBytes: number; low: boolean } };

describe('finding 6: anonymous disk filling', () => {
  it('caps what one session may stage, and what all sessions together may stage', async () => {
    server = await startTestServer({ STAGING_BYTES_PER_SESSION: '1000000', STAGING_MAX_BYTES: '1500000' });
    const first = await createSession(server.app);
    expect((await rawCreateUpload(server.app, meta(first, 'photo'), 600_000)).statusCode).toBe(201);
    const overSession = await rawCreateUpload(server.app, meta(first, 'video'), 500_000);
    expect(overSession.statusCode).toBe(413);
    expect(JSON.parse(overSession.body)).toMatchObject({ code: 'upload-quota-exceeded' });
    expect((await rawCreateUpload(server.app, meta(first, 'video'), 400_000)).statusCode).toBe(201);

    const second = await createSession(server.app);
    const overAll = await rawCreateUpload(server.app, meta(second, 'photo'), 600_000);
    expect(overAll.statusCode).toBe(503);
    expect(JSON.parse(overAll.body)).toMatchObject({ code: 'storage-full' });
    expect((await rawCreateUpload(server.app, meta(second, 'photo'), 400_000)).statusCode).toBe(201);
    expect(await server.query<{ total: number }>('SELECT SUM(declared_bytes) AS total FROM uploads')).toEqual([{ total: 1_400_000 }]);
  });

  it('sweeps abandoned uploads within the hour, and forgets the abandoned person', async () => {
    const defaults = loadConfig({});
    // A session's uploads can be resumed until its upload deadline; the staging sweep runs often enough
    // that nothing abandoned is older than an hour.
    expect(defaults.sessionTtlMs + defaults.uploadGraceMs + defaults.stagingSweepIntervalMs).toBeLessThanOrEqual(60 * 60_000);

    const clock = manualClock(new Date('2026-11-27T08:00:00Z'));
    server = await startTestServer({}, { now: clock.now });
    const abandoned = await createSession(server.app);
    const created = await rawCreateUpload(server.app, meta(abandoned, 'photo'), fixtures.jpeg.length);
    await rawPatch(server.app, created, 0, fixtures.jpeg.subarray(0, 500));
    clock.advance(20 * 60_000);
    const live = await createSession(server.app, { name: '李建国' });
    const kept = await rawCreateUpload(server.app, meta(live, 'photo'), fixtures.jpeg.length);

    clock.advance(26 * 60_000); // the first session's upload deadline (15 + 30 minutes) has passed
    expect(await sweepStagingOnce(server.app.serverContext)).toMatchObject({ stagedUploadsDeleted: 1 });
    expect(server.stagedFiles()).toEqual([kept.id, `${kept.id}.json`]);
    expect(await server.query('SELECT id FROM uploads')).toEqual([{ id: kept.id }]);
    expect(await server.query('SELECT name, id_number, phone FROM sessions WHERE id = ?', abandoned.sessionId)).toEqual([{ name: '', id_number: '', phone: null }]);
    expect(await server.query<{ name: string }>('SELECT name FROM sessions WHERE id = ?', live.sessionId)).toEqual([{ name: '李建国' }]);
  });

  it('refuses new sessions and uploads with 503 and Retry-After below the free-space watermark, and health says so', async () => {
    server = await startTestServer();
    const session = await createSession(server.app);
    const healthy = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(healthy.statusCode).toBe(200);
    const report = healthy.json<Health>();
    expect(report).toMatchObject({ ok: true, database: true, storage: { writable: true, low: false } });
    // The real free space of the data folder's file system, as statfs reports it.
    const disk = statfsSync(server.dataDir);
    expect(Math.abs(report.storage.freeBytes - disk.bavail * disk.bsize)).toBeLessThan(512 * 1024 * 1024);

    server.config.minFreeDiskBytes = report.storage.freeBytes * 2; // as if the disk were nearly full
    const refused = await server.app.inject({ method: 'POST', url: '/api/sessions', payload: { name: '王秀英', idNumber: '11010519491231002X' } });
    expect(refused.statusCode).toBe(503);
    expect(refused.json()).toMatchObject({ code: 'storage-full' });
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    const upload = await server.app.inject({
      method: 'POST',
      url: '/api/uploads/',
      headers: { 'tus-resumable': '1.0.0', 'upload-length': '100', 'upload-metadata': `sessionId ${Buffer.from(session.sessionId).toString('base64')}` },
    });
    expect(upload.statusCode).toBe(503);
    expect(Number(upload.headers['retry-after'])).toBeGreaterThan(0);
    const low = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(low.statusCode).toBe(503);
    expect(low.json<Health>()).toMatchObject({ ok: false, storage: { low: true, writable: true } });
  });

  it('health reports a staging folder that cannot be written', async () => {
    server = await startTestServer();
    const uploads = path.join(server.dataDir, 'uploads');
    rmSync(uploads, { recursive: true });
    writeFileSync(uploads, 'not a folder'); // as root, permissions would not stop a write; this does
    const health = await server.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.statusCode).toBe(503);
    expect(health.json<Health>()).toMatchObject({ ok: false, database: true, storage: { writable: false } });
  });
});
