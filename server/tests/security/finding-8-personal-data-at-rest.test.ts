import { chmodSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SubmissionReceiptDto } from '../../../contract/certification-api';
import { databaseFileName } from '../../src/db/open-database';
import { sweepOnce } from '../../src/retention/evidence-sweeper';
import {
  createSession,
  fixtures,
  injectUpload,
  makeTempDir,
  manualClock,
  startTestServer,
  submissionBody,
  tusUpload,
  validIdNumber,
  type TestServer,
} from '../support/test-server';
import { testsUsePostgres } from '../support/test-database';

let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const person = { name: '赵淑兰', phone: '13912345678' };

async function submit(current: TestServer): Promise<SubmissionReceiptDto> {
  const session = await createSession(current.app, { name: person.name, phone: person.phone });
  const photo = await injectUpload(current.app, session, 'photo', fixtures.jpeg);
  const video = await injectUpload(current.app, session, 'video', fixtures.webm);
  return (await current.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video) })).json<SubmissionReceiptDto>();
}

/** Every byte SQLite keeps for the database: the file, its write-ahead log and shared memory. */
function databaseBytes(dataDir: string): Buffer {
  const file = path.join(dataDir, databaseFileName);
  return Buffer.concat([file, `${file}-wal`, `${file}-shm`].filter((candidate) => existsSync(candidate)).map((candidate) => readFileSync(candidate)));
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? [full, ...walk(full)] : [full];
  });
}

describe('finding 8: personal data at rest', () => {
  it('a used session keeps no personal details; after a withdrawal nothing of the person is left in the database files', async () => {
    server = await startTestServer();
    const receipt = await submit(server);
    expect(await server.query('SELECT name, id_number, phone FROM sessions')).toEqual([{ name: '', id_number: '', phone: null }]);
    const withdrawn = await server.app.inject({ method: 'DELETE', url: '/api/submission', headers: { authorization: `Bearer ${receipt.statusToken}` } });
    expect(withdrawn.statusCode).toBe(204);
    expect(await server.query('SELECT name, id_number, phone FROM submissions')).toEqual([{ name: '', id_number: '', phone: null }]);
    // The files themselves: SQLite's here (PostgreSQL's old row versions go with its vacuum, on the operator's encrypted volume).
    if (testsUsePostgres) return;
    const bytes = databaseBytes(server.dataDir);
    for (const value of [person.name, validIdNumber, person.phone]) expect(bytes.includes(Buffer.from(value, 'utf8')), value).toBe(false);
  });

  // A SQLite file property: skipped when `npm run test:postgres` runs this suite on PostgreSQL (whose
  // storage this test cannot read), and it says so in its name.
  it.skipIf(testsUsePostgres)(`SQLite overwrites what it deletes (secure_delete): a forgotten session leaves no trace in the files${testsUsePostgres ? ' (skipped: a SQLite file check, the suite runs on PostgreSQL)' : ''}`, async () => {
    const clock = manualClock(new Date('2026-11-27T08:00:00Z'));
    server = await startTestServer({}, { now: clock.now });
    await createSession(server.app, { name: '钱多多', phone: '13700001111' });
    expect(databaseBytes(server.dataDir).includes(Buffer.from('钱多多'))).toBe(true);
    clock.advance(2 * 24 * 3600_000);
    expect(await sweepOnce(server.app.serverContext)).toMatchObject({ sessionsDeleted: 1 });
    const bytes = databaseBytes(server.dataDir);
    for (const value of ['钱多多', '13700001111']) expect(bytes.includes(Buffer.from(value, 'utf8')), value).toBe(false);
  });

  it('the data folder is 0700 and every file in it 0600, whatever the umask and however the folder was made', async () => {
    const dataDir = makeTempDir();
    chmodSync(dataDir, 0o755); // made by hand, readable by everyone
    const previous = process.umask(0);
    try {
      server = await startTestServer({}, {}, dataDir);
      const baseUrl = await server.listen();
      const session = await createSession(server.app);
      const photo = await tusUpload(baseUrl, fixtures.jpeg, { sessionId: session.sessionId, nonce: session.nonce, part: 'photo', filetype: 'image/jpeg' });
      const video = await tusUpload(baseUrl, fixtures.webm, { sessionId: session.sessionId, nonce: session.nonce, part: 'video', filetype: 'video/webm' });
      const other = await createSession(server.app);
      await tusUpload(baseUrl, fixtures.jpeg, { sessionId: other.sessionId, nonce: other.nonce, part: 'photo', filetype: 'image/jpeg' }); // stays staged
      expect((await server.app.inject({ method: 'POST', url: '/api/submissions', payload: submissionBody(session, photo, video) })).statusCode).toBe(201);

      expect(statSync(dataDir).mode & 0o777).toBe(0o700);
      const entries = walk(dataDir);
      if (!testsUsePostgres) expect(entries.some((entry) => entry.endsWith('-wal'))).toBe(true);
      expect(entries.some((entry) => entry.includes(`${path.sep}evidence${path.sep}`))).toBe(true);
      expect(entries.some((entry) => entry.endsWith('.json'))).toBe(true);
      for (const entry of entries) {
        const mode = statSync(entry).mode & 0o777;
        expect(mode, path.relative(dataDir, entry)).toBe(statSync(entry).isDirectory() ? 0o700 : 0o600);
      }
    } finally {
      process.umask(previous);
    }
  });
});
