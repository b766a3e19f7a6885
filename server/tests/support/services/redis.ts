import { connect } from 'node:net';
import { findProgram, freePort, makeServiceDir, onProcessExit, removeDir, spawnService, stopChild, waitUntil } from './process-tools';

/**
 * A throwaway redis-server on a free 127.0.0.1 port: no persistence (no RDB, no AOF), its working
 * folder in a temp dir, protected mode on. stop() ends it and removes the folder.
 */
export type ThrowawayRedis = { url: string; port: number; stop: () => Promise<void> };

export const redisInstalled = () => findProgram('redis-server') !== null;

/** Sends PING over a raw socket; true on +PONG. */
function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1000, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => done(data.toString().startsWith('+PONG')));
  });
}

export async function startRedis(startTimeoutMs = 15_000): Promise<ThrowawayRedis> {
  const program = findProgram('redis-server');
  if (!program) throw new Error('redis-server is not installed: apt-get install -y redis-server');
  const dir = makeServiceDir('redis-throwaway-');
  const port = await freePort();
  const { child, output } = spawnService(program, [
    '--port', String(port),
    '--bind', '127.0.0.1',
    '--protected-mode', 'yes',
    '--save', '',
    '--appendonly', 'no',
    '--dir', dir,
    '--daemonize', 'no',
    '--loglevel', 'warning',
  ]);
  const unregister = onProcessExit(() => {
    child.kill('SIGKILL');
    removeDir(dir);
  });
  const stop = async () => {
    await stopChild(child);
    removeDir(dir);
    unregister();
  };
  try {
    await waitUntil('redis-server', async () => {
      if (child.exitCode !== null) throw new Error(`exited: ${output()}`);
      return ping(port);
    }, startTimeoutMs);
  } catch (error: unknown) {
    await stop();
    throw error;
  }
  return { url: `redis://127.0.0.1:${port}`, port, stop };
}
