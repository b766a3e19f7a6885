import { spawn, spawnSync, type ChildProcess, type SpawnSyncReturns } from 'node:child_process';
import { accessSync, chownSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import path from 'node:path';

/**
 * Small tools shared by the throwaway PostgreSQL, Redis and nginx helpers: free loopback ports,
 * bounded waits, temp folders owned by the right user, and a last-resort cleanup when the test
 * process exits without running its teardown.
 */

export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

/** A port nobody listens on right now (bind to 0 on 127.0.0.1, read it back, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Polls `check` until it returns true, at most `timeoutMs`; throws `what` with the last error otherwise. */
export async function waitUntil(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number, intervalMs = 100): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown = null;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error: unknown) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`${what}: not ready after ${timeoutMs} ms${lastError ? ` (${String(lastError)})` : ''}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/** A temp folder; chowned to `owner` (a system user name) when we are root, so that user's programs can write there. */
export function makeServiceDir(prefix: string, owner?: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  if (owner && isRoot) chownSync(dir, uid(owner), gid(owner));
  return dir;
}

function idOf(flag: '-u' | '-g', user: string): number {
  const result = spawnSync('id', [flag, user], { encoding: 'utf8' });
  const value = Number(result.stdout.trim());
  if (result.status !== 0 || !Number.isInteger(value)) throw new Error(`no system user "${user}" (${result.stderr.trim()})`);
  return value;
}
export const uid = (user: string) => idOf('-u', user);
export const gid = (user: string) => idOf('-g', user);

/** The name of the user we run as (for error messages). */
export const currentUser = () => userInfo().username;

/**
 * Runs a program synchronously, as `asUser` when we are root (runuser), else as ourselves; throws
 * with its output when it fails or runs past `timeoutMs`.
 */
export function runAs(asUser: string | null, command: string, args: string[], timeoutMs: number): SpawnSyncReturns<string> {
  const [program, programArgs] = asUser && isRoot ? ['runuser', ['-u', asUser, '--', command, ...args]] : [command, args];
  const result = spawnSync(program, programArgs, { encoding: 'utf8', timeout: timeoutMs, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.error || result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`}):\n${result.stdout}${result.stderr}`);
  }
  return result;
}

/** Where a program lives, or null when it is not installed (PATH, then Debian's PostgreSQL folders). */
export function findProgram(name: string, extraDirs: string[] = []): string | null {
  for (const dir of [...(process.env.PATH ?? '').split(':'), ...extraDirs, '/usr/sbin', '/sbin']) {
    if (!dir) continue;
    const candidate = path.join(dir, name);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

type Cleanup = () => void;
const cleanups = new Set<Cleanup>();
let exitHookInstalled = false;

/**
 * Registers a synchronous last-resort cleanup (kill a daemon, remove its folder) that runs if the
 * process exits before the helper's own stop(); returns the function that unregisters it.
 */
export function onProcessExit(cleanup: Cleanup): () => void {
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.once('exit', () => {
      for (const run of cleanups) {
        try {
          run();
        } catch {
          // best effort: the process is going away
        }
      }
    });
  }
  cleanups.add(cleanup);
  return () => cleanups.delete(cleanup);
}

/** Waits for a child to exit, sending SIGTERM, then SIGKILL after `graceMs`. */
export async function stopChild(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}

/** Spawns a long-running program with its output kept (last 64 KiB) for error messages. */
export function spawnService(command: string, args: string[], options: { cwd?: string } = {}): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-65_536);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return { child, output: () => output };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
