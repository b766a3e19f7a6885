import { readFileSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { uploadIdFromUrl } from '../../../contract/certification-api';
import { hashPassword } from '../../src/review/passwords';
import { certify, postJson, startSession, submit, tusUpload, type Receipt } from '../support/certification-client';
import { nginxInstalled } from '../support/nginx';
import { redisInstalled, startRedis, type ThrowawayRedis } from '../support/services/redis';
import { startServerCluster, type ServerCluster } from '../support/services/server-cluster';
import { postgresAvailable, sharedTestPostgres } from '../support/test-database';
import { idNumberOf, paddedJpeg, paddedWebm } from '../support/test-server';

/**
 * Three server processes on one PostgreSQL and one Redis, sharing one EVIDENCE_DIR, behind a real
 * nginx (Debian's, with server/deploy/nginx-proxy.conf): whole certifications go through
 * nginx while a server is SIGKILLed and restarted. Bounded: 3 servers, 24 certifications, a few
 * hundred status polls; about a minute on a 2-core machine.
 */
const missing = [postgresAvailable ? null : 'postgresql', redisInstalled() ? null : 'redis-server', nginxInstalled() ? null : 'nginx'].filter(Boolean);
const skipReason = missing.length > 0 ? `not installed: ${missing.join(', ')}` : '';
if (skipReason && process.env.CI) throw new Error(`CI must install ${skipReason}`);

const reviewer = { username: 'reviewer.cluster', password: 'a long cluster passphrase' };
const photo = paddedJpeg(400_000);
const video = paddedWebm(300_000);

let cluster: ServerCluster;
let redis: ThrowawayRedis;
let db: pg.Client;
const dumpLogs = () => cluster?.servers.map((server) => `--- server ${server.index}\n${server.output()}`).join('\n') ?? '';

beforeAll(async () => {
  if (skipReason) return;
  const databaseUrl = await (await sharedTestPostgres()).freshDatabase();
  redis = await startRedis();
  cluster = await startServerCluster({
    servers: 3,
    databaseUrl,
    redisUrl: redis.url,
    env: { RATE_LIMIT_PER_MINUTE: '100000', SESSION_RATE_LIMIT_PER_MINUTE: '100000', LOOKUP_RATE_LIMIT_PER_MINUTE: '5', FIXED_CHALLENGES: 'turn-right,turn-left' },
  });
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  await db.query('INSERT INTO reviewers (username, password_hash, created_at) VALUES ($1, $2, now())', [reviewer.username, await hashPassword(reviewer.password, { N: 1024, r: 8, p: 1 })]);
}, 120_000);

afterAll(async () => {
  await db?.end();
  await cluster?.stop();
  await redis?.stop();
  if (postgresAvailable) await (await sharedTestPostgres()).stop();
}, 60_000);

async function uploadsInFlight(baseUrl: string): Promise<number> {
  const response = await fetch(`${baseUrl}/api/health`).catch(() => null);
  return response?.ok ? ((await response.json()) as { uploadsInFlight: number }).uploadsInFlight : 0;
}

const rows = async <T extends pg.QueryResultRow>(sql: string, params: unknown[] = []) => (await db.query<T>(sql, params)).rows;

describe.skipIf(skipReason !== '')(`several servers behind nginx${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  it('a phone whose server dies mid-upload resumes through nginx on another server: one complete submission', async () => {
    const session = await startSession(cluster.url, { name: '李建国' });
    const metadata = { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' };
    const created = await fetch(`${cluster.url}/api/uploads/`, {
      method: 'POST',
      headers: {
        'tus-resumable': '1.0.0',
        authorization: `Bearer ${session.nonce}`,
        'upload-length': String(photo.length),
        'upload-metadata': Object.entries(metadata).map(([key, value]) => `${key} ${Buffer.from(value).toString('base64')}`).join(','),
      },
    });
    expect(created.status).toBe(201);
    const uploadUrl = new URL(created.headers.get('location') ?? '', cluster.url).href;

    // Half the photo, then the phone's connection stalls: one server is now receiving it.
    const patch = request(uploadUrl, {
      method: 'PATCH',
      headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}`, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream', 'content-length': String(photo.length) },
    });
    const patchEnded = new Promise<string>((resolve) => {
      patch.on('response', (response) => {
        response.resume();
        resolve(`HTTP ${response.statusCode}`);
      });
      patch.on('error', (error) => resolve(String(error)));
    });
    patch.write(photo.subarray(0, photo.length / 2));
    let receiving = -1;
    for (let i = 0; i < 100 && receiving < 0; i += 1) {
      for (const server of cluster.servers) if ((await uploadsInFlight(server.baseUrl)) > 0) receiving = server.index;
      if (receiving < 0) await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(receiving, 'no server reported the upload in flight').toBeGreaterThanOrEqual(0);
    // Let the first bytes reach the shared disk, then the server dies.
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cluster.kill(receiving);
    expect(await patchEnded).not.toBe('HTTP 204');
    patch.destroy();

    // The real tus client picks the upload up through nginx: HEAD finds the offset on the shared
    // disk (another server answers), PATCH sends the rest.
    const head = await fetch(uploadUrl, { method: 'HEAD', headers: { 'tus-resumable': '1.0.0', authorization: `Bearer ${session.nonce}` } });
    const offset = Number(head.headers.get('upload-offset'));
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThan(photo.length);
    const photoUploadId = await tusUpload(cluster.url, photo, metadata, { uploadUrl });
    expect(photoUploadId).toBe(uploadIdFromUrl(uploadUrl));
    const videoUploadId = await tusUpload(cluster.url, video, { ...metadata, part: 'video', filetype: 'video/webm' });

    // The phone's retry races its first attempt on every live server at once: one submission, one receipt.
    const live = cluster.servers.filter((server) => server.index !== receiving);
    const attempts = await Promise.all(live.map((server) => submit(server.baseUrl, session, photoUploadId, videoUploadId, { photo, video })));
    expect(attempts.map((attempt) => attempt.status).sort()).toEqual([200, 201]);
    expect(attempts[0]?.receipt).toEqual(attempts[1]?.receipt);
    const receipt = attempts[0]?.receipt as Receipt;
    const stored = await rows<{ id: string; photo_bytes: number }>('SELECT id, photo_bytes FROM submissions WHERE session_id = $1', [session.sessionId]);
    expect(stored).toEqual([{ id: receipt.submissionId, photo_bytes: photo.length }]);
    expect(readFileSync(path.join(cluster.evidenceDir, 'evidence', receipt.submissionId, 'photo')).equals(photo)).toBe(true);
    expect(readdirSync(path.join(cluster.evidenceDir, 'uploads'))).toEqual([]);

    await cluster.restart(receiving);
  }, 90_000);

  it('24 certifications through nginx while a server is SIGKILLed and restarted: none lost, none twice, every poll answered', async () => {
    const total = 24;
    const concurrency = 6;
    const receipts: Receipt[] = [];
    const pollStatuses = new Map<string, number>();
    const pollFailures: string[] = [];
    let finished = false;
    let next = 0;
    let killedAt = -1;

    // Phones following their submissions, through nginx, all along.
    const poller = (async () => {
      let polls = 0;
      while (!finished && polls < 2_000) {
        const receipt = receipts[polls % Math.max(receipts.length, 1)];
        if (!receipt) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          continue;
        }
        polls += 1;
        try {
          const response = await fetch(`${cluster.url}/api/status`, { headers: { authorization: `Bearer ${receipt.statusToken}` } });
          pollStatuses.set(String(response.status), (pollStatuses.get(String(response.status)) ?? 0) + 1);
          if (response.status !== 200) pollFailures.push(`HTTP ${response.status} ${await response.text()}`);
          else await response.body?.cancel();
        } catch (error: unknown) {
          pollFailures.push(String(error));
        }
        await new Promise((resolve) => setTimeout(resolve, 15));
      }
    })();

    const chaos = (async () => {
      while (receipts.length < 6) await new Promise((resolve) => setTimeout(resolve, 20));
      killedAt = receipts.length;
      await cluster.kill(1);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      await cluster.restart(1);
    })();

    try {
      await Promise.all(
        Array.from({ length: concurrency }, async () => {
          while (next < total) {
            const index = next++;
            const { receipt } = await certify(cluster.url, { photo, video, chunkSize: 64 * 1024, name: `测试${index}`, idNumber: idNumberOf(index) });
            receipts.push(receipt);
          }
        }),
      );
      await chaos;
    } catch (error: unknown) {
      throw new Error(`${String(error)}\n${dumpLogs()}`);
    } finally {
      finished = true;
      await poller;
    }

    expect(killedAt).toBeGreaterThan(0);
    expect(killedAt).toBeLessThan(total);
    expect(receipts).toHaveLength(total);
    expect(new Set(receipts.map((receipt) => receipt.submissionId)).size).toBe(total);
    // One submission per certification, never two for a session; every one complete on the shared disk.
    const stored = await rows<{ id: string; photo_bytes: number; video_bytes: number }>(
      `SELECT id, photo_bytes, video_bytes FROM submissions WHERE name LIKE '测试%' ORDER BY id`,
    );
    expect(stored.map((row) => row.id)).toEqual(receipts.map((receipt) => receipt.submissionId).sort());
    for (const row of stored) {
      expect(row).toMatchObject({ photo_bytes: photo.length, video_bytes: video.length });
      expect(readFileSync(path.join(cluster.evidenceDir, 'evidence', row.id, 'photo')).equals(photo)).toBe(true);
      expect(readFileSync(path.join(cluster.evidenceDir, 'evidence', row.id, 'video')).equals(video)).toBe(true);
    }
    expect(await rows('SELECT session_id FROM submissions GROUP BY session_id HAVING COUNT(*) > 1')).toEqual([]);
    // Every status poll was answered (nginx sent the ones aimed at the dead server elsewhere).
    expect(pollFailures).toEqual([]);
    expect(pollStatuses.get('200') ?? 0).toBeGreaterThan(50);
    console.log(`multi-server fault test: ${total} certifications (server 1 SIGKILLed after ${killedAt}, restarted 1 s later), ${pollStatuses.get('200')} status polls all 200, ${stored.length} submissions stored once each`);
  }, 150_000);

  it('the review console works through any server; a decision made on one is seen on all', async () => {
    const { receipt } = await certify(cluster.url, { photo, video, name: '审核测试', idNumber: idNumberOf(900) });
    const login = await fetch(`${cluster.url}/api/review/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-requested-with': 'review-console' },
      body: JSON.stringify(reviewer),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const [a, b, c] = cluster.servers.map((server) => server.baseUrl) as [string, string, string];
    const reviewHeaders = { cookie, 'x-requested-with': 'review-console' };
    for (const baseUrl of [a, b, c]) expect((await fetch(`${baseUrl}/api/review/me`, { headers: reviewHeaders })).status).toBe(200);
    const queue = (await (await fetch(`${a}/api/review/queue`, { headers: reviewHeaders })).json()) as { items: Array<{ id: string }> };
    expect(queue.items.map((item) => item.id)).toContain(receipt.submissionId);
    const opened = (await (await fetch(`${b}/api/review/submissions/${receipt.submissionId}`, { headers: reviewHeaders })).json()) as { state: string };
    expect(opened.state).toBe('in-review');
    const shownPhoto = Buffer.from(await (await fetch(`${c}/api/review/submissions/${receipt.submissionId}/photo`, { headers: reviewHeaders })).arrayBuffer());
    expect(shownPhoto.equals(photo)).toBe(true);
    const decision = await fetch(`${cluster.url}/api/review/submissions/${receipt.submissionId}/decision`, {
      method: 'POST',
      headers: { ...reviewHeaders, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'approve' }),
    });
    expect(decision.status).toBe(200);
    for (const baseUrl of [a, b, c]) {
      const status = (await (await fetch(`${baseUrl}/api/status`, { headers: { authorization: `Bearer ${receipt.statusToken}` } })).json()) as { state: string };
      expect(status.state).toBe('approved');
    }
    // A second decision, on another server, is refused.
    const again = await fetch(`${c}/api/review/submissions/${receipt.submissionId}/decision`, {
      method: 'POST',
      headers: { ...reviewHeaders, 'content-type': 'application/json', host: new URL(c).host },
      body: JSON.stringify({ decision: 'reject', reasonCode: 'other', reasonText: 'x' }),
    });
    expect(again.status).toBe(409);
  }, 60_000);

  it('rate limits hold across servers (counters in Redis): 5 look-ups a minute in all, whichever server answers', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      const response = await postJson<unknown>(`${cluster.url}/api/status/lookup`, { shortCode: 'ABCD2345', idNumberLast4: '002X' }, []);
      statuses.push(response.status);
    }
    expect(statuses).toEqual([404, 404, 404, 404, 404, 429, 429, 429]);
  }, 30_000);

  it('readiness and liveness: every server ready; database connections cut under them do not bring a server down', async () => {
    for (const server of cluster.servers) {
      const ready = await fetch(`${server.baseUrl}/api/health/ready`);
      expect(ready.status).toBe(200);
      expect(await ready.json()).toEqual({ ready: true, draining: false, database: 'ok' });
    }
    // Cut every server's database connections from the PostgreSQL side (as a database restart or
    // failover would): held lock connections break too. No server dies; liveness stays green.
    await db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name LIKE 'pension-certification%' AND pid <> pg_backend_pid()");
    for (const server of cluster.servers) expect((await fetch(`${server.baseUrl}/api/health/live`)).status).toBe(200);
    // The pools drop the dead connections and open new ones: ready again without a restart.
    for (const server of cluster.servers) {
      let status = 0;
      for (let i = 0; i < 20 && status !== 200; i += 1) {
        status = (await fetch(`${server.baseUrl}/api/health/ready`)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(status).toBe(200);
    }
  }, 30_000);

  it('Redis going away does not stop the service: requests are still answered (limits are not counted meanwhile)', async () => {
    await redis.stop();
    const session = await postJson<{ sessionId: string }>(`${cluster.url}/api/sessions`, { name: '赵德明', idNumber: idNumberOf(901) }, []);
    expect(session.status).toBe(201);
    for (const server of cluster.servers) expect((await fetch(`${server.baseUrl}/api/health/ready`)).status).toBe(200);
  }, 30_000);
});
