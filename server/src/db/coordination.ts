import { ERRORS, MemoryLocker, type Lock, type Locker, type RequestRelease } from '@tus/server';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { createPostgresPool } from './postgres';

/**
 * What several server processes must agree on beyond single rows (those are settled by the
 * database's unique keys and conditional updates): who writes to a tus upload, and who runs the
 * retention sweep. One process (SQLite) keeps it
 * in memory; several (PostgreSQL) use the database's advisory locks, which PostgreSQL releases by
 * itself when a server dies and its connection drops, so a killed server never leaves a lock behind.
 */
export interface Coordination {
  /** For @tus/server: one writer per upload, and a stuck writer is asked to let go (on any server). */
  readonly tusLocker: Locker;
  /** Tries to be (or stay) the one holder of `name`; true while this process holds it. */
  holdLeadership(name: string): Promise<boolean>;
  close(): Promise<void>;
}

export const lockWaitMs = 30_000;

/** One process: tus's MemoryLocker, always the leader. */
export function inProcessCoordination(): Coordination {
  return {
    tusLocker: new MemoryLocker({ acquireLockTimeout: lockWaitMs }),
    holdLeadership: async () => true,
    close: async () => undefined,
  };
}

const releaseChannel = 'tus_lock_release';
/** Lock keys never carry the secret itself (upload ids are capabilities). */
const lockKey = (namespace: string, id: string) => `${namespace}:${createHash('sha256').update(id).digest('hex').slice(0, 32)}`;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Held = { client: pg.PoolClient; key: string };

/**
 * Several processes on one PostgreSQL. Each held lock keeps one connection from a small pool of its
 * own (a lock is a session-level pg_advisory_lock); waiting is polling pg_try_advisory_lock, so a
 * waiter can give up (timeout, client gone) without leaving a blocked backend.
 */
export class PostgresCoordination implements Coordination {
  private readonly pool: pg.Pool;
  private listener: pg.Client | null = null;
  private closed = false;
  /** tus uploads this process writes to now, by lock key: asked to let go when another request wants it. */
  private readonly releasers = new Map<string, RequestRelease>();
  private readonly leaders = new Map<string, Held>();
  readonly tusLocker: Locker;

  constructor(
    private readonly url: string,
    poolSize: number,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {
    this.pool = createPostgresPool(url, { max: poolSize, applicationName: 'pension-certification-locks' });
    this.tusLocker = { newLock: (id: string) => this.newTusLock(id) };
  }

  /** Starts listening for "let go of this upload" requests from other servers. */
  async start(): Promise<void> {
    await this.listen();
  }

  private async listen(): Promise<void> {
    if (this.closed) return;
    const client = new pg.Client({ connectionString: this.url, application_name: 'pension-certification-listen', keepAlive: true });
    client.on('notification', (message) => {
      if (message.channel === releaseChannel && message.payload) void this.releasers.get(message.payload)?.();
    });
    client.on('error', (error) => {
      this.onError(error);
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      // Reconnect: until then, only requests on this server can ask its uploads to let go.
      if (!this.closed) setTimeout(() => void this.listen().catch(this.onError), 1000).unref();
    });
    await client.connect();
    await client.query(`LISTEN ${releaseChannel}`);
    this.listener = client;
  }

  /** Holds `key` on a connection of its own; waits up to `timeoutMs` (0: one try); null when it could not. */
  private async acquire(key: string, options: { timeoutMs: number; signal?: AbortSignal; onBusy?: (client: pg.PoolClient) => Promise<void> }): Promise<pg.PoolClient | null> {
    const client = await this.pool.connect();
    // A held connection can break while it only holds a lock (PostgreSQL restarted, the backend was
    // terminated): without a listener that 'error' event would end the process. The lock is gone with
    // the connection; the next query on it fails and the holder lets go.
    if (client.listenerCount('error') === 0) client.on('error', this.onError);
    const deadline = Date.now() + options.timeoutMs;
    let delay = 20;
    try {
      for (let attempt = 0; ; attempt += 1) {
        const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock(hashtextextended($1, 0)) AS locked', [key]);
        if (result.rows[0]?.locked) return client;
        if (options.onBusy && attempt % 25 === 0) await options.onBusy(client);
        if (Date.now() + delay > deadline || options.signal?.aborted) break;
        await sleep(delay);
        delay = Math.min(delay * 2, 200);
      }
    } catch (error: unknown) {
      client.release(error instanceof Error ? error : true);
      throw error;
    }
    client.release();
    return null;
  }

  private async release(held: Held): Promise<void> {
    try {
      await held.client.query('SELECT pg_advisory_unlock(hashtextextended($1, 0))', [held.key]);
      held.client.release();
    } catch (error: unknown) {
      // Dropping the connection releases the lock too.
      held.client.release(error instanceof Error ? error : true);
    }
  }

  private newTusLock(id: string): Lock {
    const key = lockKey('tus', id);
    let held: Held | null = null;
    return {
      lock: async (signal: AbortSignal, requestRelease: RequestRelease) => {
        const client = await this.acquire(key, {
          timeoutMs: lockWaitMs,
          signal,
          // Someone (here or on another server) still writes to this upload, typically a request
          // from a phone whose connection dropped: ask it to stop, as tus's MemoryLocker does.
          onBusy: async (busy) => {
            await this.releasers.get(key)?.();
            await busy.query('SELECT pg_notify($1, $2)', [releaseChannel, key]);
          },
        });
        if (!client) throw ERRORS.ERR_LOCK_TIMEOUT;
        held = { client, key };
        this.releasers.set(key, requestRelease);
      },
      unlock: async () => {
        if (!held) throw new Error('Releasing an unlocked lock!');
        const releasing = held;
        held = null;
        this.releasers.delete(key);
        await this.release(releasing);
      },
    };
  }

  async holdLeadership(name: string): Promise<boolean> {
    const existing = this.leaders.get(name);
    if (existing) {
      try {
        await existing.client.query('SELECT 1');
        return true;
      } catch {
        // Our connection broke: PostgreSQL has released the lock, someone else may lead now.
        this.leaders.delete(name);
        existing.client.release(true);
      }
    }
    if (this.closed) return false;
    const key = lockKey('leader', name);
    const client = await this.acquire(key, { timeoutMs: 0 });
    if (!client) return false;
    this.leaders.set(name, { client, key });
    return true;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const held of this.leaders.values()) await this.release(held);
    this.leaders.clear();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => undefined);
    await this.pool.end();
  }
}
