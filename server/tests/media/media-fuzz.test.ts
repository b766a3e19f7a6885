import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateSessionResponse } from '../../../contract/certification-api';
import { fuzzReaders, fuzzSubmitRoute, loadSeeds } from '../fuzz/media-fuzz';
import { fixtures, metadataFor, startTestServer, type TestServer } from '../support/test-server';

// Issue 12, finding 1: the bounded fuzz run inside `npm test` (`npm run fuzz` runs a longer one).
// A fixed seed keeps CI repeatable; FUZZ_SEED=<n> explores others (the seed is printed with any failure).
const seed = Number(process.env.FUZZ_SEED ?? 20_261_205);
// The first 64 KiB of each phone recording: whole ones cost milliseconds per case (npm run fuzz uses them whole).
const seeds = loadSeeds({ maxVideoBytes: 64 * 1024 });

// Bounded in count; the time limit only has to hold on a loaded 2-core machine running other test files beside it.
describe('finding 1: one tiny upload stops the whole server — fuzz', { timeout: 180_000 }, () => {
  it('10,000 random, truncated and mutated JPEG/WebM/MP4 files: every reader returns facts, "other format" or an UnreadableMediaError', () => {
    const tally = fuzzReaders({ runs: 10_000, seed, seeds });
    console.log(tally.summary(`media readers (seed ${seed}, ${seeds.length} seed files)`));
    expect(tally.failures).toEqual([]);
    expect(tally.cases).toBe(10_000);
  });

  describe('through the whole submit route', () => {
    let server: TestServer;
    beforeAll(async () => {
      server = await startTestServer({ SESSION_RATE_LIMIT_PER_MINUTE: '1000000', RATE_LIMIT_PER_MINUTE: '1000000' });
      await server.listen();
      await server.app.serverContext.media.warm(); // the first case should not wait for the reading thread to start
    });
    afterAll(async () => {
      await server.close();
    });

    it('250 of them as a real submission over HTTP: every answer a success or a 4xx, never a 5xx; /api/health answers afterwards', async () => {
      const tally = await fuzzSubmitRoute({
        baseUrl: server.baseUrl,
        runs: 250,
        seed,
        seeds,
        validPhoto: fixtures.jpeg,
        validVideo: fixtures.webm,
        metadataFor: (session: CreateSessionResponse, photo, video) => metadataFor(session, {}, { photo: Buffer.from(photo), video: Buffer.from(video) }),
      });
      console.log(tally.summary(`submit route (seed ${seed})`));
      expect(tally.failures).toEqual([]);
      expect(tally.cases).toBe(250);
      const health = await fetch(`${server.baseUrl}/api/health`);
      expect(health.status).toBe(200);
      // Nothing refused was kept: the staged uploads of refused submissions are gone.
      const accepted = (await server.query<{ n: number }>('SELECT COUNT(*) AS n FROM submissions'))[0]?.n ?? 0;
      expect(server.evidenceFiles().length).toBe(accepted * 2);
    });
  });
});
