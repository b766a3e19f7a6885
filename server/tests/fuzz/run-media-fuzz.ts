/**
 * `npm run fuzz`: the long fuzz run of the evidence readers and the submit route (issue 12, finding 1).
 * `npm test` runs a bounded one (server/tests/media/media-fuzz.test.ts).
 *
 *   npm run fuzz -- [--runs 100000] [--route-runs 2000] [--seconds 600] [--seed N] [--max-video-kib 0]
 *
 * --runs: cases thrown at the readers; --route-runs: cases sent as whole submissions over HTTP to a
 * server built by buildApp on 127.0.0.1; --seconds: time limit of each of the two phases (whichever
 * comes first ends it); --seed: fast-check's seed (random by default, printed to repeat a run);
 * --max-video-kib: shorten the phone recordings used as seeds (0, the default, keeps them whole).
 * Prints the counts, the failures (shrunk by fast-check) and the slowest case; exits 1 on a failure.
 */
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { CreateSessionResponse } from '../../../contract/certification-api';
import { fixtures, metadataFor, startTestServer } from '../support/test-server';
import { fuzzReaders, fuzzSubmitRoute, loadSeeds } from './media-fuzz';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '100000' },
    'route-runs': { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '600' },
    seed: { type: 'string' },
    'max-video-kib': { type: 'string', default: '0' },
  },
});
const runs = Number(values.runs);
const routeRuns = Number(values['route-runs']);
const timeLimitMs = Number(values.seconds) * 1000;
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
const seeds = loadSeeds({ maxVideoBytes: Number(values['max-video-kib']) * 1024 });
const load = () => loadavg().map((value) => value.toFixed(2)).join(' ');

console.log(`media fuzz: seed ${seed}, ${seeds.length} seed files (${seeds.map((s) => `${s.name} ${s.bytes.length} B`).join('; ')})`);
console.log(`load average before: ${load()}`);

let started = performance.now();
const readers = fuzzReaders({ runs, seed, seeds, timeLimitMs });
console.log(`\n${readers.summary(`media readers, ${((performance.now() - started) / 1000).toFixed(1)} s`)}`);

const server = await startTestServer({ SESSION_RATE_LIMIT_PER_MINUTE: '100000000', RATE_LIMIT_PER_MINUTE: '100000000', SESSIONS_PER_PERSON_PER_HOUR: '100000000' });
let route;
let healthAfter = 0;
try {
  await server.listen();
  await server.app.serverContext.media.warm();
  started = performance.now();
  route = await fuzzSubmitRoute({
    baseUrl: server.baseUrl,
    runs: routeRuns,
    seed,
    seeds,
    validPhoto: fixtures.jpeg,
    validVideo: fixtures.webm,
    metadataFor: (session: CreateSessionResponse, photo, video) => metadataFor(session, {}, { photo: Buffer.from(photo), video: Buffer.from(video) }),
    timeLimitMs,
  });
  healthAfter = (await fetch(`${server.baseUrl}/api/health`)).status;
} finally {
  await server.close();
}
console.log(`\n${route.summary(`submit route over HTTP, ${((performance.now() - started) / 1000).toFixed(1)} s`)}`);
console.log(`/api/health afterwards: ${healthAfter}`);
console.log(`load average after: ${load()}`);

const failures = readers.failures.length + route.failures.length + (healthAfter === 200 ? 0 : 1);
console.log(`\n${readers.cases + route.cases} cases (${readers.cases} readers + ${route.cases} route), ${failures} failures, ${readers.overOneSecond + route.overOneSecond} answers over 1 s`);
process.exitCode = failures === 0 ? 0 : 1;
