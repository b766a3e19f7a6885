/**
 * npm run test:postgres: the server's whole test suite, then the browser specs that drive the real
 * server (the e2e journey above all), with DATABASE_URL pointing at a throwaway PostgreSQL cluster
 * (Debian's postgresql, started here in a temp folder on a free loopback port, removed at the end).
 * Every test server and every e2e server gets a database of its own on it.
 *   npm run test:postgres                 server tests + e2e specs with a real server
 *   npm run test:postgres -- server       only the server tests
 *   npm run test:postgres -- e2e          only the e2e specs (run `npm run build` first)
 *   npm run test:postgres -- e2e e2e/journey.spec.ts   only the specs named
 * Prints how long each part took.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from '../server/tests/support/services/postgres';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const parts = process.argv.slice(2).filter((arg) => arg === 'server' || arg === 'e2e');
const namedSpecs = process.argv.slice(2).filter((arg) => arg.startsWith('e2e/'));
const run = parts.length > 0 ? parts : ['server', 'e2e'];
/** The specs whose pages talk to a real server and its database. */
const e2eSpecs = ['e2e/journey.spec.ts', 'e2e/review.spec.ts', 'e2e/outbox.spec.ts', 'e2e/kiosk.spec.ts', 'e2e/family.spec.ts'];

function step(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: 'inherit' });
    child.once('exit', (code) => resolve(code ?? 1));
  });
}

const started = Date.now();
const postgres = await startPostgres();
console.log(`[test:postgres] PostgreSQL on 127.0.0.1:${postgres.port} (${((Date.now() - started) / 1000).toFixed(1)} s to start)`);
const env = { ...process.env, DATABASE_URL: postgres.url };
const timings: string[] = [];
let failed = false;
try {
  for (const part of run) {
    const partStarted = Date.now();
    const code =
      part === 'server'
        ? await step('npx', ['vitest', 'run', '--project', 'server'], env)
        : await step('npx', ['playwright', 'test', ...(namedSpecs.length > 0 ? namedSpecs : e2eSpecs)], env);
    timings.push(`${part}: ${code === 0 ? 'passed' : `FAILED (exit ${code})`} in ${((Date.now() - partStarted) / 1000).toFixed(0)} s`);
    if (code !== 0) failed = true;
  }
} finally {
  await postgres.stop();
}
console.log(`[test:postgres] against PostgreSQL: ${timings.join('; ')}; total ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exitCode = failed ? 1 : 0;
